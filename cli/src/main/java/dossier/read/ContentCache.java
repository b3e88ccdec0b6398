package dossier.read;

import dossier.shared.OutputPlace;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * Per-file facts kept between runs under the repository's {@code out/} folder, keyed by the path
 * relative to the repository and valid while the file's size and modification time are unchanged,
 * so that a second {@code validate} of an unchanged repository re-reads nothing.
 * <p>
 * The file is UTF-8 text, one entry a line, sorted by path so the same facts give the same bytes:
 * <pre>
 * dossier-cache 2
 * path \t size \t modifiedMillis \t sha256 \t 1|0 \t detected \t documentDate \t crc32c (hex)
 * …
 * end \t count \t crc32
 * </pre>
 * A null is an empty field; in the path and {@code detected}, backslash, tab, line feed and carriage
 * return are written {@code \\ \t \n \r}. The closing line counts the entries and holds the CRC-32 of
 * every byte before it, so a file cut short or damaged anywhere is noticed; then the whole cache is
 * ignored (an empty cache, rebuilt by the run), never partly trusted. Saving writes a temp file in
 * the same folder and renames it over the old one.
 */
public final class ContentCache {
    /**
     * @param sha256       lower-case hex SHA-256 of the content, or null when not computed
     * @param documentDate the document's own date as ISO yyyy-MM-dd, or null
     */
    public record Entry(long size, long modifiedMillis, String sha256, boolean signatureMatches, String detected,
                        String documentDate, Long crc32c) {
        public Entry(long size, long modifiedMillis, String sha256, boolean signatureMatches, String detected,
                     String documentDate) {
            this(size, modifiedMillis, sha256, signatureMatches, detected, documentDate, null);
        }
    }

    static final String HEADER = "dossier-cache 2";
    private static final String END = "end";
    private static final int FIELDS = 8;

    /** What the last run saved; read-only after {@link #load}. */
    private final Map<String, Entry> loaded;
    /** What this run put or found valid: exactly what {@link #save} writes. */
    private final ConcurrentHashMap<String, Entry> current = new ConcurrentHashMap<>();
    /** Set by {@link #put}: when nothing was put and every loaded entry was used, the file on disk is already right. */
    private volatile boolean changed;

    private ContentCache(Map<String, Entry> loaded) {
        this.loaded = loaded;
    }

    /** Never throws: a missing, truncated, garbled or other-version file gives an empty cache. */
    public static ContentCache load(Path cacheFile) {
        try {
            if (cacheFile == null || !Files.isRegularFile(cacheFile)) return empty();
            try (InputStream in = Files.newInputStream(cacheFile)) {
                Map<String, Entry> entries = read(in);
                return entries == null ? empty() : new ContentCache(entries);
            }
        } catch (IOException | RuntimeException e) {
            return empty();
        }
    }

    private static ContentCache empty() {
        return new ContentCache(Collections.emptyMap());
    }

    /** A hit only when the entry was recorded for this very size and modification time. */
    public Optional<Entry> get(String relativePath, long size, long modifiedMillis) {
        Entry e = current.get(relativePath);
        if (e == null) e = loaded.get(relativePath);
        if (e == null || e.size() != size || e.modifiedMillis() != modifiedMillis) return Optional.empty();
        current.putIfAbsent(relativePath, e);
        return Optional.of(e);
    }

    /** Thread-safe. The sha256 must be 64 hex digits (stored lower-case) and the date ISO, or null. */
    public void put(String relativePath, Entry entry) {
        if (relativePath == null || entry == null) throw new NullPointerException("path and entry are required");
        String sha = entry.sha256();
        if (sha != null) {
            if (!isSha256(sha)) throw new IllegalArgumentException("not a SHA-256: " + sha);
            String lower = sha.toLowerCase(java.util.Locale.ROOT);
            if (!lower.equals(sha)) {
                entry = new Entry(entry.size(), entry.modifiedMillis(), lower, entry.signatureMatches(),
                        entry.detected(), entry.documentDate(), entry.crc32c());
            }
        }
        if (entry.documentDate() != null && !isIsoDate(entry.documentDate())) {
            throw new IllegalArgumentException("not an ISO date: " + entry.documentDate());
        }
        current.put(relativePath, entry);
        changed = true;
    }

    /**
     * Writes the entries put or found valid during this run, sorted by path, atomically (temp file in the
     * same folder, then a rename), creating the folder.
     */
    public void save(Path cacheFile) throws IOException {
        if (!changed && current.size() == loaded.size() && Files.isRegularFile(cacheFile)) return;
        String[] paths = current.keySet().toArray(new String[0]);
        Arrays.sort(paths);
        OutputPlace.writeAtomically(cacheFile.toAbsolutePath(), out -> {
            CRC32 crc = new CRC32();
            StringBuilder line = new StringBuilder(256);
            line.append(HEADER).append('\n');
            write(out, crc, line);
            int count = 0;
            for (String path : paths) {
                Entry e = current.get(path);
                line.setLength(0);
                escape(line, path);
                line.append('\t').append(e.size()).append('\t').append(e.modifiedMillis()).append('\t');
                if (e.sha256() != null) line.append(e.sha256());
                line.append('\t').append(e.signatureMatches() ? '1' : '0').append('\t');
                if (e.detected() != null) escape(line, e.detected());
                line.append('\t');
                if (e.documentDate() != null) line.append(e.documentDate());
                line.append('\t');
                if (e.crc32c() != null) line.append(Long.toHexString(e.crc32c()));
                line.append('\n');
                write(out, crc, line);
                count++;
            }
            String end = END + '\t' + count + '\t' + String.format("%08x", crc.getValue()) + '\n';
            out.write(end.getBytes(StandardCharsets.UTF_8));
        });
    }

