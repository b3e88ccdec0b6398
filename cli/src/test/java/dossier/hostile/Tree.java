package dossier.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a folder holds, links not followed and special files not opened: each path with its kind and,
 * for a regular file, its size, time and a hash of its start. Two snapshots compared show
 * everything a command wrote or changed.
 */
record Tree(Map<String, String> entries) {
    static Tree of(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                out.put(name(root, dir), "dir");
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                out.put(name(root, file), kind(file, attrs));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                out.put(name(root, file), "unreadable");
                return FileVisitResult.CONTINUE;
            }
        });
        return new Tree(out);
    }

    /** The entries that differ from an earlier snapshot (added, removed or changed), outside the paths allowed. */
    Map<String, String> changesSince(Tree before, String... allowedPrefixes) {
        Map<String, String> changed = new TreeMap<>();
        for (var e : entries.entrySet()) {
            if (!e.getValue().equals(before.entries.get(e.getKey()))) changed.put(e.getKey(), e.getValue());
        }
        for (String k : before.entries.keySet()) if (!entries.containsKey(k)) changed.put(k, "removed");
        changed.keySet().removeIf(k -> {
            for (String p : allowedPrefixes) if (k.equals(p) || k.startsWith(p + "/")) return true;
            return false;
        });
        return changed;
    }

    private static String name(Path root, Path p) {
        String n = root.relativize(p).toString().replace('\\', '/');
        return n.isEmpty() ? "." : n;
    }

    private static String kind(Path file, BasicFileAttributes attrs) throws IOException {
        if (attrs.isSymbolicLink()) return "link " + Files.readSymbolicLink(file);
        if (!attrs.isRegularFile()) return "special";
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return "special";
        try (InputStream in = Files.newInputStream(file)) {
            // the first megabyte, the size and the time: whole hashes of the 3 GB cases would take minutes
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(in.readNBytes(1 << 20));
            return "file " + attrs.size() + " " + attrs.lastModifiedTime().toMillis() + " "
                    + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
