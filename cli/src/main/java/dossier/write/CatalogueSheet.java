package dossier.write;

import dossier.model.Indicator;
import dossier.read.BuiltinCatalogue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The task sheet (附件1 任务分解表) as an office would lay it out in Excel: a title row and a note
 * above the header 序号 | 一级指标 | 二级指标 | 评估内容 | 牵头单位 | 责任单位 | 佐证材料 | 完成时限 | 分值,
 * 一级指标 merged down over its area, footnotes below, frozen header, A4 landscape. Every cell is
 * text (an id 1.10 stays 1.10). Same rows and date, same bytes.
 */
public final class CatalogueSheet {
    public static final String SHEET_NAME = "任务分解表";
    static final String[] HEADER = {"序号", "一级指标", "二级指标", "评估内容", "牵头单位", "责任单位", "佐证材料", "完成时限", "分值"};
    static final int[] WIDTHS = {7, 16, 20, 48, 12, 16, 26, 12, 6};

    /** What the built-in catalogue asks of every task, in the words of the seed plan's step (三). */
    static final String EVIDENCE = "可证明工作情况的文件、图片、视频、新闻链接、情况简介等";
    /** The 收集印证资料 milestone's deadline, as such sheets write it (the year is dossier.yaml's). */
    static final String DUE = "8月10日前";
    /** The group word for every unit of the units table, what the built-in catalogue means. */
    static final String EVERY_UNIT = "各单位";

    /** One sheet row: an indicator with the texts of every column; {@code area} is written with its numbering. */
    public record Line(String id, String area, String name, String requirement, String lead, String units,
                       String evidence, String due, String points) {
    }

    private CatalogueSheet() {
    }

    /**
     * The 8 areas and 28 tasks of the seed plan. 牵头单位 is left for the office to fill; 责任单位 is
     * 各单位 (every unit of the units table: what the built-in catalogue means) until the office
     * names the units; 完成时限 is the 收集印证资料 deadline.
     */
    public static byte[] builtin(LocalDate date) {
        List<Line> lines = new ArrayList<>();
        List<String> areas = BuiltinCatalogue.AREAS;
        for (Indicator i : BuiltinCatalogue.indicators(List.of())) {
            int area = areas.indexOf(i.area());
            String numbered = area < 0 ? i.area() : numeral(area + 1) + "、" + i.area();
            lines.add(new Line(i.id(), numbered, i.name(), String.join("\n", i.requirements()), "", EVERY_UNIT,
                    EVIDENCE, DUE, ""));
        }
        String note = "依据法治政府建设示范创建实施方案第四部分“重点任务”分解，共" + areas.size() + "个一级指标、"
                + lines.size() + "个二级指标。牵头单位、责任单位、佐证材料、完成时限和分值请按本地实际修改。";
        List<String> footnotes = List.of(
                "注：1.牵头单位负责统筹本项指标，汇总、审核各责任单位报送的印证资料；责任单位按职责提供印证资料。",
                "2.“各单位”指联络员信息表（units.xlsx）中的全部单位；可改为具体单位名称，多个单位用“、”分隔，也可写“各乡镇（街道）”“区直各部门”。",
                "3.完成时限为印证资料报送的截止时间；写“长期坚持”“持续推进”的，以“收集印证资料”节点的截止日期为准。",
                "4.请勿改动已有的序号。修改本表后再次运行 dossier init，会为新增的任务建立资料文件夹。");
        return write("附件1  法治政府建设示范创建指标体系任务分解表", note, lines, footnotes, date);
    }

    public static byte[] write(String title, String note, List<Line> lines, List<String> footnotes, LocalDate date) {
        XSSFWorkbook wb = new XSSFWorkbook();
        OfficeSheets st = new OfficeSheets(wb);
        Sheet sh = wb.createSheet(SHEET_NAME);
        OfficeSheets.widths(sh, WIDTHS);
        int last = HEADER.length - 1;
        int r = 0;

        Row titleRow = sh.createRow(r);
        titleRow.setHeightInPoints(36);
        OfficeSheets.cell(titleRow, 0, title, st.title);
        sh.addMergedRegion(new CellRangeAddress(r, r, 0, last));
        r++;
        if (note != null && !note.isEmpty()) {
            Row noteRow = sh.createRow(r);
            noteRow.setHeightInPoints(OfficeSheets.height(new int[]{sum(WIDTHS)}, note));
            OfficeSheets.cell(noteRow, 0, note, st.note);
            sh.addMergedRegion(new CellRangeAddress(r, r, 0, last));
            r++;
        }
        int headerRow = r;
        Row header = sh.createRow(r++);
        header.setHeightInPoints(24);
        for (int c = 0; c <= last; c++) OfficeSheets.cell(header, c, HEADER[c], st.header);

        int areaFirst = r;
        String area = null;
        for (Line l : lines) {
            if (area != null && !area.equals(l.area())) {
                mergeArea(sh, areaFirst, r - 1);
                areaFirst = r;
            }
            boolean first = r == areaFirst;
            area = l.area();
            Row row = sh.createRow(r++);
            String[] cells = {l.id(), first ? l.area() : null, l.name(), l.requirement(), l.lead(), l.units(),
                    l.evidence(), l.due(), l.points()};
            for (int c = 0; c <= last; c++) {
                OfficeSheets.cell(row, c, cells[c], c == 3 || c == 6 ? st.left : c == 0 ? st.text : st.center);
            }
            row.setHeightInPoints(OfficeSheets.height(WIDTHS, cells));
        }
        if (!lines.isEmpty()) mergeArea(sh, areaFirst, r - 1);

        for (String text : footnotes) {
            Row row = sh.createRow(r);
            row.setHeightInPoints(OfficeSheets.height(new int[]{sum(WIDTHS)}, text));
            OfficeSheets.cell(row, 0, text, st.footnote);
            sh.addMergedRegion(new CellRangeAddress(r, r, 0, last));
            r++;
        }
        sh.createFreezePane(0, headerRow + 1);
        OfficeSheets.print(sh, headerRow);
        return OfficeSheets.save(wb, date, title.replaceFirst("^附件\\d+\\s*", ""));
    }

    private static void mergeArea(Sheet sh, int first, int last) {
        if (last > first) sh.addMergedRegion(new CellRangeAddress(first, last, 1, 1));
    }

    private static int sum(int[] widths) {
        int s = 0;
        for (int w : widths) s += w;
        return s;
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (areas are few). */
    static String numeral(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) return String.valueOf(digits.charAt(n));
        if (n < 20) return "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10));
        if (n < 100) return digits.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
        return String.valueOf(n);
    }
}
