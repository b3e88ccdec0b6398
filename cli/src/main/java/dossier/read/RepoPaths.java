package dossier.read;

import java.io.IOException;
import java.nio.file.Path;

/** Paths as users see them (relative to the repository, / separators) and the repository's real bounds. */
public record RepoPaths(Path root, Path realRoot) {
    public static RepoPaths of(Path repository) {
        Path root = repository.toAbsolutePath().normalize();
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            real = root;
        }
        return new RepoPaths(root, real);
    }

    public String relative(Path p) {
        return root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** Whether a link resolves outside the repository (a broken link counts as escaping: it is never read). */
    public boolean escapes(Path link) {
        try {
            return !link.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return true;
        }
    }
}
