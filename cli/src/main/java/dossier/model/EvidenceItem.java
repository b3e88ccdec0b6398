package dossier.model;

/**
 * One thing that counts as evidence: a file, a summary, or one valid line of a links file.
 *
 * @param path  the file, relative to the repository with / separators
 * @param line  for a link, its line in the links file; 0 otherwise
 * @param title for a link, its title (may be empty); for a file, ""
 */
public record EvidenceItem(String path, EvidenceKind kind, long size, int line, String url, String title) {
    public static EvidenceItem file(String path, EvidenceKind kind, long size) {
        return new EvidenceItem(path, kind, size, 0, "", "");
    }
}
