package dossier.read;

import java.io.IOException;
import java.io.InputStream;
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

    private static final Pattern CREATED = Pattern.compile(
            "<(?:[A-Za-z_][\\w.-]*:)?created\\b[^>]*>\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MODIFIED = Pattern.compile(
            "<(?:[A-Za-z_][\\w.-]*:)?modified\\b[^>]*>\\s*(\\d{4})-(\\d{2})-(\\d{2})");

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
        return first(CREATED.matcher(xml)).or(() -> first(MODIFIED.matcher(xml)));
    }

    private static Optional<LocalDate> first(Matcher m) {
        while (m.find()) {
            Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) return d;
        }
        return Optional.empty();
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
            if (length <= 2L * PDF_WINDOW) {
                return pdfDate(latin1(FileSignatures.readAt(ch, 0, (int) length)), "");
            }
            // The Info dictionary of the last update is near the end; a linearized file keeps it at the
            // start. The start is read only when the end has no /CreationDate.
            String t = latin1(FileSignatures.readAt(ch, length - PDF_WINDOW, PDF_WINDOW));
            Optional<LocalDate> created = infoDate(t, "/CreationDate");
            if (created.isPresent()) return created;
            return pdfDate(t, latin1(FileSignatures.readAt(ch, 0, PDF_WINDOW)));
        }
    }

    /** Latin-1 keeps one char per byte, so offsets and binary stream data stay harmless. */
    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static Optional<LocalDate> pdfDate(String t, String h) {
        return infoDate(t, "/CreationDate").or(() -> infoDate(h, "/CreationDate"))
                .or(() -> xmpDate(t, "CreateDate")).or(() -> xmpDate(h, "CreateDate"))
                .or(() -> infoDate(t, "/ModDate")).or(() -> infoDate(h, "/ModDate"))
                .or(() -> xmpDate(t, "ModifyDate")).or(() -> xmpDate(h, "ModifyDate"));
    }

    /** The last plausible {@code /Key (D:YYYY…)} or {@code /Key <hex>} in the window. */
    private static Optional<LocalDate> infoDate(String s, String key) {
        Optional<LocalDate> found = Optional.empty();
        int i = s.indexOf(key);
        while (i >= 0) {
            int j = i + key.length();
            if (j < s.length() && !isDelimiter(s.charAt(j)) && !Character.isWhitespace(s.charAt(j))) {
                i = s.indexOf(key, j); // e.g. /ModDateX
                continue;
            }
            while (j < s.length() && Character.isWhitespace(s.charAt(j))) j++;
            String value = null;
            if (j < s.length() && s.charAt(j) == '(') value = literal(s, j + 1);
            else if (j < s.length() && s.charAt(j) == '<') value = hexString(s, j + 1);
            if (value != null) {
                Optional<LocalDate> d = pdfDate(value);
                if (d.isPresent()) found = d;
            }
            i = s.indexOf(key, j);
        }
        return found;
    }

    private static boolean isDelimiter(char c) {
        return c == '(' || c == '<' || c == '/' || c == '[' || c == ']' || c == '>';
    }

    /** A literal string's text, up to 64 chars; UTF-16BE (with its BOM) is flattened to its ASCII. */
    private static String literal(String s, int from) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < s.length() && b.length() < 128; k++) {
            char c = s.charAt(k);
            if (c == ')') break;
            if (c == '\\' && k + 1 < s.length()) {
                c = s.charAt(++k);
                if (c >= '0' && c <= '7') { // octal escape, e.g. \000 in UTF-16 text
                    int v = 0;
                    int n = 0;
                    while (n < 3 && k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '7') {
                        v = v * 8 + (s.charAt(k++) - '0');
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

    private static String hexString(String s, int from) {
        StringBuilder digits = new StringBuilder();
        for (int k = from; k < s.length() && digits.length() < 256; k++) {
            char c = s.charAt(k);
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

    private static final Pattern XMP_VALUE = Pattern.compile(
            "\\s*(?:>|=\\s*[\"'])\\s*(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** The last {@code <xmp:CreateDate>2019-03-15T…} or {@code xmp:CreateDate="2019-03-15T…"}, any prefix. */
    private static Optional<LocalDate> xmpDate(String s, String name) {
        String key = ":" + name;
        Optional<LocalDate> found = Optional.empty();
        Matcher m = XMP_VALUE.matcher(s);
        for (int i = s.indexOf(key); i >= 0; i = s.indexOf(key, i + key.length())) {
            if (i == 0 || !isNameChar(s.charAt(i - 1))) continue;
            m.region(i + key.length(), s.length());
            if (!m.lookingAt()) continue;
            Optional<LocalDate> d = date(m.group(1), m.group(2) == null ? "01" : m.group(2),
                    m.group(3) == null ? "01" : m.group(3));
            if (d.isPresent()) found = d;
        }
        return found;
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.');
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
