package dossier.read;

import dossier.model.Location;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Opens a spreadsheet by what it contains, not what its name says (WPS saves .xls content under
 * an .xlsx name; some systems export CSV as .xls): OOXML zip, OLE2 (xls, et, or an encrypted
 * workbook), or text (CSV, tab- or semicolon-separated, any encoding {@link TextFiles} knows).
 */
public final class TableReader {
    private static final int MAX_COLUMNS = 256;

    private TableReader() {
    }

    public static List<Table> read(Path file, String displayName) {
        byte[] head = head(file, displayName);
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            return workbook(file, displayName);
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

    private static List<Table> workbook(Path file, String displayName) {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            DataFormatter formatter = new DataFormatter(Locale.CHINA);
            formatter.setUseCachedValuesForFormulaCells(true);
            // hidden worksheets (an old copy, a lookup list) after the visible ones, so a recognised
            // header is looked for where the user sees it first; --sheet still finds them by name
            List<Table> tables = new ArrayList<>();
            List<Table> hidden = new ArrayList<>();
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                boolean isHidden = wb.isSheetHidden(s) || wb.isSheetVeryHidden(s);
                Table t = sheet(wb.getSheetAt(s), formatter);
                if (isHidden) hidden.add(new Table(t.name(), t.rows(), true));
                else tables.add(t);
            }
            tables.addAll(hidden);
            return tables;
        } catch (EncryptedDocumentException e) {
            throw new InputException(Location.file(displayName), "input.encrypted");
        } catch (IOException | RuntimeException e) {
            if (isEncrypted(e)) throw new InputException(Location.file(displayName), "input.encrypted");
            throw new InputException(Location.file(displayName), "input.badWorkbook", reason(e));
        }
    }

    private static boolean isEncrypted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) return true;
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("encrypt") || m.contains("password")) return true;
        }
        return false;
    }

    private static Table sheet(Sheet sheet, DataFormatter formatter) {
        Map<Long, CellRangeAddress> merged = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            int lastRow = Math.min(region.getLastRow(), region.getFirstRow() + 5000);
            int lastCol = Math.min(region.getLastColumn(), MAX_COLUMNS - 1);
            for (int r = region.getFirstRow(); r <= lastRow; r++) {
                for (int c = region.getFirstColumn(); c <= lastCol; c++) {
                    merged.put(key(r, c), region);
                }
            }
        }
        int width = 0;
        for (org.apache.poi.ss.usermodel.Row row : sheet) width = Math.max(width, row.getLastCellNum());
        width = Math.min(width, MAX_COLUMNS);
        List<Table.Row> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            List<Table.Cell> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                CellRangeAddress region = merged.get(key(r, c));
                boolean copy = region != null && (region.getFirstRow() != r || region.getFirstColumn() != c);
                int sr = region == null ? r : region.getFirstRow();
                int sc = region == null ? c : region.getFirstColumn();
                org.apache.poi.ss.usermodel.Row source = sheet.getRow(sr);
                Table.Cell cell = cell(source == null ? null : source.getCell(sc), formatter);
                cells.add(copy ? new Table.Cell(cell.text(), cell.date(), cell.number(), true) : cell);
            }
            rows.add(new Table.Row(r + 1, cells));
        }
        return new Table(sheet.getSheetName(), rows);
    }

    private static Table.Cell cell(org.apache.poi.ss.usermodel.Cell cell, DataFormatter formatter) {
        if (cell == null) return Table.Cell.EMPTY;
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            if ((DateUtil.isCellDateFormatted(cell) || isChineseBuiltinDate(cell)) && DateUtil.isValidExcelDate(value)) {
                var date = cell.getLocalDateTimeCellValue().toLocalDate();
                return new Table.Cell(date.toString(), date, value, false);
            }
            return new Table.Cell(formatter.formatCellValue(cell), null, value, false);
        }
        if (type == CellType.ERROR) return Table.Cell.EMPTY;
        return Table.Cell.text(formatter.formatCellValue(cell));
    }

    /**
     * Chinese Excel's own date formats (2021年8月10日, 2021年8月, 8月10日) are built-in formats
     * 27–31, 36, 50–54, 57, 58 that a file does not spell out; POI knows them only as "reserved".
     */
    private static boolean isChineseBuiltinDate(org.apache.poi.ss.usermodel.Cell cell) {
        int index = cell.getCellStyle().getDataFormat();
        boolean cjkDate = (index >= 27 && index <= 31) || index == 36 || (index >= 50 && index <= 54)
                || index == 57 || index == 58;
        if (!cjkDate) return false;
        String format = cell.getCellStyle().getDataFormatString();
        return format == null || format.startsWith("reserved") || DateUtil.isADateFormat(index, format);
    }

    private static long key(int row, int col) {
        return ((long) row << 16) | col;
    }

    private static Table csv(Path file, String displayName) {
        String text;
        try {
            text = TextFiles.read(file);
        } catch (IOException e) {
            throw new InputException(Location.file(displayName), "input.unreadable", reason(e));
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false)
                .setTrim(false).get();
        List<Table.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<Table.Cell> cells = new ArrayList<>(record.size());
                for (String v : record) cells.add(Table.Cell.text(v));
                rows.add(new Table.Row((int) record.getRecordNumber(), cells));
            }
        } catch (IOException | RuntimeException e) {
            throw new InputException(Location.file(displayName), "input.badCsv", reason(e));
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return new Table(dot > 0 ? name.substring(0, dot) : name, rows);
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
