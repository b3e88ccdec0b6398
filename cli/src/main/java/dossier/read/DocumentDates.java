package dossier.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A document's own date, for the freshness rules (SPEC §5): the creation date an office suite or a
 * pdf writer recorded, and a year a person wrote in the file name.
 * <p>
 * Only years 1990–2099 count: a default such as 1601-01-01 or the zip epoch 1980-01-01 is no date
 * at all, so the next candidate is tried.
 */
public final class DocumentDates {
    static final int PDF_WINDOW = 64 * 1024;
    private static final int MAX_CORE_XML = 1024 * 1024;
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2099;
    private static final Set<String> OOXML = Set.of("docx", "xlsx", "pptx", "docm", "xlsm", "pptm", "dotx", "xltx",
            "potx");
    /** WPS saves OOXML under its own extensions too; those are read when the content is a zip. */
    private static final Set<String> WPS = Set.of("wps", "et", "dps");

    private DocumentDates() {
    }

    /**
     * docx/xlsx/pptx (and wps/et/dps holding OOXML): {@code dcterms:created}, else {@code dcterms:modified},
     * from {@code docProps/core.xml}, read as that single zip entry. pdf: {@code /CreationDate}, else XMP
     * {@code xmp:CreateDate}, else {@code /ModDate}, else XMP {@code xmp:ModifyDate}, found in the first
     * and last 64 KiB. The date part as written; the time and zone are ignored. Empty for other types,
     * for a damaged zip and when nothing plausible is recorded. A file that cannot be opened throws.
     */
    public static Optional<LocalDate> of(Path file, String extension) throws IOException {
        String ext = extension == null ? "" : extension.toLowerCase(Locale.ROOT);
        if (OOXML.contains(ext)) return ooxml(file);
        if (WPS.contains(ext)) return isZip(file) ? ooxml(file) : Optional.empty();
        if (ext.equals("pdf")) return pdf(file);
        return Optional.empty();
    }

    // ---- OOXML core properties ----

