package dossier.i18n;

import java.util.Locale;
import java.util.Optional;

public enum Lang {
    ZH(Locale.SIMPLIFIED_CHINESE), EN(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public static Optional<Lang> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("zh") || t.equals("cn")) return Optional.of(ZH);
        if (t.startsWith("en")) return Optional.of(EN);
        return Optional.empty();
    }
}