    private static void write(OutputStream out, CRC32 crc, CharSequence line) throws IOException {
        byte[] b = line.toString().getBytes(StandardCharsets.UTF_8);
        crc.update(b);
        out.write(b);
    }

    // ---- reading ----

    /** The entries, or null when the file is not a complete, intact cache of this version. */
    private static Map<String, Entry> read(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        LineReader lines = new LineReader(in);
        byte[] first = lines.next();
        if (first == null || !new String(first, 0, lines.length, StandardCharsets.UTF_8).equals(HEADER)) return null;
        crc.update(first, 0, lines.length + 1);
        Map<String, Entry> entries = new HashMap<>();
        Map<String, String> interned = new HashMap<>();
        String[] f = new String[FIELDS];
        while (true) {
            byte[] b = lines.next();
            if (b == null) return null; // no closing line: cut short
            String line = new String(b, 0, lines.length, StandardCharsets.UTF_8);
            int n = split(line, f);
            if (n == 3 && f[0].equals(END)) {
                if (lines.next() != null) return null; // something after the closing line
                long count = Long.parseLong(f[1]);
                long sum = Long.parseLong(f[2], 16);
                return count == entries.size() && sum == crc.getValue() ? entries : null;
            }
            crc.update(b, 0, lines.length + 1);
            if (n != FIELDS) return null;
            String path = unescape(f[0]);
            long size = Long.parseLong(f[1]);
            long mtime = Long.parseLong(f[2]);
            String sha = f[3].isEmpty() ? null : f[3];
            if (path == null || size < 0 || (sha != null && !isLowerSha256(sha))) return null;
            if (!f[4].equals("1") && !f[4].equals("0")) return null;
            String detected = f[5].isEmpty() ? null : unescape(f[5]);
            String date = f[6].isEmpty() ? null : f[6];
            if (f[5].length() > 0 && detected == null) return null;
            if (date != null) {
                String known = interned.get(date);
                if (known == null) {
                    if (!isIsoDate(date)) return null;
                    interned.put(date, date);
                } else {
                    date = known;
                }
            }
            if (detected != null) detected = interned.computeIfAbsent("d:" + detected, k -> k.substring(2));
            Long contentCrc = null;
            if (!f[7].isEmpty()) {
                if (f[7].length() > 8) return null;
                contentCrc = Long.parseLong(f[7], 16);
            }
            entries.put(path, new Entry(size, mtime, sha, f[4].equals("1"), detected, date, contentCrc));
        }
    }

    /** Lines ending in '\n'; {@link #next} returns a shared buffer holding {@link #length} bytes plus the '\n'. */
    private static final class LineReader {
        private final InputStream in;
        private final byte[] chunk = new byte[1 << 16];
        private int pos;
        private int limit;
        private byte[] buf = new byte[512];
        int length;

        LineReader(InputStream in) {
            this.in = in;
        }

        byte[] next() throws IOException {
            int n = 0;
            while (true) {
                if (pos == limit) {
                    limit = in.read(chunk, 0, chunk.length);
                    pos = 0;
                    if (limit <= 0) {
                        limit = 0;
                        return null; // a last line without '\n' is incomplete
                    }
                }
                int start = pos;
                while (pos < limit && chunk[pos] != '\n') pos++;
                boolean eol = pos < limit;
                if (eol) pos++;
                int len = pos - start;
                if (n + len > buf.length) {
                    if (n + len > 1 << 20) throw new IOException("line too long");
                    buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + len));
                }
                System.arraycopy(chunk, start, buf, n, len);
                n += len;
                if (eol) {
                    length = n - 1;
                    return buf;
                }
            }
        }
    }

    /** Splits on tabs into {@code f}; returns the number of fields (more than f holds: f.length + 1). */
    private static int split(String line, String[] f) {
        int n = 0;
        int from = 0;
        while (true) {
            int tab = line.indexOf('\t', from);
            if (n == f.length) return n + 1;
            f[n++] = tab < 0 ? line.substring(from) : line.substring(from, tab);
            if (tab < 0) return n;
            from = tab + 1;
        }
    }

    private static void escape(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
    }

    /** The unescaped text, or null for an unknown escape. */
    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (++i == s.length()) return null;
            switch (s.charAt(i)) {
                case '\\' -> b.append('\\');
                case 't' -> b.append('\t');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                default -> {
                    return null;
                }
            }
        }
        return b.toString();
    }

    private static boolean isSha256(String s) {
        if (s.length() != 64) return false;
        for (int i = 0; i < 64; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f') && !(c >= 'A' && c <= 'F')) return false;
        }
        return true;
    }

    private static boolean isLowerSha256(String s) {
        if (s.length() != 64) return false;
        for (int i = 0; i < 64; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) return false;
        }
        return true;
    }

    private static boolean isIsoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return false;
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
