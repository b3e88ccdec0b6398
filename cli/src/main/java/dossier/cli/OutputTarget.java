package dossier.cli;

import dossier.model.Location;
import dossier.read.InputException;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes an output to stdout ("-" or none) or to a file atomically: a temp file, then a rename. */
final class OutputTarget {
    private OutputTarget() {
    }

    interface Body {
        void write(Writer out) throws IOException;
    }

    static void write(String target, Session session, Body body) throws IOException {
        if (target == null || target.equals("-")) {
            body.write(session.out());
            session.out().flush();
            return;
        }
        Path file = Path.of(target).toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
            Path tmp = tempBeside(file);
            try {
                try (Writer w = new OutputStreamWriter(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE), StandardCharsets.UTF_8)) {
                    body.write(w);
                }
                move(tmp, file);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new InputException(Location.file(target), "output.cannotWrite", e.getMessage());
        }
    }

    interface Bytes {
        void write(java.io.OutputStream out) throws IOException;
    }

    /**
     * A binary output (xlsx, docx, zip) for a repository: -o FILE, or DEFAULT under the
     * repository's out/ folder. Never inside evidence/. Returns the file written.
     */
    static Path writeFile(String option, Path repository, dossier.model.Settings settings, String defaultName,
                          Bytes body) throws IOException {
        Path root = repository.toAbsolutePath().normalize();
        Path file = option != null ? Path.of(option).toAbsolutePath().normalize()
                : root.resolve(settings.out()).resolve(defaultName).normalize();
        if (file.startsWith(root.resolve(settings.evidence()).normalize())) {
            throw new InputException(Location.file(file.toString()), "output.insideEvidence");
        }
        atomically(file, body);
        return file;
    }

    /** Writes a binary file through a temp file beside it and a rename: readers never see half a file. */
    static void atomically(Path file, Bytes body) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = tempBeside(file);
            try {
                try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE))) {
                    body.write(out);
                }
                move(tmp, file);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new InputException(Location.file(file.toString()), "output.cannotWrite", e.getMessage());
        }
    }

    /** An output folder for a repository: -o DIR, or DEFAULT under its out/ folder; never inside evidence/. */
    static Path directory(String option, Path repository, dossier.model.Settings settings, String defaultName) {
        Path root = repository.toAbsolutePath().normalize();
        Path dir = option != null ? Path.of(option).toAbsolutePath().normalize()
                : root.resolve(settings.out()).resolve(defaultName).normalize();
        if (dir.startsWith(root.resolve(settings.evidence()).normalize())) {
            throw new InputException(Location.file(dir.toString()), "output.insideEvidence");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException(Location.file(dir.toString()), "site.notDirectory", dir);
        }
        return dir;
    }

    /**
     * Writes a site's files into DIR, each atomically; pages an earlier run wrote and this one did
     * not (a unit since removed) are deleted. Nothing else in DIR is touched: it may be a folder
     * the user keeps other things in.
     */
    static void writeSite(Path dir, java.util.Map<String, byte[]> files) {
        try {
            Files.createDirectories(dir);
            for (var file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Path tmp = tempBeside(target);
                try {
                    Files.write(tmp, file.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    move(tmp, target);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
            try (var old = Files.newDirectoryStream(dir, "{unit,indicator}-[0-9][0-9][0-9]*.html")) {
                for (Path p : old) {
                    if (!files.containsKey(p.getFileName().toString())) Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new InputException(Location.file(dir.toString()), "output.cannotWrite", e.getMessage());
        }
    }

    /**
     * A temp file name beside the target (same file system, so the rename is atomic), created with
     * the user's usual permissions: Files.createTempFile would make it owner-only, and outputs
     * often go to a shared folder.
     */
    private static Path tempBeside(Path file) {
        return file.resolveSibling("." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
    }

    private static void move(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
