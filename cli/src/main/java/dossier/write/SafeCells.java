package dossier.write;

/**
 * Text from users (file names, explanations) must never become a formula when a spreadsheet
 * opens it: = + - @ (and tab or carriage return, which some programs strip first) at the start.
 */
public final class SafeCells {
    private SafeCells() {
    }

    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) return false;
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '＝';
    }

    /** For CSV, where the only defence is a leading apostrophe (OWASP's advice). */
    public static String forCsv(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }

    /** Excel caps a cell at 32,767 characters. */
    public static String fit(String text) {
        if (text == null) return "";
        return text.length() > 32000 ? text.substring(0, 32000) + "…" : text;
    }
}
