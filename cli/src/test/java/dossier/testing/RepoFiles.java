package dossier.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Text files of a repository built in a test (dossier.yaml, a csv sheet, a note), in UTF-8, folders made as needed. */
public final class RepoFiles {
    private RepoFiles() {
    }

    public static Path text(Path repo, String path, String text) throws IOException {
        Path p = repo.resolve(path);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
