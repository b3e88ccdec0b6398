package dossier.read;

import dossier.model.Location;
import dossier.shared.InputException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Opens a spreadsheet by what it contains, not what its name says (WPS saves .xls content under
 * an .xlsx name; some systems export CSV as .xls): OOXML zip, OLE2 (xls, et, or an encrypted
 * workbook), or text (CSV, tab- or semicolon-separated, any encoding {@link TextFiles} knows).
 */
public final class TableReader {
    private TableReader() {
    }

    public static List<Table> read(Path file, String displayName) {
        byte[] head = head(file, displayName);
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            return workbook(file, displayName, startsWith(head, 0x50, 0x4B, 0x03, 0x04));
        }
        if (startsWith(head, 0x3C) || new String(head, java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT).contains("<html")) {
            throw new InputException(Location.file(displayName), "input.htmlSheet");
        }
        String ext = FileNames.extension(file.getFileName().toString());
        if (Set.of("xlsx", "xlsm", "xls", "et").contains(ext) && !looksLikeText(head)) {
            throw new InputException(Location.file(displayName), "input.notWorkbook", ext);
        }
        return List.of(csv(file, displayName));
    }

    /** Some systems export CSV under an .xls name; anything with NUL or control bytes is not such text. */
    private static boolean looksLikeText(byte[] head) {
        if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) return true;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0C)) return false;
        }
        return true;
    }

    private static byte[] head(Path file, String displayName) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(512);
        } catch (IOException e) {
            throw new InputException(Location.file(displayName), "input.unreadable", reason(e));
        }
    }

    /**
     * The worksheets of an xlsx or xls workbook, hidden ones last (an old copy, a lookup list: a
     * recognised header is looked for where the user sees it first; --sheet still finds them by name).
     * Their rows are streamed when asked for, so a sheet's size costs time, not memory.
     */
    private static List<Table> workbook(Path file, String displayName, boolean zip) {
        if (zip) requireOfficeCompression(file, displayName);
        List<Table> sheets;
        try {
            sheets = zip ? XlsxSheets.read(file, displayName) : XlsSheets.read(file, displayName);
        } catch (InputException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new InputException(Location.file(displayName), "input.encrypted");
        } catch (Exception e) {
            if (isEncrypted(e)) throw new InputException(Location.file(displayName), "input.encrypted");
            throw new InputException(Location.file(displayName), "input.badWorkbook", reason(e));
        } catch (LinkageError e) {
            // A part in a compression the pre-check could not see (its central directory is damaged, so
            // the parts were found by their local headers) reaches a codec this jar does not carry.
            throw new InputException(Location.file(displayName), "input.badWorkbook", String.valueOf(e.getMessage()));
        }
        List<Table> tables = new ArrayList<>();
        List<Table> hidden = new ArrayList<>();
        for (Table t : sheets) (t.hidden() ? hidden : tables).add(t);
        tables.addAll(hidden);
        return tables;
    }

    /**
     * Excel and WPS store a workbook's parts deflated or stored; any other method (zstd, xz…) needs a
     * codec dossier does not carry, and the zip library fails with a missing class, not an exception.
     */
    private static void requireOfficeCompression(Path file, String displayName) {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            for (ZipArchiveEntry e : java.util.Collections.list(zip.getEntries())) {
                if (e.getMethod() != ZipArchiveEntry.STORED && e.getMethod() != ZipArchiveEntry.DEFLATED) {
                    throw new InputException(Location.file(displayName), "input.badWorkbook",
                            e.getName() + ": compression method " + e.getMethod());
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException refused) throw refused;
            // not readable as a zip here: the workbook reader says why
        }
    }

    static boolean isEncrypted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) return true;
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("encrypt") || m.contains("password")) return true;
        }
        return false;
    }

    /** Numbers as Excel in a Chinese locale shows them; formula cells by the value last saved with them. */
    static DataFormatter formatter() {
        DataFormatter formatter = new DataFormatter(Locale.CHINA);
        formatter.setUseCachedValuesForFormulaCells(true);
        return formatter;
    }

    /** A numeric cell: a date when its format shows one, else the number as its format shows it. */
    static Table.Cell number(double value, int formatIndex, String format, boolean date1904, DataFormatter formatter) {
        if (((format != null && DateUtil.isADateFormat(formatIndex, format)) || isChineseBuiltinDate(formatIndex, format))
                && DateUtil.isValidExcelDate(value)) {
            var date = DateUtil.getLocalDateTime(value, date1904).toLocalDate();
            return new Table.Cell(date.toString(), date, value, false);
        }
        String shown = formatter.formatRawCellContents(value, formatIndex, format == null ? "General" : format, date1904);
        return new Table.Cell(shown, null, value, false);
    }

    /**
     * Chinese Excel's own date formats (2021年8月10日, 2021年8月, 8月10日) are built-in formats
     * 27–31, 36, 50–54, 57, 58 that a file does not spell out; POI knows them only as "reserved".
     */
    private static boolean isChineseBuiltinDate(int index, String format) {
        boolean cjkDate = (index >= 27 && index <= 31) || index == 36 || (index >= 50 && index <= 54)
                || index == 57 || index == 58;
        if (!cjkDate) return false;
        return format == null || format.startsWith("reserved") || DateUtil.isADateFormat(index, format);
    }

    /**
     * A text table. The text is kept and parsed again each time rows are asked for, never held as
     * records; a quoting error anywhere is found here, before any row is used.
     */
    private static Table csv(Path file, String displayName) {
        String text = TextFiles.read(file, displayName);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false)
                .setTrim(false).get();
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Table table = new Table(dot > 0 ? name.substring(0, dot) : name, false, () -> new CsvRows(text, format, displayName));
        table.forEachRow(Integer.MAX_VALUE, row -> { });
        return table;
    }

    private static final class CsvRows implements Table.Cursor {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final String displayName;
        private int index = -1;

        CsvRows(String text, CSVFormat format, String displayName) {
            this.displayName = displayName;
            try {
                parser = CSVParser.parse(new StringReader(text), format);
                records = parser.iterator();
            } catch (IOException | RuntimeException e) {
                throw bad(e);
            }
        }

        private InputException bad(Exception e) {
            return new InputException(Location.file(displayName), "input.badCsv", reason(e));
        }

        @Override
        public boolean hasNext() {
            try {
                return records.hasNext();
            } catch (RuntimeException e) {
                throw bad(e);
            }
        }

        @Override
        public Table.Row next() {
            CSVRecord record;
            try {
                record = records.next();
            } catch (RuntimeException e) {
                throw bad(e);
            }
            index++;
            List<Table.Cell> cells = new ArrayList<>(record.size());
            for (String v : record) cells.add(Table.Cell.text(v));
            return new Table.Row((int) record.getRecordNumber(), cells);
        }

        @Override
        public int index() {
            return index;
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException e) {
                // a string reader does not fail to close
            }
        }
    }

    /** Comma unless the first lines clearly use tabs or semicolons (Excel in some locales, TSV exports). */
    private static char delimiter(String text) {
        String sample = text.lines().limit(10).reduce("", (a, b) -> a + "\n" + b);
        long commas = sample.chars().filter(c -> c == ',').count();
        long tabs = sample.chars().filter(c -> c == '\t').count();
        long semis = sample.chars().filter(c -> c == ';').count();
        if (tabs > commas && tabs >= semis) return '\t';
        if (semis > commas) return ';';
        return ',';
    }

    static String reason(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
