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
        StringBuilder out = new StringBuilder(c.length());
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (!Character.isWhitespace(ch) && !Character.isSpaceChar(ch)) out.append(ch);
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

    private static String stripInvisible(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\u200B' || ch == '\u200C' || ch == '\u200D' || ch == '\uFEFF' || ch == '\u00AD') continue;
            out.append(ch == '\u00A0' ? ' ' : ch);
        }
        return out.toString();
    }
}
