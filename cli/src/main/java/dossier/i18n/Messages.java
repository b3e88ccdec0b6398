package dossier.i18n;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Every user-visible sentence, from {@code dossier/messages*.properties}. Placeholders are
 * {@code {0}}, {@code {1}} …, or in a rule's message the names of its arguments ({@code {count}}),
 * replaced verbatim: MessageFormat would group digits and eat
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
        return fill(pattern(key, args), args.stream().map(this::render).toList());
    }

    /** A message whose placeholders are names, {@code {count}} or {@code {count?text}}, as a rule's findings carry them. */
    public String format(String key, Map<String, ?> args) {
        Map<String, String> shown = new LinkedHashMap<>();
        args.forEach((name, value) -> shown.put(name, render(value)));
        return fill(pattern(key, args.values()), shown);
    }

    private String pattern(String key, Collection<?> args) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key + (args.isEmpty() ? "" : " " + args);
        }
    }

    /** A Localized in the language; a list (paths, names) joined as the language writes a list: 、 in Chinese, ", " in English. */
    private String render(Object arg) {
        if (arg == null) return "";
        if (arg instanceof Localized l) return format(l.key(), l.args());
        if (arg instanceof List<?> items) {
            String separator = bundle.containsKey("list.separator") ? bundle.getString("list.separator") : ", ";
            return String.join(separator, items.stream().map(this::render).toList());
        }
        return String.valueOf(arg);
    }

    /** Replaces {n} by argument n; {n?text} renders text (which may use {n}) only when argument n is non-empty. */
    static String fill(String pattern, List<?> args) {
        return fill(pattern, token -> {
            if (!token.matches("\\d{1,2}")) return null;
            int index = Integer.parseInt(token);
            return index < args.size() && args.get(index) != null ? String.valueOf(args.get(index)) : "";
        });
    }

    /** Replaces {name} by the argument of that name; {name?text} as {n?text}. A name not among the arguments stays as written. */
    static String fill(String pattern, Map<String, ?> args) {
        return fill(pattern, name -> args.containsKey(name) ? Objects.toString(args.get(name), "") : null);
    }

    /**
     * Replaces {token} by its value; {token?text} renders text (which may use placeholders) only when
     * the value is non-empty. A token whose value is null is no placeholder and stays as written.
     */
    private static String fill(String pattern, Function<String, String> value) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int tokenEnd = c == '{' ? tokenEnd(pattern, i + 1) : -1;
            if (tokenEnd > i + 1 && tokenEnd < pattern.length()) {
                String shown = value.apply(pattern.substring(i + 1, tokenEnd));
                if (shown != null && pattern.charAt(tokenEnd) == '}') {
                    out.append(shown);
                    i = tokenEnd + 1;
                    continue;
                }
                if (shown != null && pattern.charAt(tokenEnd) == '?') {
                    int close = matchingBrace(pattern, i);
                    if (close > 0) {
                        if (!shown.isEmpty()) out.append(fill(pattern.substring(tokenEnd + 1, close), value));
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

    private static int tokenEnd(String s, int from) {
        int k = from;
        while (k < s.length() && isAsciiLetterOrDigit(s.charAt(k))) k++;
        return k;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
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
