package dossier.write;

import java.util.Locale;
import java.util.Set;

/**
 * Folder names that Windows, zip tools and upload platforms all take: the characters Windows
 * refuses (&lt;&gt;:"/\|?*) become their full-width forms, control characters and line breaks a
 * space, runs of spaces one space; bidirectional overrides and C1 controls are dropped; no
 * leading or trailing dots and spaces (a leading dot would also hide the folder from the evidence
 * walk); device names (CON, NUL, COM1 …) get a trailing _;
 * at most {@code max} UTF-16 units, never cutting a character in two.
 */
public final class SafeNames {
    private static final String RESERVED = "<>:\"/\\|?*";
    private static final String FULL_WIDTH = "＜＞：＂／＼｜？＊";
    private static final Set<String> DEVICES = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private SafeNames() {
    }

    public static String of(String name, int max) {
        StringBuilder out = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            int reserved = cp < 0x80 ? RESERVED.indexOf(cp) : -1;
            // the right-to-left override and its kin make "报告\u202Excod.exe" show as "报告exe.docx"
            if (cp <= 0xFFFF && ControlChars.isBidiControl((char) cp) || (cp >= 0x80 && cp <= 0x9F)) continue;
            if (cp < 0x20 || cp == 0x7F || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                    || cp == 0x200B || cp == 0xFEFF) {
                space = out.length() > 0;
                continue;
            }
            if (space) out.append(' ');
            space = false;
            if (reserved >= 0) out.append(FULL_WIDTH.charAt(reserved));
            else out.appendCodePoint(cp);
        }
        String s = cap(out.toString(), max);
        s = trim(s);
        int dot = s.indexOf('.');
        String base = (dot < 0 ? s : s.substring(0, dot)).strip();
        if (DEVICES.contains(base.toLowerCase(Locale.ROOT))) {
            s = base + "_" + (dot < 0 ? "" : s.substring(dot));
        }
        return s.isEmpty() ? "_" : s;
    }

    private static String cap(String s, int max) {
        if (s.length() <= max) return s;
        int end = max;
        if (Character.isLowSurrogate(s.charAt(end)) && end > 0) end--;
        return s.substring(0, end);
    }

    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '.' || s.charAt(start) == ' ')) start++;
        while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) end--;
        return s.substring(start, end);
    }
}
