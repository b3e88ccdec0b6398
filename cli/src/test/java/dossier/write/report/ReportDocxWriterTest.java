package dossier.write.report;

import dossier.shared.InputException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The docx markup laid out on the built-in reference: styles, whitespace, tables, bars, errors. */
class ReportDocxWriterTest {
    private static final LocalDate DAY = LocalDate.of(2021, 8, 5);

    private static XWPFDocument write(String body) throws IOException {
        byte[] bytes = new DocxWriter(ReferenceDocx.build(false), null, "report.docx.ftlx")
                .write("<report title=\"T\">" + body + "</report>", DAY);
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static String style(XWPFDocument doc, XWPFParagraph p) {
        return doc.getStyles().getStyle(p.getStyleID()).getName();
    }

    @Test
    void blocksTakeTheReferenceStylesByName() throws IOException {
        try (XWPFDocument doc = write("<title>标题</title><h1>一、甲</h1><h2>（一）乙</h2><h3>1. 丙</h3><p>正文</p>"
                + "<caption>表1</caption><note>注</note><p style=\"Table Text\">表文</p>")) {
            assertThat(doc.getParagraphs()).extracting(p -> style(doc, p)).containsExactly("Title", "heading 1",
                    "heading 2", "heading 3", "Normal", "caption", "Note", "Table Text");
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("T");
        }
    }

    @Test
    void aLineBreakBesideChineseDisappearsAndBetweenLatinWordsIsASpace() throws IOException {
        try (XWPFDocument doc = write("<p>\n  按照工作部署，\n  逐项收集  资料。\n</p><p>one\n two <b>bold</b>\n three</p>"
                + "<p>第一行<br/>\n第二行</p>")) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).containsExactly("按照工作部署，逐项收集  资料。", "one two bold three", "第一行\n第二行");
            assertThat(doc.getParagraphs().get(1).getRuns()).filteredOn(r -> r.text().equals("bold"))
                    .singleElement().matches(r -> r.isBold());
        }
    }

    @Test
    void tablesHaveColumnsSpansHeaderRowsAndBars() throws IOException {
        try (XWPFDocument doc = write("<table widths=\"1,3\"><tr header=\"true\"><td>甲</td><td>乙</td></tr>"
                + "<tr><td span=\"2\" fill=\"F2F2F2\">合并</td></tr>"
                + "<tr><td>1</td><td><bar width=\"40\" height=\"3\"><seg value=\"3\" color=\"2E7D32\"/>"
                + "<seg value=\"1\" color=\"C62828\"/></bar></td></tr></table>")) {
            XWPFTable t = doc.getTables().get(0);
            assertThat(t.getRows()).hasSize(3);
            assertThat(t.getRow(0).isRepeatHeader()).isTrue();
            assertThat(style(doc, t.getRow(0).getCell(0).getParagraphs().get(0))).isEqualTo("Table Heading");
            assertThat(t.getRow(1).getTableCells()).hasSize(1);
            assertThat(t.getRow(1).getCell(0).getCTTc().getTcPr().getGridSpan().getVal()).hasToString("2");
            assertThat(t.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(2);
            assertThat(doc.getAllPictures()).hasSize(1);
            assertThat(t.getStyleID()).isEqualTo("TableGrid");
        }
    }

    @Test
    void unknownMarkupIsAnUnusableTemplateNamingIt() {
        for (String bad : List.of("<h7>x</h7>", "<p><script/></p>", "<p style=\"没有这个样式\">x</p>",
                "<p><bar width=\"x\"/></p>", "<p>unclosed", "<table><td/></table>")) {
            assertThatThrownBy(() -> write(bad)).as(bad).isInstanceOf(InputException.class)
                    .satisfies(e -> {
                        InputException ie = (InputException) e;
                        assertThat(ie.key()).isEqualTo("report.docxMarkup");
                        assertThat(ie.location().file()).isEqualTo("report.docx.ftlx");
                    });
        }
    }

    @Test
    void aDoctypeIsRefused() {
        assertThatThrownBy(() -> new DocxWriter(ReferenceDocx.build(false), null, "t")
                .write("<!DOCTYPE report [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><report><p>&x;</p></report>", DAY))
                .isInstanceOf(InputException.class);
    }

    @Test
    void aLongTableKeepsEveryRowInOrderEachWithItsOwnCells() throws IOException {
        StringBuilder rows = new StringBuilder("<table><tr header=\"true\"><td>编号</td><td>文件</td></tr>");
        for (int i = 1; i <= 3000; i++) rows.append("<tr><td>").append(i).append("</td><td>f").append(i).append("</td></tr>");
        rows.append("<tr></tr><tr><td>a</td><td>b</td><td>c</td></tr></table>");
        try (XWPFDocument doc = write(rows.toString())) {
            XWPFTable t = doc.getTables().get(0);
            assertThat(t.getRows()).hasSize(3003);
            assertThat(t.getRow(2999).getCell(1).getText()).isEqualTo("f2999");
            assertThat(t.getRow(3000).getCell(0).getText()).isEqualTo("3000");
            assertThat(t.getRow(3001).getTableCells()).hasSize(1);
            assertThat(t.getRow(3002).getTableCells()).extracting(XWPFTableCell::getText).containsExactly("a", "b", "c");
        }
    }

    @Test
    void theBuiltInReferenceIsTheSameEveryTime() {
        assertThat(ReferenceDocx.build(true)).isEqualTo(ReferenceDocx.build(true));
    }
}
