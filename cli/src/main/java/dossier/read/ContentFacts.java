package dossier.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * What a file's content says (does it match its extension, the document's own date, its SHA-256),
 * read once and remembered in the {@link ContentCache} by path, size and modification time, so
 * that a second run over an unchanged repository reads nothing.
 */
public final class ContentFacts {
    private static final int HASH_BUFFER = 256 * 1024;

    public record Facts(boolean matches, String detected, LocalDate documentDate) {
    }

    private final ContentCache cache;

    public ContentFacts(ContentCache cache) {
        this.cache = cache;
    }

    public ContentCache cache() {
        return cache;
    }

    public Facts check(Path file, String rel, String extension, long size, long mtime) throws IOException {
        Optional<ContentCache.Entry> hit = cache.get(rel, size, mtime);
        if (hit.isPresent()) {
            ContentCache.Entry e = hit.get();
            return new Facts(e.signatureMatches(), e.detected(), e.documentDate() == null ? null : LocalDate.parse(e.documentDate()));
        }
        FileSignatures.Verdict v = FileSignatures.check(file, extension, size);
        LocalDate date = v.matches() ? DocumentDates.of(file, extension).orElse(null) : null;
        cache.put(rel, new ContentCache.Entry(size, mtime, null, v.matches(), v.detected(),
                date == null ? null : date.toString(), null));
        return new Facts(v.matches(), v.detected(), date);
    }

    /**
     * A CRC-32C of the whole content, from the cache or read once: a cheap first sieve for files that
     * share a size (the JVM computes it at memory speed whatever the compiler, unlike SHA-256).
     */
    public long crc32c(Path file, String rel, long size, long mtime) throws IOException {
        Optional<ContentCache.Entry> hit = cache.get(rel, size, mtime);
        if (hit.isPresent() && hit.get().crc32c() != null) return hit.get().crc32c();
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[HASH_BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) crc.update(buffer, 0, n);
        }
        ContentCache.Entry base = hit.orElse(new ContentCache.Entry(size, mtime, null, true, "", null));
        cache.put(rel, new ContentCache.Entry(size, mtime, base.sha256(), base.signatureMatches(), base.detected(),
                base.documentDate(), crc.getValue()));
        return crc.getValue();
    }

    /** The SHA-256, from the cache or read once (only files whose size and CRC agree need it). */
    public String sha256(Path file, String rel, long size, long mtime) throws IOException {
        Optional<ContentCache.Entry> hit = cache.get(rel, size, mtime);
        if (hit.isPresent() && hit.get().sha256() != null) return hit.get().sha256();
        String hash = hash(file);
        ContentCache.Entry base = hit.orElse(new ContentCache.Entry(size, mtime, null, true, "", null));
        cache.put(rel, new ContentCache.Entry(size, mtime, hash, base.signatureMatches(), base.detected(),
                base.documentDate(), base.crc32c()));
        return hash;
    }

    private static String hash(Path file) throws IOException {
        MessageDigest d;
        try {
            d = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[HASH_BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) d.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(d.digest());
    }
}
