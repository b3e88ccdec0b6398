package dossier.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Set;

/**
 * Does a file's content match its extension? Judged from the real structure, reading only what a
 * check needs: a header (4 KiB for binary types, up to 64 KiB for text), for pdf the last 1 KiB, and
 * for zip-based types (docx, xlsx, pptx, ofd, and wps/et/dps saved as OOXML) the End Of Central
 * Directory record at the tail and the central directory it points to. Nothing is inflated and
 * nothing else of the file is read.
 */
public final class FileSignatures {
    /**
     * @param matches  whether the content is what the extension claims (always true for an extension
     *                 this class does not know)
     * @param detected a short name of what the content really is: pdf, docx, xlsx, pptx, ofd, zip, ole2,
     *                 jpg, png, gif, bmp, tiff, webp, heic, avif, mp4, mov, avi, wav, wmv, flv, mkv, rar,
     *                 7z, gz, exe, rtf, html, text, empty, damaged-pdf (header but no %%EOF near the end),
     *                 damaged-zip (a zip header but no readable central directory), unknown
     */
    public record Verdict(boolean matches, String detected) {
    }

    static final int HEADER = 4 * 1024;
    static final int TEXT_HEADER = 64 * 1024;
    static final int PDF_TAIL = 1024;
    private static final int EOCD_SIZE = 22;
    private static final int MAX_ZIP_COMMENT = 0xFFFF;
    private static final int CD_CHUNK = 64 * 1024;
    /** Enough for the EOCD and, in most office files, the whole central directory too. */
    private static final int ZIP_TAIL = 4 * 1024;
    private static final long CENTRAL_HEADER = 0x02014b50L;
    private static final int MAX_CD_ENTRIES = 1_000_000;

