package dossier.write;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

/**
 * What the workbooks dossier writes for people to fill in share: the handful of styles an office
 * sheet uses (宋体 body, 黑体 header, thin borders), A4 landscape printing, row heights that fit
 * wrapped Chinese text, and saving with document dates and zip entry times fixed to a date.
 */
final class OfficeSheets {
    final XSSFWorkbook wb;
    final CellStyle title;
    final CellStyle note;
    final CellStyle header;
    final CellStyle center;
    final CellStyle left;
    final CellStyle text;
    final CellStyle footnote;

    OfficeSheets(XSSFWorkbook wb) {
        this.wb = wb;
        Font body = font("宋体", 11, false);
        title = style(font("宋体", 16, true), HorizontalAlignment.CENTER, true, false);
        note = style(body, HorizontalAlignment.LEFT, true, false);
        header = style(font("黑体", 11, false), HorizontalAlignment.CENTER, true, true);
        center = style(body, HorizontalAlignment.CENTER, true, true);
        left = style(body, HorizontalAlignment.LEFT, true, true);
        text = style(body, HorizontalAlignment.CENTER, true, true);
        text.setDataFormat(wb.createDataFormat().getFormat("@"));
        footnote = style(body, HorizontalAlignment.LEFT, true, false);
    }

    /** A styled cell; null or empty leaves it blank (its borders still drawn). Always a text cell. */
    static Cell cell(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null && !value.isEmpty()) c.setCellValue(value);
        c.setCellStyle(style);
        return c;
    }

    /** A height that shows every line of wrapped text in the row, given the columns' widths in characters. */
    static float height(int[] widths, String... cells) {
        int lines = 1;
        for (int c = 0; c < cells.length && c < widths.length; c++) {
            if (cells[c] == null || cells[c].isEmpty()) continue;
            int n = 0;
            for (String line : cells[c].split("\n", -1)) {
                n += Math.max(1, (DisplayWidth.of(line) + widths[c] - 3) / Math.max(1, widths[c] - 2));
            }
            lines = Math.max(lines, n);
        }
        return lines * 14.5f + 6;
    }

    static void widths(Sheet sheet, int[] widths) {
        for (int c = 0; c < widths.length; c++) sheet.setColumnWidth(c, widths[c] * 256);
    }

    /** A4 landscape, as wide as one page, the header rows repeated on every printed page. */
    static void print(Sheet sheet, int headerRow) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    /** The workbook's bytes, the same for the same content and date. Closes the workbook. */
    static byte[] save(XSSFWorkbook wb, LocalDate date, String title) {
        var core = wb.getProperties().getCoreProperties();
        Date fixed = Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(fixed));
        core.setModified(Optional.of(fixed));
        core.setCreator("dossier");
        core.setTitle(title);
        core.getUnderlyingProperties().setLastModifiedByProperty("dossier");
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (wb) {
            wb.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DeterministicZip.normalize(raw.toByteArray(), date);
    }

    private Font font(String name, int points, boolean bold) {
        Font f = wb.createFont();
        f.setFontName(name);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        return f;
    }

    private CellStyle style(Font font, HorizontalAlignment h, boolean wrap, boolean border) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(h);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(wrap);
        if (border) thinBorders(s);
        return s;
    }

    /**
     * The thin border all round of every table cell dossier writes. Only the borders are shared: POI
     * writes a style's attributes in the order they were set, so each workbook keeps its own order.
     */
    static void thinBorders(CellStyle s) {
        // top, bottom, left, right: POI stores each intermediate border, so this order is in the file's bytes too
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }
}
