package dossier.write.report;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.util.List;

/** A paragraph in every style of the exported reference.docx, so the user sees what to restyle. */
final class ReferenceSamples {
    private ReferenceSamples() {
    }

    static void write(XWPFDocument doc) {
        para(doc, "Title", "标题（Title）：方正小标宋简体 二号 居中");
        para(doc, "Subtitle", "副标题（Subtitle）：楷体_GB2312 三号 居中");
        para(doc, "Normal", "正文（Normal）：仿宋_GB2312 三号，首行缩进 2 字符，固定行距 28.95 磅（每页 22 行）。"
                + "A4 纸，页边距上 37 毫米、下 35 毫米、左 28 毫米、右 26 毫米（GB/T 9704）；页脚居中“— 页码 —”。");
        para(doc, "Normal", "在 Word 或 WPS 中修改本文件的样式（字体、字号、段落、页边距、页脚），不要改样式名称，"
                + "保存后运行 dossier report --reference 本文件，报告即套用这些样式。本页的文字不会出现在报告中。");
        para(doc, "Heading1", "一、一级标题（heading 1）：黑体 三号");
        para(doc, "Heading2", "（一）二级标题（heading 2）：楷体_GB2312 三号");
        para(doc, "Heading3", "1. 三级标题（heading 3）：仿宋_GB2312 三号 加粗");
        para(doc, "Caption", "表 1  表格标题（caption）：黑体 四号 居中");
        XWPFTable table = doc.createTable(2, 3);
        table.setStyleID("TableGrid");
        table.setWidth("100%");
        fill(table.getRow(0), "TableHeading", List.of("表头（Table Heading）", "黑体", "小四"));
        fill(table.getRow(1), "TableText", List.of("表格文字（Table Text）", "仿宋_GB2312", "小四"));
        table.getRow(0).setRepeatHeader(true);
        if (table.getCTTbl().getTblPr().isSetTblBorders()) table.getCTTbl().getTblPr().unsetTblBorders();
        para(doc, "Note", "注释（Note）：仿宋_GB2312 小四，用于表下说明和图例。");
    }

    private static void para(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
    }

    private static void fill(XWPFTableRow row, String style, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
            p.setStyle(style);
            p.createRun().setText(texts.get(i));
        }
    }
}
