package dossier.write;

import dossier.core.Coverage;
import dossier.core.ValidationResult;
import dossier.i18n.Messages;
import dossier.i18n.Thresholds;
import dossier.model.TaskState;
import dossier.model.ThresholdResult;
import dossier.supervision.LedgerTrend;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 工作台账.xlsx: sheets 台账 (a row per task), 进度 (coverage heat map, unit × area) and 指标 (every
 * threshold per unit). Streamed with SXSSF so 100,000 rows stay within a small heap; the same
 * input and --as-of give the same bytes.
 */
public final class LedgerXlsx {
    private static final int[] WIDTHS = {6, 18, 8, 26, 14, 6, 11, 10, 6, 6, 6, 6, 6, 30, 8, 16, 50};
    private static final Map<TaskState, String> STATE_COLOURS = Map.of(
            TaskState.COVERED, "C6EFCE", TaskState.NOT_APPLICABLE, "EDEDED", TaskState.DEFERRED, "DDEBF7",
            TaskState.EXPLAINED, "FFEB9C", TaskState.MISSING, "FFC7CE");

    private final Messages messages;

    public LedgerXlsx(Messages messages) {
        this.messages = messages;
    }

    public void write(ValidationResult result, OutputStream out) throws IOException {
        write(result, null, out);
    }

