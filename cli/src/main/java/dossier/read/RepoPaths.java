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
        // The walk hands out paths under the root already: plain string work is enough and this
        // runs once per file.
        String s = p.toString();
        String r = root.toString();
        if (p.isAbsolute() && s.length() > r.length() + 1 && s.startsWith(r) && s.charAt(r.length()) == java.io.File.separatorChar
                && s.indexOf(java.io.File.separator + ".") < 0) {
            String rel = s.substring(r.length() + 1);
            return java.io.File.separatorChar == '/' ? rel : rel.replace('\\', '/');
        }
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
