package dossier.i18n;

import java.util.List;

/**
 * A piece of a message that is itself translated (a threshold's or a figure's name): kept as a
 * key in a finding's arguments and rendered in the reader's language with the rest.
 */
public record Localized(String key, List<Object> args) {
    public static Localized of(String key, Object... args) {
        return new Localized(key, List.of(args));
    }

    @Override
    public String toString() {
        return key;
    }
}
