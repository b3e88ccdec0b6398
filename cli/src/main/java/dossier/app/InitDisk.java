package dossier.app;

import dossier.model.Location;
import dossier.read.EvidenceWalker;
import dossier.shared.InputException;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** How init lists what a repository holds and names it in its result: relative, '/'-separated. */
final class InitDisk {
    private InitDisk() {
    }

    /** Real (not linked) subfolders, not hidden, not reserved (registers), by name; none when the folder does not exist. */
    static List<Path> subfolders(Path dir) {
        List<Path> out = new ArrayList<>();
        for (Path p : list(dir)) {
            String n = p.getFileName().toString();
            if (n.startsWith(".") || EvidenceWalker.RESERVED.contains(n.toLowerCase(Locale.ROOT))) continue;
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) out.add(p);
        }
        return out;
    }

    static List<Path> files(Path dir) {
        return list(dir).stream().filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
    }

    private static List<Path> list(Path dir) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return out;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) out.add(p);
        } catch (IOException e) {
            throw new InputException(Location.file(dir.toString()), "input.unreadable", reason(e));
        }
        out.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return out;
    }

    static String relative(Path root, Path p) {
        return root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
