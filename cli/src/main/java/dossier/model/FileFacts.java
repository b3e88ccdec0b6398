package dossier.model;

import java.util.List;

/**
 * One entry the walk of evidence/ met, as facts: what it is on disk, what its name and its content
 * say. Nothing here is a verdict; the checks judge these facts. The one rule kept here is SPEC
 * §2.3's definition of what counts as evidence, because the walk needs it too: it reads the content
 * of a file that may count, and files a task's evidence from the files that do.
 *
 * @param path             relative to the repository, "/" between names
 * @param unit             the unit folder it is in; null at the top of evidence/
 * @param indicator        the indicator folder it is in; null for an entry loose in evidence/ or a unit folder
 * @param size             in bytes (a link's: its target's); 0 where the walk does not look at it (a loose,
 *                         temp or system entry, a link out of the repository, a special file)
 * @param mtime            last modified, milliseconds since the epoch; 0 where size is
 * @param tempOrSystem     an office lock file, an editor backup, .DS_Store, __MACOSX…: nothing else is looked at
 * @param role             what its name makes it; NONE where the walk does not look at the name
 * @param nameProblems     what Windows or an upload platform would refuse in its path (codes, see {@link #NOT_UTF8})
 * @param extension        lower case, "" when none
 * @param extensionAllowed whether dossier.yaml's allowed extensions list it
 * @param content          what its bytes are; null when not read (only a file that {@link #mayCount may count} is)
 * @param date             the date the document gives itself; null when none or not looked for
 * @param linkLines        for a links file, every line that holds something
 */
public record FileFacts(String path, String unit, String indicator, EntryKind kind, long size, long mtime,
                        boolean tempOrSystem, FileRole role, List<String> nameProblems, String extension,
                        boolean extensionAllowed, ContentType content, DocumentDate date, List<LinkLine> linkLines) {
    /** The name problem of a name that is not valid UTF-8 (its bytes shown as �): such a file is never filed. */
    public static final String NOT_UTF8 = "not-utf8";

    /** What a file's bytes are, by their signature, and whether that is what its extension says. */
    public record ContentType(String detected, boolean matchesExtension) {
    }

    public FileFacts {
        nameProblems = List.copyOf(nameProblems);
        linkLines = List.copyOf(linkLines);
    }

    /** An entry the walk only names: temp or system, a link out of the repository, a special file, a loose entry. */
    public static FileFacts entry(String path, String unit, String indicator, EntryKind kind, boolean tempOrSystem) {
        return new FileFacts(path, unit, indicator, kind, 0, 0, tempOrSystem, FileRole.NONE, List.of(), "", false,
                null, null, List.of());
    }

    /** A file of an indicator folder, before its content is read. */
    public static FileFacts file(String path, String unit, String indicator, EntryKind kind, long size, long mtime,
                                 FileRole role, List<String> nameProblems, String extension, boolean extensionAllowed) {
        return new FileFacts(path, unit, indicator, kind, size, mtime, false, role, nameProblems, extension,
                extensionAllowed, null, null, List.of());
    }

    public FileFacts withContent(ContentType type, DocumentDate documentDate) {
        return new FileFacts(path, unit, indicator, kind, size, mtime, tempOrSystem, role, nameProblems, extension,
                extensionAllowed, type, documentDate, linkLines);
    }

    public FileFacts withLinkLines(List<LinkLine> lines) {
        return new FileFacts(path, unit, indicator, kind, size, mtime, tempOrSystem, role, nameProblems, extension,
                extensionAllowed, content, date, lines);
    }

    /** The last name of its path. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Loose in evidence/ or in a unit folder, where only folders belong. */
    public boolean loose() {
        return indicator == null;
    }

    /** A file of an indicator folder whose name can be read: the only entries filed as anything. */
    public boolean filable() {
        return !loose() && !tempOrSystem && kind.isFile() && !nameProblems.contains(NOT_UTF8);
    }

    /**
     * SPEC §2.3 as far as it can be told without reading the file: an ordinary file of an allowed
     * type, or a summary (简介) of any type, that is not empty. The walk reads the content of these.
     */
    public boolean mayCount() {
        return filable() && size > 0 && (role == FileRole.SUMMARY || role == FileRole.NONE && extensionAllowed);
    }

    /** An evidence item (SPEC §2.3): it may count and its content is what its extension says. */
    public boolean counts() {
        return mayCount() && content != null && content.matchesExtension();
    }
}
