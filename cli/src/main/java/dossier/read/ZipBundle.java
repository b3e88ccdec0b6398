package dossier.read;

import dossier.model.Location;
import dossier.shared.InputException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;

/**
 * A zip read in place through its central directory: entry names, and each entry's content
 * streamed into a digest or a bounded buffer. Nothing is ever extracted to disk. Names marked
 * UTF-8 are read as UTF-8, the others as GBK (package --zip-encoding gbk, and Windows zip tools).
 */
public final class ZipBundle implements AutoCloseable {
    /** An entry's content as read: its size, and its SHA-256 unless it ran past the limit. */
    public record Digest(long size, String sha256, boolean overLimit) {
    }

    private final String file;
    private final ZipFile zip;

    private ZipBundle(String file, ZipFile zip) {
        this.file = file;
        this.zip = zip;
    }

    /** @throws InputException (exit 2) when the file is missing or is no zip at all */
    public static ZipBundle open(Path path) {
        String file = path.toString();
        if (!Files.isRegularFile(path)) throw new InputException(Location.file(file), "verify.noFile");
        try {
            return new ZipBundle(file, ZipFile.builder().setPath(path).setCharset("GBK").get());
        } catch (IOException | RuntimeException e) {
            throw new InputException(Location.file(file), "verify.notZip");
        }
    }

    public String file() {
        return file;
    }

    /** Every entry name in the order stored, duplicates and folders included. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (ZipArchiveEntry e : Collections.list(zip.getEntriesInPhysicalOrder())) out.add(e.getName());
        return out;
    }

    /** How many entries carry this exact name. */
    public int count(String name) {
        int n = 0;
        for (ZipArchiveEntry ignored : zip.getEntries(name)) n++;
        return n;
    }

    /**
     * Streams the entry through SHA-256, reading at most limit + 1 bytes: a bundle whose entry
     * has grown (or a zip bomb) is known to be altered without inflating all of it.
     */
    public Digest digest(String name, long limit) throws IOException {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        try (InputStream in = open(name)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                size += n;
                if (size > limit) return new Digest(size, null, true);
                sha.update(buffer, 0, n);
            }
        }
        return new Digest(size, HexFormat.of().formatHex(sha.digest()), false);
    }

    /** The entry's bytes, or null when it is larger than limit. */
    public byte[] bytes(String name, int limit) throws IOException {
        try (InputStream in = open(name)) {
            byte[] data = in.readNBytes(limit + 1);
            return data.length > limit ? null : data;
        }
    }

    /** The entry's content, inflated as it is read. */
    public InputStream stream(String name) throws IOException {
        return open(name);
    }

    /**
     * An entry's content. package writes stored and deflated entries only; any other method (zstd,
     * bzip2, …) would reach a codec this jar does not carry and end in an Error, so it is refused as
     * a damaged entry instead.
     */
    private InputStream open(String name) throws IOException {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) throw new NoSuchFileException(name);
        int method = entry.getMethod();
        if (method != ZipEntry.STORED && method != ZipEntry.DEFLATED) {
            throw new ZipException(name + ": compression method " + method + " is not one package writes");
        }
        return zip.getInputStream(entry);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
