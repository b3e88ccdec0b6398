package dossier.write.report;

import dossier.read.NoteText;
import dossier.read.RepoPaths;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The text of the summaries and highlights the report quotes. */
final class Notes {
    /** Enough for a page of summary; longer notes end with "…". */
    static final int MAX_CHARS = 3000;

    private final RepoPaths paths;

    Notes(Path root) {
        this.paths = RepoPaths.of(root);
    }

    /** The note's text (repository-relative path), "" when it is empty, cannot be read or is not inside the repository. */
    String text(String path) {
        return paths.file(path).map(file -> NoteText.read(file, MAX_CHARS)).orElse("");
    }

    /** Non-empty lines, stripped: each is a paragraph of the report. */
    static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