    private static Optional<LocalDate> ooxml(Path file) throws IOException {
        FileSignatures.requireRegularFile(file);
        String xml;
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry entry = zip.getEntry("docProps/core.xml");
            if (entry == null) return Optional.empty();
            try (InputStream in = zip.getInputStream(entry)) {
                xml = new String(in.readNBytes(MAX_CORE_XML), StandardCharsets.UTF_8);
            }
        } catch (ZipException e) {
            return Optional.empty(); // damaged: FileSignatures reports it
        }
        return coreDate(xml, "created").or(() -> coreDate(xml, "modified"));
    }

    /**
     * The first plausible {@code <created …>YYYY-MM-DD} (any namespace prefix) in core.xml. A hand-written
     * scan rather than a regular expression: every element start shares the next {@code >} with the
     * ones before it, so a crafted file ("&lt;created " a million times) is read in one pass, not
     * one pass per element.
     */
    static Optional<LocalDate> coreDate(String xml, String element) {
        int n = xml.length();
        int closing = -1;   // the next '>' at or after the last element name, once looked up
        for (int lt = xml.indexOf('<'); lt >= 0; lt = xml.indexOf('<', lt + 1)) {
            int nameEnd = elementNameEnd(xml, lt + 1, element);
            if (nameEnd < 0) continue;
            if (closing < nameEnd) {
                closing = xml.indexOf('>', nameEnd);
                if (closing < 0) return Optional.empty();
            }
            int k = closing + 1;
            while (k < n && isRegexSpace(xml.charAt(k))) k++;
            if (k + 10 <= n && digits(xml, k, 4) && xml.charAt(k + 4) == '-' && digits(xml, k + 5, 2)
                    && xml.charAt(k + 7) == '-' && digits(xml, k + 8, 2)) {
                Optional<LocalDate> d = date(xml.substring(k, k + 4), xml.substring(k + 5, k + 7),
                        xml.substring(k + 8, k + 10));
                if (d.isPresent()) return d;
            }
        }
        return Optional.empty();
    }

    /** After {@code <}: the end of {@code element} or {@code prefix:element} ending a word, else -1. */
    private static int elementNameEnd(String s, int from, String element) {
        if (s.startsWith(element, from) && endsWord(s, from + element.length())) return from + element.length();
        if (from >= s.length() || !isPrefixStart(s.charAt(from))) return -1;
        int k = from + 1;
        while (k < s.length() && isPrefixChar(s.charAt(k))) k++;
        if (k >= s.length() || s.charAt(k) != ':') return -1;
        int end = k + 1 + element.length();
        return s.startsWith(element, k + 1) && endsWord(s, end) ? end : -1;
    }

    private static boolean endsWord(String s, int at) {
        return at >= s.length() || !(Character.isLetterOrDigit(s.charAt(at)) || s.charAt(at) == '_');
    }

    private static boolean isPrefixStart(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    }

    private static boolean isPrefixChar(char c) {
        return isPrefixStart(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }

    private static boolean digits(CharSequence s, int from, int count) {
        for (int k = from; k < from + count; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    /** What {@code \s} matches in a Java regular expression. */
    private static boolean isRegexSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isZip(Path file) throws IOException {
        FileSignatures.requireRegularFile(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            byte[] h = FileSignatures.readAt(ch, 0, 4);
            return h.length == 4 && h[0] == 'P' && h[1] == 'K' && h[2] == 3 && h[3] == 4;
        }
    }

    // ---- pdf ----

    private static Optional<LocalDate> pdf(Path file) throws IOException {
        FileSignatures.requireRegularFile(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long length = ch.size();
            ByteBuffer buffer = WINDOW.get().clear();
            if (length <= 2L * PDF_WINDOW) {
                return PdfWindow.scan(read(ch, 0, (int) length, buffer)).first(PdfWindow.NONE);
            }
            // The Info dictionary of the last update is near the end; a linearized file keeps it at the
            // start. The start is read only when the end has no /CreationDate.
            PdfWindow tail = PdfWindow.scan(read(ch, length - PDF_WINDOW, PDF_WINDOW, buffer));
            if (tail.created != null) return Optional.of(tail.created);
            return tail.first(PdfWindow.scan(read(ch, 0, PDF_WINDOW, buffer)));
        }
    }

    /**
     * One buffer per thread for the windows: most pdfs hold no date, so both ends of every one are
     * read, and a fresh 64 KiB array each time would cost more than the scan (a direct buffer is read
     * into without the copy a heap buffer needs; the scan reads its bytes out in bulk).
     */
    private static final ThreadLocal<ByteBuffer> WINDOW = ThreadLocal.withInitial(
            () -> ByteBuffer.allocateDirect(2 * PDF_WINDOW));
    private static final ThreadLocal<byte[]> BYTES = ThreadLocal.withInitial(() -> new byte[2 * PDF_WINDOW]);

    /** {@code length} bytes from {@code position} (fewer at the end of the file), as a view of this thread's array. */
    private static Window read(FileChannel ch, long position, int length, ByteBuffer buffer) throws IOException {
        buffer.clear().limit(length);
        while (buffer.hasRemaining()) {
            if (ch.read(buffer, position + buffer.position()) < 0) break;
        }
        buffer.flip();
        byte[] bytes = BYTES.get();
        int n = buffer.remaining();
        buffer.get(bytes, 0, n);
        return new Window(bytes, n);
    }

    /** The first {@code length} bytes of {@code bytes}. */
    private record Window(byte[] bytes, int length) {
    }

    /** Scans a pdf window (bytes read as Latin-1) for its dates; package-private for the fuzz and speed tests. */
    static Optional<LocalDate> pdfDate(byte[] window) {
        return PdfWindow.scan(new Window(window, window.length)).first(PdfWindow.NONE);
    }

    /**
     * The last plausible date of each kind in one window of a pdf: {@code /CreationDate}, XMP
     * {@code xmp:CreateDate}, {@code /ModDate}, XMP {@code xmp:ModifyDate}.
     * <p>
     * Most pdfs record no date at all, so the whole window is searched in every one of them: in one
     * pass, for the word all four keys share ("Date"), skipping ahead four bytes at a time where the
     * byte cannot be part of it (Horspool). That keeps the scan cheap under the quick compiler too.
     */
    private static final class PdfWindow {
        static final PdfWindow NONE = new PdfWindow();
        LocalDate created;
        LocalDate xmpCreated;
        LocalDate modified;
        LocalDate xmpModified;

        /** Tried in order: this window's then the other's, per kind. */
        Optional<LocalDate> first(PdfWindow other) {
            for (LocalDate d : new LocalDate[]{created, other.created, xmpCreated, other.xmpCreated, modified,
                    other.modified, xmpModified, other.xmpModified}) {
                if (d != null) return Optional.of(d);
            }
            return Optional.empty();
        }

        static PdfWindow scan(Window window) {
            PdfWindow w = new PdfWindow();
            byte[] b = window.bytes();
            int n = window.length();
            int i = 3;   // the index of the 'e' of a candidate "Date"
            while (i < n) {
                byte c = b[i];
                if (c == 'e') {
                    if (b[i - 1] == 't' && b[i - 2] == 'a' && b[i - 3] == 'D') w.key(b, n, i - 3);
                    i += 4;
                } else if (c == 't') {
                    i += 1;
                } else if (c == 'a') {
                    i += 2;
                } else if (c == 'D') {
                    i += 3;
                } else {
                    i += 4;
                }
            }
            return w;
        }

        /** "Date" at {@code at}: which key it ends, if any, and that key's value. */
        private void key(byte[] b, int n, int at) {
            int after = at + 4;
            if (endsWith(b, at, "/Creation")) {
                created = later(created, infoValue(b, n, after));
            } else if (endsWith(b, at, "/Mod")) {
                modified = later(modified, infoValue(b, n, after));
            } else if (endsWith(b, at, ":Create") && isNameChar(b, at - 8)) {
                xmpCreated = later(xmpCreated, xmpValue(b, n, after));
            } else if (endsWith(b, at, ":Modify") && isNameChar(b, at - 8)) {
                xmpModified = later(xmpModified, xmpValue(b, n, after));
            }
        }

        /** The date written later in the window wins: the last update's Info dictionary comes last. */
        private static LocalDate later(LocalDate before, LocalDate found) {
            return found != null ? found : before;
        }
    }

    private static boolean endsWith(byte[] b, int end, String s) {
        int from = end - s.length();
        if (from < 0) return false;
        for (int k = 0; k < s.length(); k++) {
            if (b[from + k] != s.charAt(k)) return false;
        }
        return true;
    }

    private static boolean isNameChar(byte[] b, int at) {
        if (at < 0) return false;
        char c = (char) (b[at] & 0xFF);
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.');
    }

    private static char at(byte[] b, int k) {
        return (char) (b[k] & 0xFF);
    }

    /** {@code /Key (D:YYYY…)} or {@code /Key <hex>}; null when the key is longer (/ModDateX) or has no date. */
    private static LocalDate infoValue(byte[] b, int n, int j) {
        if (j < n && !isDelimiter(at(b, j)) && !Character.isWhitespace(at(b, j))) return null;
        while (j < n && Character.isWhitespace(at(b, j))) j++;
        String value = null;
        if (j < n && b[j] == '(') value = literal(b, n, j + 1);
        else if (j < n && b[j] == '<') value = hexString(b, n, j + 1);
        return value == null ? null : pdfDate(value).orElse(null);
    }

    private static boolean isDelimiter(char c) {
        return c == '(' || c == '<' || c == '/' || c == '[' || c == ']' || c == '>';
    }

    /** A literal string's text, up to 64 chars; UTF-16BE (with its BOM) is flattened to its ASCII. */
    private static String literal(byte[] s, int end, int from) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < end && b.length() < 128; k++) {
            char c = at(s, k);
            if (c == ')') break;
            if (c == '\\' && k + 1 < end) {
                c = at(s, ++k);
                if (c >= '0' && c <= '7') { // octal escape, e.g. \000 in UTF-16 text
                    int v = 0;
                    int n = 0;
                    while (n < 3 && k < end && at(s, k) >= '0' && at(s, k) <= '7') {
                        v = v * 8 + (at(s, k++) - '0');
                        n++;
                    }
                    k--;
                    c = (char) (v & 0xFF);
                }
            }
            b.append(c);
        }
        return flatten(b.toString());
    }

    private static String hexString(byte[] s, int end, int from) {
        StringBuilder digits = new StringBuilder();
        for (int k = from; k < end && digits.length() < 256; k++) {
            char c = at(s, k);
            if (c == '>') break;
            if (Character.digit(c, 16) >= 0) digits.append(c);
            else if (!Character.isWhitespace(c)) return null;
        }
        if (digits.length() % 2 == 1) digits.append('0');
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < digits.length(); k += 2) {
            b.append((char) Integer.parseInt(digits.substring(k, k + 2), 16));
        }
        return flatten(b.toString());
    }

    /** Drops a UTF-16BE BOM and the zero high bytes of ASCII characters. */
    private static String flatten(String v) {
        if (v.length() >= 2 && v.charAt(0) == 0xFE && v.charAt(1) == 0xFF) {
            StringBuilder b = new StringBuilder();
            for (int k = 2; k + 1 < v.length(); k += 2) b.append((char) (v.charAt(k) << 8 | v.charAt(k + 1)));
            return b.toString();
        }
        return v;
    }

    private static final Pattern PDF_DATE = Pattern.compile("^\\s*(?:D:)?(\\d{4})(\\d{2})?(\\d{2})?");

    private static Optional<LocalDate> pdfDate(String value) {
        Matcher m = PDF_DATE.matcher(value);
        if (!m.find()) return Optional.empty();
        return date(m.group(1), m.group(2) == null ? "01" : m.group(2), m.group(3) == null ? "01" : m.group(3));
    }

    /** {@code >2019-03-15T…} or {@code ="2019-03-15T…"} after an XMP key; the month and day may be left out. */
    private static LocalDate xmpValue(byte[] b, int n, int k) {
        while (k < n && isRegexSpace(b[k])) k++;
        if (k < n && b[k] == '>') {
            k++;
        } else if (k < n && b[k] == '=') {
            k++;
            while (k < n && isRegexSpace(b[k])) k++;
            if (k >= n || (b[k] != '"' && b[k] != '\'')) return null;
            k++;
        } else {
            return null;
        }
        while (k < n && isRegexSpace(b[k])) k++;
        if (k + 4 > n || !digits(b, k, 4)) return null;
        String year = latin1(b, k, 4);
        String month = "01";
        String day = "01";
        if (k + 7 <= n && b[k + 4] == '-' && digits(b, k + 5, 2)) {
            month = latin1(b, k + 5, 2);
            if (k + 10 <= n && b[k + 7] == '-' && digits(b, k + 8, 2)) day = latin1(b, k + 8, 2);
        }
        return date(year, month, day).orElse(null);
    }

    private static boolean digits(byte[] b, int from, int count) {
        if (from + count > b.length) return false;
        for (int k = from; k < from + count; k++) {
            if (b[k] < '0' || b[k] > '9') return false;
        }
        return true;
    }

    private static String latin1(byte[] b, int from, int length) {
        return new String(b, from, length, StandardCharsets.ISO_8859_1);
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < MIN_YEAR || year > MAX_YEAR) return Optional.empty();
            return Optional.of(LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    // ---- a year in the file name ----

    private static final String YEAR = "((?:19|20)\\d{2})";
    /** 2018年, 2021 年度 */
    private static final Pattern YEAR_NIAN = Pattern.compile("(?<!\\d)" + YEAR + "\\s*年");
    /** （2019）, 〔2021〕, [2021], 【2021】 */
    private static final Pattern YEAR_BRACKETED = Pattern.compile("[（(〔\\[【［〖]\\s*" + YEAR + "\\s*[）)〕\\]】］〗]");
    /** 2020-03-15, 2020.3.15, 2020_03 */
    private static final Pattern YEAR_DATED = Pattern.compile(
            "(?<![\\d.])" + YEAR + "([-._])(\\d{1,2})(?:\\2(\\d{1,2}))?(?![\\d])");
    /** 20210812 — only as a whole run of eight digits that is a real date. */
    private static final Pattern YEAR_COMPACT = Pattern.compile("(?<!\\d)" + YEAR + "(\\d{2})(\\d{2})(?!\\d)");
    /** 二〇一八年 */
    private static final Pattern YEAR_HANZI = Pattern.compile("([〇○零一二三四五六七八九]{4})\\s*年");

    /**
     * A year a person wrote in a file name (1990–2099): "2018年", "2021年度", "（2019）", "源政〔2021〕3号",
     * "2020-03-15", "20210812", "二〇一八年". Not from other digit runs ("第3号", "IMG_20211345", a phone
     * number, "1.5"). When a name holds several, the first one written.
     */
    public static Optional<Integer> yearInName(String fileName) {
        if (fileName == null || fileName.isEmpty()) return Optional.empty();
        String s = asciiDigits(fileName);
        if (!hasFourDigitRun(s)) return Optional.empty();   // most names hold no year: skip the patterns
        int bestAt = Integer.MAX_VALUE;
        int best = 0;
        for (Pattern p : new Pattern[]{YEAR_NIAN, YEAR_BRACKETED, YEAR_DATED, YEAR_COMPACT, YEAR_HANZI}) {
            Matcher m = p.matcher(s);
            while (m.find() && m.start() < bestAt) {
                int year = p == YEAR_HANZI ? hanziYear(m.group(1)) : Integer.parseInt(m.group(1));
                if (year < MIN_YEAR || year > MAX_YEAR) continue;
                if (p == YEAR_DATED) {
                    int month = Integer.parseInt(m.group(3));
                    if (month < 1 || month > 12) continue;
                    if (m.group(4) != null && date(m.group(1), m.group(3), m.group(4)).isEmpty()) continue;
                }
                if (p == YEAR_COMPACT && date(m.group(1), m.group(2), m.group(3)).isEmpty()) continue;
                bestAt = m.start();
                best = year;
                break;
            }
        }
        return bestAt == Integer.MAX_VALUE ? Optional.empty() : Optional.of(best);
    }

    /** Every pattern needs four digits in a row (2018, 二〇一八); a name without them has no year. */
    private static boolean hasFourDigitRun(String s) {
        int ascii = 0;
        int hanzi = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            ascii = c >= '0' && c <= '9' ? ascii + 1 : 0;
            hanzi = "〇○零一二三四五六七八九".indexOf(c) >= 0 ? hanzi + 1 : 0;
            if (ascii >= 4 || hanzi >= 4) return true;
        }
        return false;
    }

    private static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return b.toString();
    }

    private static int hanziYear(String digits) {
        int year = 0;
        for (int i = 0; i < digits.length(); i++) {
            year = year * 10 + "〇一二三四五六七八九".indexOf(switch (digits.charAt(i)) {
                case '○', '零' -> '〇';
                default -> digits.charAt(i);
            });
        }
        return year;
    }
}
