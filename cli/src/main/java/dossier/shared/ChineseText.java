package dossier.shared;

import java.text.Normalizer;

/** Text as typed by hand in Chinese offices: full-width forms, stray and invisible spaces. */
public final class ChineseText {
    private ChineseText() {
    }

    /** NFKC (４．４ → 4.4, （ → (, ideographic space → space), then trimmed. */
    public static String clean(String text) {
        if (text == null) return "";
        String n = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        return stripInvisible(n).strip();
    }

    /** {@link #clean} and every whitespace removed: for names and keys compared by identity. */
    public static String compact(String text) {
        String c = clean(text);
        int first = 0;
        while (first < c.length() && !isSpace(c.charAt(first))) first++;
        if (first == c.length()) return c;   // most names have no space: no copy
        StringBuilder out = new StringBuilder(c.length()).append(c, 0, first);
        for (int i = first; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (!isSpace(ch)) out.append(ch);
        }
        return out.toString();
    }

    /** {@link #clean} with runs of whitespace and line breaks folded to one space. */
    public static String oneLine(String text) {
        return clean(text).replaceAll("[\\s\\u00A0\\u3000]+", " ");
    }

    /**
     * Text to show as the user typed it (full-width punctuation kept: "公布清单，清理" stays so,
     * "（三级网络）" keeps its brackets), without invisible characters and surrounding space.
     * Compare such text with {@link #compact}, never as is.
     */
    public static String display(String text) {
        if (text == null) return "";
        return stripInvisible(text).replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** {@link #display} on one line: runs of whitespace and line breaks folded to one space. */
    public static String displayLine(String text) {
        return display(text).replaceAll("[\\s\\u00A0\\u3000]+", " ");
    }

    private static boolean isSpace(char ch) {
        return Character.isWhitespace(ch) || Character.isSpaceChar(ch);
    }

    private static boolean isInvisible(char ch) {
        return ch == '\u200B' || ch == '\u200C' || ch == '\u200D' || ch == '\uFEFF' || ch == '\u00AD';
    }

    /** Without zero-width characters and soft hyphens, no-break spaces as spaces; the text itself when it has none. */
    private static String stripInvisible(String s) {
        int first = 0;
        while (first < s.length() && !isInvisible(s.charAt(first)) && s.charAt(first) != '\u00A0') first++;
        if (first == s.length()) return s;
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (isInvisible(ch)) continue;
            out.append(ch == '\u00A0' ? ' ' : ch);
        }
        return out.toString();
    }
}
