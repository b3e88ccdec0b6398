package dossier.read;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Paths as users see them and the repository's real bounds.
 *
 * <p>A path inside the repository is written once, by the walk, as its name elements joined with
 * "/" ({@link #relative}). No file name can hold "/" on any system, so that string names exactly one
 * sequence of names, and {@link #file} is the one way back from it to a file: it splits on "/"
 * only (a backslash is a character of a name, never a separator), refuses "." and "..", and checks
 * that the real path stays inside the repository. Writers never resolve such a string themselves.
 */
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

    /** The path relative to the repository, its names joined with "/" (backslashes in names kept). */
    public String relative(Path p) {
        // The walk hands out normalised paths under the root: plain string work is enough and this
        // runs once per file. Any "." or ".." element takes the slow, exact way.
        String s = p.toString();
        String r = root.toString();
        if (File.separatorChar == '/' && p.isAbsolute() && s.length() > r.length() + 1 && s.startsWith(r)
                && s.charAt(r.length()) == '/' && !hasDotElement(s, r.length())) {
            return s.substring(r.length() + 1);
        }
        Path rel = root.relativize(p.toAbsolutePath().normalize());
        StringBuilder out = new StringBuilder();
        for (Path name : rel) {
            if (out.length() > 0) out.append('/');
            out.append(name);
        }
        return out.toString();
    }

    private static boolean hasDotElement(String s, int from) {
        for (int i = s.indexOf("/.", from); i >= 0; i = s.indexOf("/.", i + 1)) {
            int end = i + 2;
            if (end < s.length() && s.charAt(end) == '.') end++;
            if (end == s.length() || s.charAt(end) == '/') return true;
        }
        return false;
    }

    /**
     * The regular file a repository-relative path names, real path resolved; empty when the path is
     * malformed (empty, absolute, a "." or ".." element), leads outside the repository through a
     * link, or names anything but a regular file (a folder, a pipe, a device, nothing).
     */
    public Optional<Path> file(String relative) {
        return inside(relative).filter(Files::isRegularFile);
    }

    /** The real path a repository-relative path names, when it exists and stays inside the repository. */
    public Optional<Path> inside(String relative) {
        if (relative == null || relative.isEmpty()) return Optional.empty();
        Path p = root;
        for (String name : relative.split("/", -1)) {
            if (!isPlainName(name)) return Optional.empty();
            p = p.resolve(name);
        }
        try {
            Path real = p.toRealPath();
            return real.startsWith(realRoot) ? Optional.of(real) : Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** One name: not empty, not "." or "..", and nothing this system would read as a separator or a drive. */
    private static boolean isPlainName(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('\0') >= 0) return false;
        return File.separatorChar == '/' || (name.indexOf('\\') < 0 && name.indexOf(':') < 0);
    }

    /**
     * A path written in dossier.yaml (evidence, indicators, units) read lexically: whether it stays
     * inside the repository (relative, and no ".." that climbs out of it).
     */
    public static boolean staysInside(String configured) {
        if (configured.startsWith("/") || configured.startsWith("\\") || configured.matches("(?s)^[A-Za-z]:.*")) {
            return false;
        }
        int depth = 0;
        for (String name : configured.split("[/\\\\]")) {
            if (name.isEmpty() || name.equals(".")) continue;
            depth += name.equals("..") ? -1 : 1;
            if (depth < 0) return false;
        }
        return true;
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