    /** With a 趋势 sheet after 进度 when there is a trend (snapshots exist); null for none. */
    public void write(ValidationResult result, LedgerTrend trend, OutputStream out) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            Styles styles = new Styles(wb);
            ledger(wb, styles, result);
            progress(wb, styles, result.coverage());
            if (trend != null) trend(wb, styles, trend);
            thresholds(wb, styles, result);
            var props = wb.getXSSFWorkbook().getProperties().getCoreProperties();
            Date date = Date.from(result.campaign().asOf().atStartOfDay().toInstant(ZoneOffset.UTC));
            props.setCreated(Optional.of(date));
            props.setModified(Optional.of(date));
            props.setCreator("dossier");
            props.setTitle(messages.get("ledger.title"));
            wb.write(raw);
        } finally {
            wb.close();
        }
        out.write(DeterministicZip.normalize(raw.toByteArray(), result.campaign().asOf()));
    }

    private void ledger(SXSSFWorkbook wb, Styles styles, ValidationResult result) {
        SXSSFSheet sheet = wb.createSheet(messages.get("ledger.sheet.ledger"));
        List<String> header = LedgerRows.header(messages);
        headerRow(sheet, styles, header, WIDTHS);
        int r = 1;
        for (LedgerRows.Row row : LedgerRows.of(result, messages)) {
            Row x = sheet.createRow(r++);
            for (int c = 0; c < row.cells().size(); c++) {
                Object v = row.cells().get(c);
                Cell cell = x.createCell(c);
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                    cell.setCellStyle(styles.number);
                } else {
                    String s = SafeCells.fit(String.valueOf(v));
                    cell.setCellValue(s);
                    cell.setCellStyle(c == 7 ? styles.states.get(row.status().state())
                            : SafeCells.looksLikeFormula(s) ? styles.quoted : styles.text);
                }
            }
        }
        finish(sheet, header.size(), r);
    }

    private void progress(SXSSFWorkbook wb, Styles styles, Coverage coverage) {
        SXSSFSheet sheet = wb.createSheet(messages.get("ledger.sheet.progress"));
        List<String> areas = new ArrayList<>(coverage.byArea().keySet());
        List<String> header = new ArrayList<>();
        header.add(messages.get("ledger.column.unit"));
        for (String a : areas) header.add(a.isEmpty() ? messages.get("text.unarea") : a);
        header.add(messages.get("text.total.column"));
        int[] widths = new int[header.size()];
        widths[0] = 16;
        for (int i = 1; i < widths.length; i++) widths[i] = 14;
        headerRow(sheet, styles, header, widths);
        int r = 1;
        for (Map.Entry<String, Coverage.Tally> u : coverage.byUnit().entrySet()) {
            Row x = sheet.createRow(r++);
            text(x, 0, u.getKey(), styles.text);
            for (int i = 0; i < areas.size(); i++) rate(x, i + 1, coverage.byAreaAndUnit().get(areas.get(i)).get(u.getKey()), styles);
            rate(x, areas.size() + 1, u.getValue(), styles);
        }
        Row total = sheet.createRow(r++);
        text(total, 0, messages.get("text.total.row"), styles.header);
        for (int i = 0; i < areas.size(); i++) rate(total, i + 1, coverage.byArea().get(areas.get(i)), styles);
        rate(total, areas.size() + 1, coverage.overall(), styles);
        finish(sheet, header.size(), r);
    }

    private void trend(SXSSFWorkbook wb, Styles styles, LedgerTrend trend) {
        SXSSFSheet sheet = wb.createSheet(messages.get("ledger.sheet.trend"));
        List<String> header = new ArrayList<>();
        header.add(messages.get("ledger.column.unit"));
        header.addAll(trend.dates());
        header.add(messages.get("ledger.column.change"));
        header.add(messages.get("ledger.column.score"));
        int[] widths = new int[header.size()];
        java.util.Arrays.fill(widths, 12);
        widths[0] = 16;
        headerRow(sheet, styles, header, widths);
        int r = 1;
        for (LedgerTrend.Row row : trend.rows()) {
            Row x = sheet.createRow(r++);
            boolean total = row.unit() == null;
            text(x, 0, total ? messages.get("text.total.row") : row.unit(), total ? styles.header : styles.text);
            int c = 1;
            for (Double rate : row.rates()) rate(x, c++, rate, styles);
            number(x, c++, row.change(), styles);
            number(x, c, row.score(), styles);
        }
        finish(sheet, header.size(), r);
    }

    private static void number(Row row, int c, Double value, Styles styles) {
        Cell cell = row.createCell(c);
        if (value == null) cell.setCellValue("—");
        else cell.setCellValue(value);
        cell.setCellStyle(styles.number);
    }

    private void thresholds(SXSSFWorkbook wb, Styles styles, ValidationResult result) {
        SXSSFSheet sheet = wb.createSheet(messages.get("ledger.sheet.thresholds"));
        List<String> header = List.of(messages.get("ledger.column.unit"), messages.get("ledger.column.id"),
                messages.get("ledger.column.threshold"), messages.get("ledger.column.value"),
                messages.get("ledger.column.target"), messages.get("ledger.column.result"),
                messages.get("ledger.column.source"));
        headerRow(sheet, styles, header, new int[]{16, 8, 30, 16, 18, 10, 40});
        int r = 1;
        for (ThresholdResult t : result.thresholds()) {
            Row x = sheet.createRow(r++);
            text(x, 0, t.unit(), styles.text);
            text(x, 1, t.spec().task(), styles.text);
            text(x, 2, Thresholds.label(messages, t.spec()), styles.text);
            text(x, 3, Thresholds.value(messages, t), styles.text);
            text(x, 4, Thresholds.target(messages, t.spec()), styles.text);
            text(x, 5, Thresholds.status(messages, t), switch (t.status()) {
                case PASS -> styles.states.get(TaskState.COVERED);
                case FAIL, MISSING -> styles.states.get(TaskState.MISSING);
                case PROGRESS -> styles.states.get(TaskState.EXPLAINED);
                case NOT_APPLICABLE -> styles.states.get(TaskState.NOT_APPLICABLE);
            });
            List<String> sources = new ArrayList<>();
            t.inputs().forEach((k, v) -> {
                if (k.endsWith("Source") && !sources.contains(String.valueOf(v))) sources.add(String.valueOf(v));
            });
            text(x, 6, String.join("\n", sources), styles.text);
        }
        finish(sheet, header.size(), r);
    }

    private static void rate(Row row, int c, Coverage.Tally t, Styles styles) {
        rate(row, c, t == null ? null : t.rate(), styles);
    }

    private static void rate(Row row, int c, Double rate, Styles styles) {
        Cell cell = row.createCell(c);
        if (rate == null) {
            cell.setCellValue("—");
            cell.setCellStyle(styles.text);
            return;
        }
        cell.setCellValue(rate / 100.0);
        cell.setCellStyle(rate >= 90 ? styles.rateHigh : rate >= 60 ? styles.rateMid : styles.rateLow);
    }

    private static void text(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        String s = SafeCells.fit(value);
        cell.setCellValue(s);
        cell.setCellStyle(style);
    }

    private static void headerRow(SXSSFSheet sheet, Styles styles, List<String> header, int[] widths) {
        Row h = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            text(h, c, header.get(c), styles.header);
            sheet.setColumnWidth(c, Math.min(255, c < widths.length ? widths[c] : 12) * 256);
        }
        h.setHeightInPoints(30);
    }

    /** Frozen header, filters, header repeated on every printed page, A4 landscape fitted to the width. */
    private static void finish(SXSSFSheet sheet, int columns, int rows) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
        OfficeSheets.print(sheet, 0);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle quoted;
        final CellStyle number;
        final CellStyle rateHigh;
        final CellStyle rateMid;
        final CellStyle rateLow;
        final Map<TaskState, CellStyle> states = new EnumMap<>(TaskState.class);

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            bold.setFontName("宋体");
            Font plain = wb.createFont();
            plain.setFontName("宋体");
            header = base(wb, plain);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            fill(header, "D9D9D9");
            text = base(wb, plain);
            quoted = base(wb, plain);
            quoted.setQuotePrefixed(true);
            number = base(wb, plain);
            number.setAlignment(HorizontalAlignment.CENTER);
            for (TaskState s : TaskState.values()) {
                CellStyle st = base(wb, plain);
                st.setAlignment(HorizontalAlignment.CENTER);
                fill(st, STATE_COLOURS.get(s));
                states.put(s, st);
            }
            short percent = wb.createDataFormat().getFormat("0.0%");
            rateHigh = percent(wb, plain, percent, "C6EFCE");
            rateMid = percent(wb, plain, percent, "FFEB9C");
            rateLow = percent(wb, plain, percent, "FFC7CE");
        }

        private static CellStyle percent(SXSSFWorkbook wb, Font font, short format, String colour) {
            CellStyle s = base(wb, font);
            s.setDataFormat(format);
            s.setAlignment(HorizontalAlignment.CENTER);
            fill(s, colour);
            return s;
        }

        private static CellStyle base(SXSSFWorkbook wb, Font font) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            OfficeSheets.thinBorders(s);
            return s;
        }

        private static void fill(CellStyle s, String hex) {
            ((XSSFCellStyle) s).setFillForegroundColor(new XSSFColor(java.util.HexFormat.of().parseHex(hex), null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }
}
