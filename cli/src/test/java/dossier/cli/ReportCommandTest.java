package dossier.cli;

import dossier.testing.SampleRepo;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** dossier report on the sample repository: the docx read back with POI, the md against its golden file. */
class ReportCommandTest {
    /** The officer of the sample's training log who is below 40 hours: the report must not name him. */
    static final String OFFICER = "陈静";

    @TempDir
    Path repo;

    @BeforeEach
    void copySample() throws IOException {
        SampleRepo.copyTo(repo);
    }

    @Test
    void docxHasRealHeadingsTablesTheScoreAndCountsWithoutNames() throws IOException {
        CliRunner.Run run = CliRunner.run("report", repo.toString(), "--as-of", "2021-08-05");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        Path file = repo.resolve("out/自评报告.docx");
        assertThat(allText(Files.readAllBytes(file))).doesNotContain(OFFICER);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertThat(styleName(doc, ps.get(0))).isEqualTo("Title");
            assertThat(ps.get(0).getText()).isEqualTo("源汇区法治政府建设示范创建自评报告");
            assertThat(texts(doc, "heading 1")).startsWith("一、总体情况", "二、主要举措和成效", "三、量化指标达标情况",
                    "四、突出亮点", "五、短板弱项", "六、下一步工作打算");
            assertThat(texts(doc, "heading 2")).hasSize(8).first().isEqualTo("（一）依法全面履行政府职能");
            assertThat(texts(doc, "heading 3")).hasSize(28).contains("4.4　健全行政执法人员管理制度");
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal())
                    .isEqualTo(BigInteger.ZERO);

            XWPFTable score = doc.getTables().get(0);
            assertThat(cells(score.getRow(0))).containsExactly("序号", "一级指标", "分值", "自评得分");
            assertThat(score.getRow(0).isRepeatHeader()).isTrue();
            assertThat(score.getRows()).hasSize(10);
            assertThat(cells(score.getRow(9))).containsExactly("", "合计", "100.0", "39.2");
            double areas = score.getRows().subList(1, 9).stream()
                    .mapToDouble(r -> Double.parseDouble(r.getCell(3).getText())).sum();
            assertThat(areas).isCloseTo(39.2, org.assertj.core.data.Offset.offset(0.001));

            XWPFTable gaps = tableWithHeader(doc, "未提交资料的指标");
            XWPFTableRow justice = gaps.getRows().stream().filter(r -> r.getCell(0).getText().equals("区司法局"))
                    .findFirst().orElseThrow();
            assertThat(justice.getCell(3).getText()).contains("执法人员年度培训学时").contains("1名执法人员不足40学时");
            assertThat(ps.stream().map(XWPFParagraph::getText)).anyMatch(t -> t.contains("培训学时未达标的行政执法人员1名"));

            assertThat(doc.getAllPictures()).isNotEmpty();
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(List.of(sect.getPgMar().getTop(), sect.getPgMar().getBottom(), sect.getPgMar().getLeft(),
                    sect.getPgMar().getRight())).extracting(Object::toString).containsExactly("2098", "1984", "1587", "1474");
            assertThat(doc.getFooterList()).hasSize(1);
            assertThat(doc.getFooterList().get(0)._getHdrFtr().xmlText()).contains("PAGE");
            assertThat(doc.getProperties().getCoreProperties().getCreated().toInstant().atZone(ZoneOffset.UTC)
                    .toLocalDate()).hasToString("2021-08-05");
        }
    }

    @Test
    void drawingIdsAreUniqueForWord() throws IOException {
        CliRunner.run("report", repo.toString(), "--as-of", "2021-08-05");
        String xml = entry(Files.readAllBytes(repo.resolve("out/自评报告.docx")), "word/document.xml");
        List<String> ids = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("<wp:docPr id=\"(\\d+)\"").matcher(xml);
        while (m.find()) ids.add(m.group(1));
        assertThat(ids).hasSizeGreaterThan(10).doesNotHaveDuplicates().doesNotContain("0");
    }

    @Test
    void mdMatchesItsGoldenFileAndNamesNoOfficer() throws IOException {
        CliRunner.Run run = CliRunner.run("report", repo.toString(), "--as-of", "2021-08-05", "--format", "md", "-o", "-");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain(OFFICER);
        Golden.assertMatches(Golden.resources().resolve("golden/yuanhui-report.md"), run.out());
    }

    @Test
    void sameInputSameBytesInEveryFormat() throws IOException {
        for (String format : List.of("docx", "html", "md")) {
            Path a = repo.resolve("out/a." + format);
            Path b = repo.resolve("out/b." + format);
            assertThat(CliRunner.run("report", repo.toString(), "--as-of", "2021-08-05", "--format", format, "-o",
                    a.toString()).code()).isZero();
            assertThat(CliRunner.run("report", repo.toString(), "--as-of", "2021-08-05", "--format", format, "-o",
                    b.toString()).code()).isZero();
            assertThat(Files.readAllBytes(a)).as(format).isEqualTo(Files.readAllBytes(b));
        }
    }

    @Test
    void defaultOutputsAreNamedAfterTheFormatAndNeverInsideEvidence() {
        assertThat(CliRunner.run("report", repo.toString(), "--as-of", "2021-08-05", "--format", "html").code()).isZero();
        assertThat(repo.resolve("out/自评报告.html")).isRegularFile();
        CliRunner.Run inside = CliRunner.run("report", repo.toString(), "--as-of", "2021-08-05", "-o",
                repo.resolve("evidence/报告.docx").toString());
        assertThat(inside.code()).isEqualTo(2);
        assertThat(repo.resolve("evidence/报告.docx")).doesNotExist();
        assertThat(CliRunner.run("report", repo.toString(), "--format", "pdf").code()).isEqualTo(2);
        assertThat(CliRunner.run("report", repo.toString(), "-o", "-").code()).as("docx to stdout").isEqualTo(2);
    }

    static String styleName(XWPFDocument doc, XWPFParagraph p) {
        return p.getStyleID() == null ? null : doc.getStyles().getStyle(p.getStyleID()).getName();
    }

    static List<String> texts(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(styleName(doc, p))).map(XWPFParagraph::getText).toList();
    }

    static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }

    static XWPFTable tableWithHeader(XWPFDocument doc, String header) {
        return doc.getTables().stream().filter(t -> cells(t.getRow(0)).contains(header)).findFirst().orElseThrow();
    }

    /** Every XML part of a docx as text, to search for what must not be there. */
    static String allText(byte[] docx) throws IOException {
        StringBuilder out = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    out.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return out.toString();
    }

    static String entry(byte[] docx, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError(name + " not in the docx");
    }
}
