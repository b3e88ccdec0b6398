package dossier.model;

/** What an entry of evidence/ is on disk, as the walk saw it without following anything out of the repository. */
public enum EntryKind {
    REGULAR,
    /** A link inside the repository; in an indicator folder, a link to a regular file (read as that file). */
    LINK,
    /** A link that leads out of the repository, or nowhere: never read. */
    LINK_OUTSIDE,
    /** A named pipe, a device, a socket, or (in an indicator folder) a link to a folder: nothing that can be read as a file. */
    SPECIAL,
    FOLDER;

    /** Read as a file: a regular file or a link to one. */
    public boolean isFile() {
        return this == REGULAR || this == LINK;
    }
}