    private static final byte[] ZIP_LOCAL = hex("504B0304");
    private static final byte[] ZIP_EMPTY = hex("504B0506");
    private static final byte[] ZIP_SPANNED = hex("504B0708");
    private static final byte[] PDF_HEADER = ascii("%PDF-");
    private static final byte[] PDF_EOF = ascii("%%EOF");
    private static final byte[] OLE2 = hex("D0CF11E0A1B11AE1");
    private static final byte[] ASF = hex("3026B2758E66CF11A6D900AA0062CE6C");
    private static final byte[] EBML = hex("1A45DFA3");
    private static final byte[] PNG = hex("89504E47");
    private static final byte[] RAR = hex("526172211A07");
    private static final byte[] SEVEN_Z = hex("377ABCAF271C");
    private static final byte[] CONTENT_TYPES = ascii("[Content_Types].xml");
    private static final byte[] WORD = ascii("word/");
    private static final byte[] XL = ascii("xl/");
    private static final byte[] PPT = ascii("ppt/");
    private static final byte[] OFD_XML = ascii("OFD.xml");
    private static final Set<String> MOV_ATOMS = Set.of("moov", "wide", "mdat", "free", "skip", "pnot");
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "hevm",
            "hevs", "mif1", "msf1");
    private static final Set<String> AVIF_BRANDS = Set.of("avif", "avis");
    private static final Set<String> KNOWN = Set.of("pdf", "doc", "docx", "wps", "ofd", "txt", "md", "xls", "xlsx",
            "et", "ppt", "pptx", "dps", "jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff", "webp", "mp4", "mov",
            "avi", "wmv", "flv", "mkv");

    private FileSignatures() {
    }

    /**
     * Checks {@code file} against {@code extension} (any case, without the dot). {@code size} is the size
     * the caller saw; the open file's own size is used for tail reads, so a file that changed since is
     * judged as it is now. A file that cannot be opened (missing, denied, not a regular file) throws.
     */
    public static Verdict check(Path file, String extension, long size) throws IOException {
        String ext = extension == null ? "" : extension.toLowerCase(Locale.ROOT);
        boolean known = KNOWN.contains(ext);
        requireRegularFile(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long length = ch.size();
            if (length == 0) return new Verdict(!known, "empty");
            boolean text = ext.equals("txt") || ext.equals("md") || !known;
            byte[] head = readAt(ch, 0, (int) Math.min(length, text ? TEXT_HEADER : HEADER));
            Probe probe = sniff(ch, length, head, ext.equals("pdf"));
            return new Verdict(!known || accepts(ext, probe), probe.type);
        }
    }

    /**
     * Never open a pipe or a device (SPEC §7): opening a FIFO for reading would block. A missing file
     * throws NoSuchFileException, as opening it would.
     */
    static void requireRegularFile(Path file) throws IOException {
        if (!Files.readAttributes(file, BasicFileAttributes.class).isRegularFile()) {
            throw new IOException("not a regular file: " + file);
        }
    }

    /** What the content is, plus whether it came from an ISO base media {@code ftyp} box. */
    private record Probe(String type, boolean ftyp) {
        Probe(String type) {
            this(type, false);
        }
    }

    private static boolean accepts(String ext, Probe p) {
        String t = p.type;
        return switch (ext) {
            case "pdf" -> t.equals("pdf");
            case "docx", "xlsx", "pptx", "ofd" -> t.equals(ext);
            case "doc", "xls", "ppt" -> t.equals("ole2");
            case "wps" -> t.equals("ole2") || t.equals("docx");
            case "et" -> t.equals("ole2") || t.equals("xlsx");
            case "dps" -> t.equals("ole2") || t.equals("pptx");
            case "jpg", "jpeg" -> t.equals("jpg");
            case "tif", "tiff" -> t.equals("tiff");
            case "png", "gif", "bmp", "webp", "avi", "wmv", "flv", "mkv" -> t.equals(ext);
            case "mp4" -> p.ftyp && (t.equals("mp4") || t.equals("mov"));
            case "mov" -> t.equals("mov") || (p.ftyp && t.equals("mp4"));
            case "txt", "md" -> t.equals("text") || t.equals("html");
            default -> true;
        };
    }

    private static Probe sniff(FileChannel ch, long length, byte[] h, boolean pdfTrailer) throws IOException {
        // Readers accept the header anywhere in the first 1 KiB, and %%EOF followed by up to 1 KiB of anything.
        if (indexOf(h, PDF_HEADER, 0, Math.min(h.length, 1024)) >= 0) {
            if (!pdfTrailer) return new Probe("pdf");
            byte[] tail = tail(ch, length, h, PDF_TAIL);
            return new Probe(indexOf(tail, PDF_EOF, 0, tail.length) >= 0 ? "pdf" : "damaged-pdf");
        }
        if (startsWith(h, 0, ZIP_LOCAL) || startsWith(h, 0, ZIP_EMPTY) || startsWith(h, 0, ZIP_SPANNED)) {
            return new Probe(zipKind(ch, length, h));
        }
        if (startsWith(h, 0, OLE2)) return new Probe("ole2");
        if (h.length >= 3 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xD8 && (h[2] & 0xFF) == 0xFF) {
            return new Probe("jpg");
        }
        if (startsWith(h, 0, PNG)) return new Probe("png");
        if (startsWith(h, 0, "GIF87a") || startsWith(h, 0, "GIF89a")) return new Probe("gif");
        if (isBmp(h)) return new Probe("bmp");
        if (startsWith(h, 0, "II*\0") || startsWith(h, 0, "MM\0*") || startsWith(h, 0, "II+\0")
                || startsWith(h, 0, "MM\0+")) {
            return new Probe("tiff");
        }
        if (startsWith(h, 0, "RIFF") && h.length >= 12) {
            if (startsWith(h, 8, "WEBP")) return new Probe("webp");
            if (startsWith(h, 8, "AVI ")) return new Probe("avi");
            if (startsWith(h, 8, "WAVE")) return new Probe("wav");
        }
        if (h.length >= 12 && startsWith(h, 4, "ftyp") && boxSize(h, length) >= 8) {
            String brand = new String(h, 8, 4, StandardCharsets.ISO_8859_1);
            if (HEIF_BRANDS.contains(brand)) return new Probe("heic", true);
            if (AVIF_BRANDS.contains(brand)) return new Probe("avif", true);
            return new Probe(brand.equals("qt  ") ? "mov" : "mp4", true);
        }
        if (h.length >= 8 && MOV_ATOMS.contains(new String(h, 4, 4, StandardCharsets.ISO_8859_1))
                && boxSize(h, length) >= 0) {
            return new Probe("mov");
        }
        if (startsWith(h, 0, ASF)) return new Probe("wmv");
        if (startsWith(h, 0, "FLV\1")) return new Probe("flv");
        if (startsWith(h, 0, EBML)) return new Probe("mkv");
        if (startsWith(h, 0, RAR)) return new Probe("rar");
        if (startsWith(h, 0, SEVEN_Z)) return new Probe("7z");
        if (h.length >= 2 && (h[0] & 0xFF) == 0x1F && (h[1] & 0xFF) == 0x8B) return new Probe("gz");
        if (startsWith(h, 0, "{\\rtf")) return new Probe("rtf");
        boolean text = isText(h, h.length < length);
        if (text) return new Probe(looksLikeHtml(h) ? "html" : "text");
        return new Probe(startsWith(h, 0, "MZ") ? "exe" : "unknown");
    }

    // ---- zip: End Of Central Directory, then the central directory's file names ----

    /** docx, xlsx, pptx or ofd when the central directory holds their parts; zip; or damaged-zip. */
    private static String zipKind(FileChannel ch, long length, byte[] head) throws IOException {
        byte[] tail = tail(ch, length, head, ZIP_TAIL);
        int eocd = findEocd(tail);
        if (eocd < 0 && tail.length < length) {
            tail = tail(ch, length, head, EOCD_SIZE + MAX_ZIP_COMMENT);
            eocd = findEocd(tail);
        }
        if (eocd < 0) return "damaged-zip";
        long tailStart = length - tail.length;
        long eocdPos = tailStart + eocd;
        long entries = u16(tail, eocd + 10);
        long cdSize = u32(tail, eocd + 12);
        long cdOffset = u32(tail, eocd + 16);
        if (entries == 0xFFFF || cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL) {
            long[] z64 = zip64(ch, eocdPos);
            if (z64 == null) return "damaged-zip";
            entries = z64[0];
            cdSize = z64[1];
            cdOffset = z64[2];
            eocdPos = z64[3];
        }
        if (entries == 0 && cdSize == 0) return "zip";
        if (cdSize < 46 || cdSize > eocdPos) return "damaged-zip";
        // The directory is usually small and right before the EOCD: then it is already in the tail bytes.
        Window w = new Window(ch, tail, tailStart);
        if (cdOffset + cdSize > eocdPos || !w.hasSignature(cdOffset, eocdPos, CENTRAL_HEADER)) {
            // Data before the archive (or a writer that got the offset wrong): the directory ends at the EOCD.
            long shifted = eocdPos - cdSize;
            if (!w.hasSignature(shifted, eocdPos, CENTRAL_HEADER)) return "damaged-zip";
            cdOffset = shifted;
        }
        return walkCentralDirectory(w, cdOffset, cdOffset + cdSize);
    }

    private static int findEocd(byte[] tail) {
        for (int i = tail.length - EOCD_SIZE; i >= 0; i--) {
            if (tail[i] == 'P' && tail[i + 1] == 'K' && tail[i + 2] == 5 && tail[i + 3] == 6) {
                int comment = u16(tail, i + 20);
                if (i + EOCD_SIZE + comment <= tail.length) return i;
            }
        }
        return -1;
    }

    /** {entries, cdSize, cdOffset, position of the zip64 EOCD record}, or null when absent or broken. */
    private static long[] zip64(FileChannel ch, long eocdPos) throws IOException {
        if (eocdPos < 20) return null;
        byte[] locator = readAt(ch, eocdPos - 20, 20);
        if (locator.length < 20 || u32(locator, 0) != 0x07064b50L) return null;
        long recordPos = u64(locator, 8);
        if (recordPos < 0 || recordPos + 56 > eocdPos - 20) return null;
        byte[] record = readAt(ch, recordPos, 56);
        if (record.length < 56 || u32(record, 0) != 0x06064b50L) return null;
        long entries = u64(record, 32);
        long cdSize = u64(record, 40);
        long cdOffset = u64(record, 48);
        if (entries < 0 || cdSize < 0 || cdOffset < 0) return null;
        return new long[]{entries, cdSize, cdOffset, recordPos};
    }

    /**
     * Walks the central directory's fixed-size records and looks at each file name; stops as soon as
     * the parts that decide are seen. Walks by the directory's size, not its 16-bit entry count.
     */
    private static String walkCentralDirectory(Window w, long pos, long end) throws IOException {
        boolean contentTypes = false;
        boolean word = false;
        boolean xl = false;
        boolean ppt = false;
        boolean ofd = false;
        for (int n = 0; pos < end && n < MAX_CD_ENTRIES; n++) {
            int off = w.ensure(pos, 46, end);
            if (off < 0 || u32(w.data, off) != CENTRAL_HEADER) return "damaged-zip";
            int nameLen = u16(w.data, off + 28);
            long recordLen = 46L + nameLen + u16(w.data, off + 30) + u16(w.data, off + 32);
            if (pos + recordLen > end) return "damaged-zip";
            off = w.ensure(pos, 46 + nameLen, end);
            if (off < 0) return "damaged-zip";
            byte[] a = w.data;
            int name = off + 46;
            if (nameLen == CONTENT_TYPES.length && regionEquals(a, name, CONTENT_TYPES)) contentTypes = true;
            else if (nameLen == OFD_XML.length && regionEquals(a, name, OFD_XML)) ofd = true;
            else if (nameLen > WORD.length && regionEquals(a, name, WORD)) word = true;
            else if (nameLen > XL.length && regionEquals(a, name, XL)) xl = true;
            else if (nameLen > PPT.length && regionEquals(a, name, PPT)) ppt = true;
            if (ofd || (contentTypes && (word || xl || ppt))) break;
            pos += recordLen;
        }
        if (ofd) return "ofd";
        if (contentTypes && word) return "docx";
        if (contentTypes && xl) return "xlsx";
        if (contentTypes && ppt) return "pptx";
        return "zip";
    }

    /** A window of file bytes for the directory walk: positional reads of up to 64 KiB at a time. */
    private static final class Window {
        private final FileChannel ch;
        byte[] data;
        private long start;
        private int len;

        Window(FileChannel ch, byte[] initial, long initialStart) {
            this.ch = ch;
            this.data = initial;
            this.start = initialStart;
            this.len = initial.length;
        }

        /** The offset in {@link #data} of [pos, pos + need), reading when needed; -1 past {@code end}. */
        int ensure(long pos, int need, long end) throws IOException {
            if (pos < 0 || pos + need > end) return -1;
            if (pos >= start && pos + need <= start + len) return (int) (pos - start);
            int size = (int) Math.min(Math.max(need, CD_CHUNK), end - pos);
            if (data.length < size || data.length > 4 * CD_CHUNK) data = new byte[Math.max(size, CD_CHUNK)];
            ByteBuffer buf = ByteBuffer.wrap(data, 0, size);
            while (buf.hasRemaining()) {
                if (ch.read(buf, pos + buf.position()) < 0) break;
            }
            start = pos;
            len = buf.position();
            return len >= need ? 0 : -1;
        }

        boolean hasSignature(long pos, long end, long signature) throws IOException {
            int off = ensure(pos, 4, end);
            return off >= 0 && u32(data, off) == signature;
        }
    }

    // ---- small type checks ----

    /**
     * The big-endian size of the ISO base media box at offset 0 when it is plausible (0 = to the end of
     * the file, 1 = a 64-bit size follows, else 8..file length); -1 otherwise, e.g. for text that
     * happens to have "free" at offset 4.
     */
    private static long boxSize(byte[] h, long length) {
        long size = (long) (h[0] & 0xFF) << 24 | (h[1] & 0xFF) << 16 | (h[2] & 0xFF) << 8 | (h[3] & 0xFF);
        if (size == 0 || size == 1) return size == 0 ? length : 16;
        return size >= 8 && size <= length ? size : -1;
    }

    private static boolean isBmp(byte[] h) {
        if (h.length < 18 || !startsWith(h, 0, "BM")) return false;
        long dib = u32(h, 14);
        return dib == 12 || dib == 16 || dib == 40 || dib == 52 || dib == 56 || dib == 64 || dib == 108
                || dib == 124;
    }

    /**
     * Text as offices save it: UTF-16 with a BOM, or UTF-8 / GB18030 with no NUL and no control
     * characters other than tab, line breaks, form feed, ESC and the DOS end-of-file mark.
     * {@code more}: the header is a window on a longer file, so a character cut at its end is fine.
     */
    static boolean isText(byte[] h, boolean more) {
        if (startsWith(h, 0, new byte[]{(byte) 0xFF, (byte) 0xFE})
                || startsWith(h, 0, new byte[]{(byte) 0xFE, (byte) 0xFF})) {
            return true;
        }
        int from = startsWith(h, 0, new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        for (int i = from; i < h.length; i++) {
            int b = h[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0B && b != 0x0C && b != 0x1A && b != 0x1B) {
                return false;
            }
            if (b == 0x7F) return false;
        }
        return decodes(StandardCharsets.UTF_8.newDecoder(), h, from, more)
                || (from == 0 && decodes(TextFiles.GB18030.newDecoder(), h, 0, more));
    }

    private static boolean decodes(CharsetDecoder decoder, byte[] h, int from, boolean more) {
        decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(h, from, h.length - from);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, !more);
            if (r.isError()) return false;
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            break;
        }
        if (!more) {
            out.clear();
            return !decoder.flush(out).isError();
        }
        return true;
    }

    private static boolean looksLikeHtml(byte[] h) {
        int i = 0;
        if (startsWith(h, 0, new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) i = 3;
        while (i < h.length && (h[i] == ' ' || h[i] == '\t' || h[i] == '\r' || h[i] == '\n')) i++;
        String start = new String(h, i, Math.min(h.length - i, 15), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    // ---- byte helpers ----

    /** The last {@code n} bytes of the file, taken from the header when the whole file is in it. */
    private static byte[] tail(FileChannel ch, long length, byte[] head, int n) throws IOException {
        int len = (int) Math.min(length, n);
        if (head.length == length) {
            byte[] t = new byte[len];
            System.arraycopy(head, head.length - len, t, 0, len);
            return t;
        }
        return readAt(ch, length - len, len);
    }

    /** Up to {@code len} bytes at {@code pos}; fewer when the file ends first. */
    static byte[] readAt(FileChannel ch, long pos, int len) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(len);
        while (buf.hasRemaining()) {
            if (ch.read(buf, pos + buf.position()) < 0) break;
        }
        if (buf.position() == len) return buf.array();
        byte[] shorter = new byte[buf.position()];
        System.arraycopy(buf.array(), 0, shorter, 0, shorter.length);
        return shorter;
    }

    static int indexOf(byte[] a, byte[] needle, int from, int to) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (a[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }

    private static boolean startsWith(byte[] a, int at, String prefix) {
        return startsWith(a, at, ascii(prefix));
    }

    private static boolean startsWith(byte[] a, int at, byte[] prefix) {
        return a.length >= at + prefix.length && regionEquals(a, at, prefix);
    }

    private static boolean regionEquals(byte[] a, int at, byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (a[at + i] != b[i]) return false;
        }
        return true;
    }

    private static int u16(byte[] a, int at) {
        return (a[at] & 0xFF) | (a[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] a, int at) {
        return (u16(a, at) | (long) u16(a, at + 2) << 16) & 0xFFFFFFFFL;
    }

    private static long u64(byte[] a, int at) {
        return u32(a, at) | u32(a, at + 4) << 32;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] hex(String s) {
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        return b;
    }
}
