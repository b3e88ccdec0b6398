package dossier.read;

import dossier.model.FileFacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * File and folder names that Windows, or a platform the evidence is uploaded to, cannot take.
 * Chinese (any non-ASCII) names are fine.
 */
public final class UploadNames {
    private static final String RESERVED_CHAR = "reserved-char";
    private static final String RESERVED_NAME = "reserved-name";
    private static final String TRAILING_DOT_OR_SPACE = "trailing-dot-or-space";
    private static final String LEADING_SPACE = "leading-space";
    private static final String TOO_LONG = "too-long";
    private static final String NOT_UTF8 = FileFacts.NOT_UTF8;

    /** Longest relative path (UTF-16 units, as Windows counts) that still fits under MAX_PATH with a root. */
    private static final int MAX_PATH_LENGTH = 240;

    private static final String RESERVED_CHARS = "<>:\"\\|?*";
    /** Windows device names; the superscript forms COM¹ … LPT³ are devices too. */
    private static final Set<String> RESERVED_NAMES = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "com¹", "com²", "com³",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9", "lpt¹", "lpt²", "lpt³");

    private UploadNames() {
    }

    /**
     * The problems of a path relative to the repository, '/'-separated (a backslash is a character of
     * a name, which Windows cannot take). Codes, each at most once, in this order: reserved-char,
     * reserved-name, trailing-dot-or-space, leading-space, too-long, not-utf8. Empty when fine.
     */
    public static List<String> problems(String relativePath) {
        boolean reservedChar = false;
        boolean reservedName = false;
        boolean trailing = false;
        boolean leading = false;
        for (String segment : relativePath.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) continue;
            for (int i = 0; i < segment.length() && !reservedChar; i++) {
                char c = segment.charAt(i);
                if (c < 0x20 || RESERVED_CHARS.indexOf(c) >= 0) reservedChar = true;
            }
            if (isReservedName(segment)) reservedName = true;
            char last = segment.charAt(segment.length() - 1);
            if (last == '.' || last == ' ') trailing = true;
            if (segment.charAt(0) == ' ') leading = true;
        }
        List<String> problems = new ArrayList<>(2);
        if (reservedChar) problems.add(RESERVED_CHAR);
        if (reservedName) problems.add(RESERVED_NAME);
        if (trailing) problems.add(TRAILING_DOT_OR_SPACE);
        if (leading) problems.add(LEADING_SPACE);
        if (relativePath.length() > MAX_PATH_LENGTH) problems.add(TOO_LONG);
        if (relativePath.indexOf('\uFFFD') >= 0) problems.add(NOT_UTF8);
        return List.copyOf(problems);
    }

    /** CON, nul.txt, Aux.tar.gz, "COM1 .txt": the part before the first dot, trailing spaces dropped. */
    private static boolean isReservedName(String segment) {
        int dot = segment.indexOf('.');
        String base = dot < 0 ? segment : segment.substring(0, dot);
        int end = base.length();
        while (end > 0 && base.charAt(end - 1) == ' ') end--;
        base = base.substring(0, end);
        return base.length() >= 3 && base.length() <= 4 && RESERVED_NAMES.contains(base.toLowerCase(Locale.ROOT));
    }
}
