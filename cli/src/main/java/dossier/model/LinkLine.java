package dossier.model;

/**
 * A line of a links file (链接.txt) that holds something (blank lines and # comments are left out).
 *
 * @param line  its line number, from 1
 * @param text  the line, stripped
 * @param url   the web address found in it, or null when it holds none
 * @param title the rest of the line around the address ("" when none)
 */
public record LinkLine(int line, String text, String url, String title) {
    public boolean malformed() {
        return url == null;
    }
}
