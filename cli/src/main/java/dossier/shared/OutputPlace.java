package dossier.shared;

import dossier.model.Location;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Where a repository's outputs may be written, judged on real paths (links followed), since a
 * lexical check is fooled by {@code out -> evidence/x} or {@code -o linked/report.docx}: never inside
 * evidence/, never over one of the run's inputs, never onto a device, pipe or folder, and, for the
 * default places under out/, never outside the repository. The one place outputs are written.
 *
 * @param repository the repository's real path
 * @param evidence   the evidence folder's real path
 * @param inputs     real paths of the files (or template folders) the run reads: dossier.yaml, task sheet…
 */
public record OutputPlace(Path repository, Path evidence, List<Path> inputs) {
    private static final int MAX_LINKS = 40;

    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Inputs are given as paths as the user or settings wrote them; null entries are skipped. */
    public static OutputPlace of(Path repository, String evidenceFolder, List<Path> inputs) {
        Path root = realPath(repository);
        return new OutputPlace(root, realPath(root.resolve(evidenceFolder)),
                inputs.stream().filter(Objects::nonNull).map(OutputPlace::realPath).toList());
    }

    /**
     * The real file a write to target lands on, or InputException naming target and the reason.
     *
     * @param insideRepository true for default places (out/…): a link that leads out is refused
     */
    public Path check(Path target, boolean insideRepository) {
        Path real = realPath(target);
        Location at = Location.file(target.toString());
        if (Files.exists(real) && !Files.isRegularFile(real)) throw new InputException(at, "output.notRegularFile");
        if (real.startsWith(evidence)) throw new InputException(at, "output.insideEvidence");
        if (insideRepository && !real.startsWith(repository)) {
            throw new InputException(at, "output.outsideRepository", real);
        }
        if (inputs.stream().anyMatch(real::startsWith)) throw new InputException(at, "output.isInput");
        return real;
    }

    /** The real folder a set of outputs (a site) goes into: never evidence/, and out/ may not lead out. */
    public Path checkFolder(Path dir, boolean insideRepository) {
        Path real = realPath(dir);
        Location at = Location.file(dir.toString());
        if (real.startsWith(evidence)) throw new InputException(at, "output.insideEvidence");
        if (insideRepository && !real.startsWith(repository)) {
            throw new InputException(at, "output.outsideRepository", real);
        }
        return real;
    }

    /** Writes a checked real path through a temp file beside it and a rename, creating its folder. */
    public static void writeAtomically(Path real, Body body) throws IOException {
        Files.createDirectories(real.getParent());
        // Not Files.createTempFile: that makes the file owner-only, and outputs often go to a shared folder.
        Path tmp = real.resolveSibling("." + real.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                body.write(new KeptOpen(out));
                out.flush();
                // on disk before the rename, so a crash leaves the old file or the new one, never half of one
                ch.force(true);
            }
            try {
                Files.move(tmp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A body's writer may close what it was given (CSVPrinter does); the file is synced and closed here. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /**
     * The path with every link followed, also for a file or folders that do not exist yet (the
     * part that exists is resolved, the rest appended). A dangling link is followed by its text.
     */
    static Path realPath(Path path) {
        Path p = path.toAbsolutePath().normalize();
        for (int hops = 0; hops < MAX_LINKS; hops++) {
            Deque<Path> missing = new ArrayDeque<>();
            Path existing = p;
            while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                missing.push(existing.getFileName());
                existing = existing.getParent();
            }
            if (existing == null) return p;
            try {
                Path real = existing.toRealPath();
                while (!missing.isEmpty()) real = real.resolve(missing.pop());
                return real;
            } catch (IOException dangling) {
                try {
                    Path link = Files.readSymbolicLink(existing);
                    Path next = existing.getParent() == null ? link : existing.getParent().resolve(link);
                    while (!missing.isEmpty()) next = next.resolve(missing.pop());
                    p = next.toAbsolutePath().normalize();
                } catch (IOException | UnsupportedOperationException notALink) {
                    return p;
                }
            }
        }
        return p;
    }
}
