package dossier.write;

import dossier.core.Coverage;
import dossier.i18n.Messages;
import dossier.model.City;
import dossier.model.TaskState;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 全市工作台账.xlsx: 覆盖率 (district × area coverage with overdue tasks, failed thresholds and
 * findings, a 合计 row), 量化指标 (each threshold's passes per district), 排名 (the ranking) and
 * 说明 (results skipped or superseded, indicators not mapped, districts that sent nothing).
 */
public final class CityLedger {
    private final Messages messages;
    /** Names come from other offices' files: text Excel would run as a formula is shown as text. */
    private CellStyle quoted;

    public CityLedger(Messages messages) {
        this.messages = messages;
    }

    public void write(City city, OutputStream out) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        OfficeSheets styles = new OfficeSheets(wb);
        quoted = wb.createCellStyle();
        quoted.cloneStyleFrom(styles.left);
        quoted.setQuotePrefixed(true);
        List<String> areas = new ArrayList<>(city.total().byArea().keySet());
        coverage(wb.createSheet(messages.get("city.sheet.coverage")), styles, city, areas);
        thresholds(wb.createSheet(messages.get("city.sheet.thresholds")), styles, city);
        ranking(wb.createSheet(messages.get("city.sheet.ranking")), styles, city);
        notes(wb.createSheet(messages.get("city.sheet.notes")), styles, city);
        out.write(OfficeSheets.save(wb, city.asOf(), messages.get("city.ledger.title")));
    }

    /** 区县, or 市 in a province's ledger over its cities' aggregates. */
    private String unitColumn(City city) {
        return messages.get(city.ofCities() ? "city.column.city" : "city.column.district");
    }

    private void coverage(Sheet sheet, OfficeSheets s, City city, List<String> areas) {
        List<String> header = new ArrayList<>(List.of(messages.get("city.column.rank"), unitColumn(city),
                messages.get("city.column.asOf"), messages.get("city.column.tasks"), messages.get("city.column.covered"),
                messages.get("city.column.rate")));
        header.addAll(areas);
        header.addAll(List.of(messages.get("city.column.overdue"), messages.get("city.column.failed"),
                messages.get("city.column.errors"), messages.get("city.column.warnings")));
        header(sheet, s, header);
        int r = 1;
        for (City.District d : city.districts()) {
            coverageRow(sheet.createRow(r++), s, String.valueOf(d.rank()), d.label(), d.asOf(), d.totals(), areas);
        }
        coverageRow(sheet.createRow(r++), s, "", messages.get("city.total"), city.asOf() == null ? "" : city.asOf().toString(),
                city.total(), areas);
        finish(sheet, header.size(), r, 2);
    }

    private void coverageRow(Row row, OfficeSheets s, String rank, String name, String asOf, City.Totals t,
                                    List<String> areas) {
        Coverage.Tally overall = new Coverage.Tally(t.overall());
        OfficeSheets.cell(row, 0, rank, s.center);
        OfficeSheets.cell(row, 1, SafeCells.fit(name), s.left).setCellStyle(quotedIfFormula(s, name));
        OfficeSheets.cell(row, 2, asOf, s.center);
        number(row, 3, overall.tasks(), s.center);
        number(row, 4, overall.covered(), s.center);
        OfficeSheets.cell(row, 5, percent(overall.rate()), s.center);
        Map<String, Map<TaskState, Integer>> byArea = t.byArea();
        int c = 6;
        for (String area : areas) {
            Map<TaskState, Integer> states = byArea.get(area);
            OfficeSheets.cell(row, c++, states == null ? "—" : percent(new Coverage.Tally(states).rate()), s.center);
        }
        number(row, c++, t.overdue(), s.center);
        number(row, c++, t.failed(), s.center);
        number(row, c++, t.findings().getOrDefault("error", 0), s.center);
        number(row, c, t.findings().getOrDefault("warning", 0), s.center);
    }

    private void thresholds(Sheet sheet, OfficeSheets s, City city) {
        List<String> ids = new ArrayList<>(city.total().thresholds().keySet());
        List<String> header = new ArrayList<>(List.of(unitColumn(city)));
        for (String id : ids) header.add(messages.has("threshold." + id) ? messages.get("threshold." + id) : id);
        header(sheet, s, header);
        int r = 1;
        for (City.District d : city.districts()) thresholdRow(sheet.createRow(r++), s, d.label(), d.totals(), ids);
        thresholdRow(sheet.createRow(r++), s, messages.get("city.total"), city.total(), ids);
        finish(sheet, header.size(), r, 1);
    }

    /** Each cell: passed / judged (results not applicable left out), then how many failed or lack the figure. */
    private void thresholdRow(Row row, OfficeSheets s, String name, City.Totals t, List<String> ids) {
        OfficeSheets.cell(row, 0, SafeCells.fit(name), quotedIfFormula(s, name));
        int c = 1;
        for (String id : ids) {
            Map<String, Integer> st = t.thresholds().get(id);
            if (st == null) {
                OfficeSheets.cell(row, c++, "—", s.center);
                continue;
            }
            int judged = st.entrySet().stream().filter(e -> !e.getKey().equals("not_applicable")).mapToInt(Map.Entry::getValue).sum();
            int failed = st.getOrDefault("fail", 0) + st.getOrDefault("missing", 0) + st.getOrDefault("progress", 0);
            OfficeSheets.cell(row, c++, messages.get("city.threshold.cell", st.getOrDefault("pass", 0), judged, failed), s.center);
        }
    }

    private void ranking(Sheet sheet, OfficeSheets s, City city) {
        List<String> header = List.of(messages.get("city.column.rank"), unitColumn(city),
                messages.get("city.column.rate"), messages.get("city.column.overdue"), messages.get("city.column.failed"),
                messages.get("city.column.liaison"), messages.get("city.column.site"));
        header(sheet, s, header);
        List<City.District> ranked = new ArrayList<>(city.districts());
        ranked.sort(java.util.Comparator.comparingInt(City.District::rank));
        int r = 1;
        for (City.District d : ranked) {
            Row row = sheet.createRow(r++);
            number(row, 0, d.rank(), s.center);
            OfficeSheets.cell(row, 1, SafeCells.fit(d.label()), quotedIfFormula(s, d.label()));
            OfficeSheets.cell(row, 2, percent(new Coverage.Tally(d.totals().overall()).rate()), s.center);
            number(row, 3, d.totals().overdue(), s.center);
            number(row, 4, d.totals().failed(), s.center);
            OfficeSheets.cell(row, 5, SafeCells.fit(d.liaison()), quotedIfFormula(s, d.liaison()));
            OfficeSheets.cell(row, 6, SafeCells.fit(d.site()), quotedIfFormula(s, d.site()));
        }
        finish(sheet, header.size(), r, 2);
    }

    private void notes(Sheet sheet, OfficeSheets s, City city) {
        List<String> header = List.of(messages.get("city.column.kind"), messages.get("city.column.what"),
                messages.get("city.column.detail"));
        header(sheet, s, header);
        List<String[]> rows = new ArrayList<>();
        for (City.Skipped k : city.skipped()) {
            rows.add(new String[]{messages.get("city.note.skipped"), k.file(), messages.format(k.reasonKey(), k.reasonArgs())});
        }
        for (City.Duplicate d : city.duplicates()) {
            rows.add(new String[]{messages.get("city.note.duplicate"), d.district(), messages.get("city.note.duplicateDetail", d.kept(), d.dropped())});
        }
        for (City.Unmapped u : city.unmapped()) {
            rows.add(new String[]{messages.get("city.note.unmapped"), u.district(), messages.get("city.note.unmappedDetail", u.id(), u.name(), u.tasks())});
        }
        for (String m : city.missing()) rows.add(new String[]{messages.get("city.note.missing"), m, ""});
        int r = 1;
        for (String[] cells : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < cells.length; c++) OfficeSheets.cell(row, c, SafeCells.fit(cells[c]), quotedIfFormula(s, cells[c]));
        }
        finish(sheet, header.size(), r, 1);
    }

    private static void header(Sheet sheet, OfficeSheets s, List<String> header) {
        Row h = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            OfficeSheets.cell(h, c, header.get(c), s.header);
            sheet.setColumnWidth(c, (c == 1 ? 28 : header.get(c).length() > 6 ? 16 : 10) * 256);
        }
        h.setHeightInPoints(30);
    }

    private static void finish(Sheet sheet, int columns, int rows, int frozenColumns) {
        sheet.createFreezePane(frozenColumns, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
        OfficeSheets.print(sheet, 0);
    }

    private static void number(Row row, int c, int value, CellStyle style) {
        var cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static String percent(Double rate) {
        return rate == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f%%", rate);
    }

    private CellStyle quotedIfFormula(OfficeSheets s, String text) {
        return text != null && SafeCells.looksLikeFormula(text) ? quoted : s.left;
    }
}
