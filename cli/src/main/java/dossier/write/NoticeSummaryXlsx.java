package dossier.write;

import dossier.i18n.Messages;
import dossier.supervision.Notice;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.time.LocalDate;
import java.util.List;

/**
 * 通知汇总.xlsx: a row per unit in the units table's order, its liaison and phone, how many items
 * of each kind its notice has, the earliest due date, and whether it got a notice or is complete.
 */
public final class NoticeSummaryXlsx {
    private static final int[] WIDTHS = {6, 20, 10, 15, 8, 8, 8, 8, 8, 8, 8, 12, 10};
    private static final String[] HEADER_KEYS = {"no", "unit", "liaison", "phone", "overdue", "dueSoon", "explained",
            "shortfall", "fix", "pending", "waived", "earliestDue", "status"};

    private final Messages messages;

    public NoticeSummaryXlsx(Messages messages) {
        this.messages = messages;
    }

    public byte[] write(List<Notice> notices, String title, LocalDate asOf) {
        XSSFWorkbook wb = new XSSFWorkbook();
        OfficeSheets st = new OfficeSheets(wb);
        XSSFSheet sh = wb.createSheet(messages.get("notices.summary.sheet"));
        OfficeSheets.widths(sh, WIDTHS);
        int last = HEADER_KEYS.length - 1;
        Row titleRow = sh.createRow(0);
        titleRow.setHeightInPoints(30);
        OfficeSheets.cell(titleRow, 0, title, st.title);
        sh.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        Row header = sh.createRow(1);
        header.setHeightInPoints(30);
        for (int c = 0; c <= last; c++) {
            OfficeSheets.cell(header, c, messages.get("notices.summary." + HEADER_KEYS[c]), st.header);
        }
        int r = 2;
        for (Notice n : notices) {
            Row row = sh.createRow(r);
            String status = messages.get(n.hasWork() ? "notices.summary.sent" : "notices.summary.complete");
            String[] text = {null, n.unit(), n.liaison(), n.phone()};
            for (int c = 0; c < text.length; c++) OfficeSheets.cell(row, c, SafeCells.fit(text[c]), c == 1 ? st.left : st.text);
            row.getCell(0).setCellValue(r - 1);
            var k = n.counts();
            int[] counts = {k.overdue(), k.dueSoon(), k.explained(), k.shortfall(), k.fix(), k.pending(), k.waived()};
            for (int c = 0; c < counts.length; c++) {
                Cell cell = OfficeSheets.cell(row, 4 + c, null, st.center);
                cell.setCellValue(counts[c]);
            }
            OfficeSheets.cell(row, 11, n.earliestDue(), st.center);
            OfficeSheets.cell(row, 12, status, st.center);
            row.setHeightInPoints(OfficeSheets.height(WIDTHS, text));
            r++;
        }
        sh.createFreezePane(0, 2);
        sh.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, last));
        OfficeSheets.print(sh, 1);
        return OfficeSheets.save(wb, asOf, title);
    }
}
