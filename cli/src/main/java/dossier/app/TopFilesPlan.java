package dossier.app;

import java.util.List;

/**
 * The repository's own files that init writes before it reads the repository back (dossier.yaml, the
 * task sheet, the units table, .gitignore), in the order they are written; computed by
 * {@link InitPlanner} before anything is written.
 *
 * @param sheetOption the --sheet to read the task sheet with afterwards (the built-in catalogue has its own)
 */
public record TopFilesPlan(List<TopFile> files, String sheetOption) {
    public TopFilesPlan {
        files = List.copyOf(files);
    }

    /**
     * One top-level file: to create with {@code content} (copied from {@code source}, a file the user
     * gave, or built in when null), or already there and kept ({@code content} null).
     * {@code prefilled}: how many units the units template lists (the unit folders already in evidence/).
     */
    public record TopFile(String path, Initializer.Kind kind, String source, int prefilled, byte[] content) {
        static TopFile kept(String path, Initializer.Kind kind) {
            return new TopFile(path, kind, null, 0, null);
        }

        public boolean toCreate() {
            return content != null;
        }
    }

    /** The top-level file of this kind. */
    public TopFile file(Initializer.Kind kind) {
        return files.stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }
}
