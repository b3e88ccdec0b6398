package dossier.read;

import dossier.model.Liaison;
import dossier.model.Unit;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds real workbooks for the reader tests, cell by cell, the way people make them in Excel:
 * strings, numbers with a number format, date cells, merged regions.
 */
final class Workbooks {
    /** The file format a test workbook is written in. */
    enum Kind {
        XLSX("xlsx"), XLS("xls");

        final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        Workbook create() {
            return this == XLSX ? new XSSFWorkbook() : new HSSFWorkbook();
        }
    }

    /** A number shown with an Excel number format ("0.00", "@", "0"). */
    record Num(double value, String format) {
    }

    /** A number shown with one of Excel's built-in formats, by index (31 = yyyy"年"m"月"d"日" in Chinese Excel). */
    record BuiltinNum(double value, int formatIndex) {
    }

    /** A real date cell shown with an Excel date format. */
    record Date(LocalDate date, String format) {
    }

    static Num num(double value, String format) {
        return new Num(value, format);
    }

    static Date date(LocalDate date, String format) {
        return new Date(date, format);
    }

    private final Workbook wb;

    private Workbooks(Kind kind) {
        this.wb = kind.create();
    }

    static Workbooks of(Kind kind) {
        return new Workbooks(kind);
    }

    SheetBuilder sheet(String name) {
        return new SheetBuilder(wb.createSheet(name));
    }

    /** Hides a worksheet, as people hide an old copy of the table. */
    Workbooks hide(String sheetName) {
        wb.setSheetHidden(wb.getSheetIndex(sheetName), true);
        return this;
    }

    Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    final class SheetBuilder {
        private final Sheet sheet;
        private int next;

        private SheetBuilder(Sheet sheet) {
            this.sheet = sheet;
        }

        /** Appends a row; null leaves a cell out. Returns its 1-based Excel row number. */
        int row(Object... values) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < values.length; c++) {
                if (values[c] != null) set(row.createCell(c), values[c]);
            }
            return next;
        }

        /** Leaves an empty row. */
        int skip() {
            return ++next;
        }

        /** Merges an A1-style range, e.g. "A4:A6". */
        SheetBuilder merge(String range) {
            sheet.addMergedRegion(CellRangeAddress.valueOf(range));
            return this;
        }

        int rows() {
            return next;
        }

        private void set(Cell cell, Object value) {
            if (value instanceof String s) {
                cell.setCellValue(s);
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof Num n) {
                cell.setCellValue(n.value());
                cell.setCellStyle(style(n.format()));
            } else if (value instanceof BuiltinNum n) {
                cell.setCellValue(n.value());
                CellStyle style = wb.createCellStyle();
                style.setDataFormat((short) n.formatIndex());
                cell.setCellStyle(style);
            } else if (value instanceof Date d) {
                cell.setCellValue(d.date());
                cell.setCellStyle(style(d.format()));
            } else {
                throw new IllegalArgumentException("cell value " + value);
            }
        }

        private CellStyle style(String format) {
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat(format));
            return style;
        }
    }

    // ------------------------------------------------------------------ a units table in memory

    static final String REGION = "漯河市源汇区";

    /** Twelve units in official order, like the sample's 联络员信息表. */
    static List<Unit> units() {
        return List.of(
                unit("区政府办", "区直部门", 2, "政府办"),
                unit("区司法局", "区直部门", 3, "司法局", "依法治区办"),
                unit("区财政局", "区直部门", 4),
                unit("区市场监管局", "区直部门", 5, "区市场监督管理局"),
                unit("区人社局", "区直部门", 6),
                unit("区审计局", "区直部门", 7),
                unit("老街街道", "街道", 8),
                unit("顺河街道", "街道", 9),
                unit("马路街街道", "街道", 10),
                unit("空冢郭镇", "乡镇", 11),
                unit("问十乡", "乡镇", 12));
    }

    static Unit unit(String name, String category, int row, String... aliases) {
        return new Unit(name, List.of(aliases), category, Liaison.NONE, row);
    }

    static UnitDirectory directory() {
        return new UnitDirectory(units(), REGION);
    }

    static final List<String> DEPARTMENTS = List.of("区政府办", "区司法局", "区财政局", "区市场监管局", "区人社局", "区审计局");
    static final List<String> STREETS = List.of("老街街道", "顺河街道", "马路街街道");
    static final List<String> TOWNSHIPS = List.of("空冢郭镇", "问十乡");
}
