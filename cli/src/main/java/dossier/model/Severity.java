package dossier.model;

import java.util.Locale;
import java.util.Optional;

/** Fixed English values in every machine output, whatever the language. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    public static Optional<Severity> parse(String text) {
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(text.trim())) return Optional.of(s);
        }
        return Optional.empty();
    }
}
