package dossier.write;

import dossier.shared.UnitNames;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.time.LocalDate;
import java.util.List;

/**
 * An empty 联络员信息表 (附件3) for the office to fill: title, a one-line note, the header
 * 单位名称 | 简称 | 类别 | 联络员 | 职务 | 办公电话 | 手机 | 邮箱, bordered text cells (a phone keeps its
 * leading 0), a drop-down list on 类别, frozen header, A4 landscape. No example row: a row here
 * is a unit of the campaign. Units already known (the unit folders of a repository that had no
 * table) can be filled in, name and category, so the table means what the folders meant.
 */
public final class UnitsTemplate {
    public static final String SHEET_NAME = "联络员信息表";
    static final String[] HEADER = {"单位名称", "简称", "类别", "联络员", "职务", "办公电话", "手机", "邮箱"};
    static final int[] WIDTHS = {22, 20, 11, 10, 16, 15, 15, 24};
    static final String[] CATEGORIES = {"乡镇", "街道", "区直部门"};
    /** Rows prepared with borders, text format and the 类别 list. */
    static final int BLANK_ROWS = 100;

    private UnitsTemplate() {
    }

    public static byte[] write(LocalDate date) {
        return write(date, List.of());
    }

    /** The template with these units' names filled in, each with its category guessed from the name. */
    public static byte[] write(LocalDate date, List<String> units) {
        XSSFWorkbook wb = new XSSFWorkbook();
        OfficeSheets st = new OfficeSheets(wb);
        XSSFSheet sh = wb.createSheet(SHEET_NAME);
        OfficeSheets.widths(sh, WIDTHS);
        int last = HEADER.length - 1;

        String title = "附件3  创建工作联络员信息表";
        Row titleRow = sh.createRow(0);
        titleRow.setHeightInPoints(36);
        OfficeSheets.cell(titleRow, 0, title, st.title);
        sh.addMergedRegion(new CellRangeAddress(0, 0, 0, last));

        String note = "每个单位填一行，单位名称与任务分解表一致。简称可填多个，用“、”分隔（如：司法局、依法治区办）；"
                + "类别从下拉列表中选择乡镇、街道或区直部门，任务分解表中的“各乡镇（街道）”“区直各部门”按类别展开。"
                + "办公电话写区号，如 0395-5607259；手机为 11 位。";
        Row noteRow = sh.createRow(1);
        noteRow.setHeightInPoints(OfficeSheets.height(new int[]{133}, note));
        OfficeSheets.cell(noteRow, 0, note, st.note);
        sh.addMergedRegion(new CellRangeAddress(1, 1, 0, last));

        int headerRow = 2;
        Row header = sh.createRow(headerRow);
        header.setHeightInPoints(24);
        for (int c = 0; c <= last; c++) OfficeSheets.cell(header, c, HEADER[c], st.header);

        int rows = Math.max(BLANK_ROWS, units.size() + 20);
        for (int r = headerRow + 1; r <= headerRow + rows; r++) {
            Row row = sh.createRow(r);
            row.setHeightInPoints(20);
            int i = r - headerRow - 1;
            for (int c = 0; c <= last; c++) {
                CellStyle style = c == 5 || c == 6 ? st.text : st.center;
                String value = i >= units.size() ? null
                        : c == 0 ? units.get(i) : c == 2 ? UnitNames.category("", units.get(i)) : null;
                OfficeSheets.cell(row, c, value, style);
            }
        }

        DataValidationHelper helper = sh.getDataValidationHelper();
        DataValidation list = helper.createValidation(helper.createExplicitListConstraint(CATEGORIES),
                new CellRangeAddressList(headerRow + 1, headerRow + rows, 2, 2));
        list.setSuppressDropDownArrow(true);   // XSSF: true shows the arrow
        list.setShowErrorBox(true);
        list.setErrorStyle(DataValidation.ErrorStyle.STOP);
        list.createErrorBox("类别", "请从下拉列表中选择：乡镇、街道或区直部门。");
        list.setShowPromptBox(true);
        list.createPromptBox("类别", "乡镇、街道或区直部门");
        sh.addValidationData(list);

        sh.createFreezePane(0, headerRow + 1);
        OfficeSheets.print(sh, headerRow);
        return OfficeSheets.save(wb, date, "创建工作联络员信息表");
    }
}
