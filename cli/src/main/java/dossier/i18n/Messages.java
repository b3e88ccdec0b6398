package dossier.i18n;

import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible sentence, from {@code dossier/messages*.properties}. Placeholders are
 * {@code {0}}, {@code {1}} …, replaced verbatim: MessageFormat would group digits and eat
 * apostrophes, and the same finding must read the same on every machine.
 */
public final class Messages {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Lang lang;
    private final ResourceBundle bundle;

    private Messages(Lang lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle("dossier.messages", lang.locale(), NO_FALLBACK);
    }

    public static Messages of(Lang lang) {
        return new Messages(lang);
    }

    public Lang lang() {
        return lang;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key, Object... args) {
        return format(key, List.of(args));
    }

    public String format(String key, List<?> args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key + (args.isEmpty() ? "" : " " + args);
        }
        return fill(pattern, args.stream().map(this::render).toList());
    }

    /** A Localized in the language; a list (paths, names) joined as the language writes a list: 、 in Chinese, ", " in English. */
    private Object render(Object arg) {
        if (arg instanceof Localized l) return format(l.key(), l.args());
        if (arg instanceof List<?> items) {
            String separator = bundle.containsKey("list.separator") ? bundle.getString("list.separator") : ", ";
            return String.join(separator, items.stream().map(i -> String.valueOf(render(i))).toList());
        }
        return arg;
    }

    /** Replaces {n} by argument n; {n?text} renders text (which may use {n}) only when argument n is non-empty. */
    static String fill(String pattern, List<?> args) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int digitsEnd = c == '{' ? digitsEnd(pattern, i + 1) : -1;
            if (digitsEnd > i + 1 && digitsEnd < pattern.length()) {
                int index = Integer.parseInt(pattern.substring(i + 1, digitsEnd));
                Object arg = index < args.size() ? args.get(index) : null;
                String value = arg == null ? "" : String.valueOf(arg);
                if (pattern.charAt(digitsEnd) == '}') {
                    out.append(value);
                    i = digitsEnd + 1;
                    continue;
                }
                if (pattern.charAt(digitsEnd) == '?') {
                    int close = matchingBrace(pattern, i);
                    if (close > 0) {
                        if (!value.isEmpty()) out.append(fill(pattern.substring(digitsEnd + 1, close), args));
                        i = close + 1;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && k - from < 2 && Character.isDigit(s.charAt(k))) k++;
        return k;
    }

    private static int matchingBrace(String s, int open) {
        int depth = 0;
        for (int k = open; k < s.length(); k++) {
            if (s.charAt(k) == '{') depth++;
            else if (s.charAt(k) == '}' && --depth == 0) return k;
        }
        return -1;
    }
}
