package dossier.write;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Set;

/**
 * Control characters from inputs (a file name holding \x01 or an escape sequence, a cell with the
 * BEL that Word leaves when a table is pasted), made harmless per output: shown as {@code \x07}
 * text on a terminal, replaced the same way where XML forbids them, dropped from report text.
 */
public final class ControlChars {
    /** The colour codes {@link Ansi} writes: the only escape sequences a terminal output keeps. */
    private static final Set<String> OWN_COLOURS = Set.of("0", "1", "2", "31", "32", "33", "36");

    private ControlChars() {
    }

    /**
     * Text for a terminal or a log: every C0 and C1 control but line feed and tab, and the
     * bidirectional overrides that reorder what a name appears to say, written as visible escapes.
     */
    public static Writer forTerminal(Writer out) {
        return new Escaping(out, false);
    }

    /** XML 1.0 text: the characters it does not allow at all written as visible escapes. */
    public static Writer forXml(Writer out) {
        return new Escaping(out, true);
    }

    /** Report text: controls other than line feed and tab dropped (a BEL in a cell is noise, not content). */
    public static String strip(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean drop = isControl(c) && c != '\n' && c != '\t' || c == '\uFFFE' || c == '\uFFFF';
            if (drop && b == null) b = new StringBuilder(s.length()).append(s, 0, i);
            if (!drop && b != null) b.append(c);
        }
        return b == null ? s : b.toString();
    }

    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F';
    }

    private static final class Escaping extends FilterWriter {
        private final boolean xml;

        Escaping(Writer out, boolean xml) {
            super(out);
            this.xml = xml;
        }

        @Override
        public void write(int c) throws IOException {
            write(new char[]{(char) c}, 0, 1);
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            write(s.toCharArray(), off, len);
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            int start = off;
            int end = off + len;
            for (int i = off; i < end; i++) {
                char c = buf[i];
                if (!needsEscape(buf, off, i, end)) continue;
                int colour = xml ? 0 : ownColour(buf, i, end);
                if (colour > 0) {
                    i += colour - 1;
                    continue;
                }
                out.write(buf, start, i - start);
                out.write(c < 0x100 ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
                start = i + 1;
            }
            out.write(buf, start, end - start);
        }

        private boolean needsEscape(char[] buf, int start, int i, int end) {
            char c = buf[i];
            if (xml) {
                if (Character.isHighSurrogate(c)) return i + 1 >= end || !Character.isLowSurrogate(buf[i + 1]);
                if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(buf[i - 1]);
                return (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == '\uFFFE' || c == '\uFFFF';
            }
            // a carriage return as part of a Windows line end, or opening a write (the progress line
            // redrawing itself); inside a name it would write over what came before
            if (c == '\r') return i > start && (i + 1 >= end || buf[i + 1] != '\n');
            return (isControl(c) && c != '\n' && c != '\t') || isBidiControl(c);
        }

        /** The length of one of our own colour codes starting at i (ESC [ n m), or 0. */
        private static int ownColour(char[] buf, int i, int end) {
            if (buf[i] != 0x1B || i + 1 >= end || buf[i + 1] != '[') return 0;
            int m = i + 2;
            while (m < end && m < i + 5 && Character.isDigit(buf[m])) m++;
            if (m >= end || buf[m] != 'm') return 0;
            return OWN_COLOURS.contains(new String(buf, i + 2, m - i - 2)) ? m - i + 1 : 0;
        }
    }
}
