package dossier.write.report;

import dossier.read.NoteText;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The text of the summaries and highlights the report quotes. */
final class Notes {
    /** Enough for a page of summary; longer notes end with "…". */
    static final int MAX_CHARS = 3000;

    private final Path root;

    Notes(Path root) {
        this.root = root;
    }

    /** The note's text (repository-relative path), "" when it is empty or cannot be read. */
    String text(String path) {
        return NoteText.read(root.resolve(path), MAX_CHARS);
    }

    /** Non-empty lines, stripped: each is a paragraph of the report. */
    static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
