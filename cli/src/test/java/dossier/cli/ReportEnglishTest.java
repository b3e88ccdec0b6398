package dossier.cli;

import dossier.testing.SampleRepo;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dossier.cli.ReportCommandTest.OFFICER;
import static dossier.cli.ReportCommandTest.cells;
import static dossier.cli.ReportCommandTest.styleName;
import static dossier.cli.ReportCommandTest.tableWithHeader;
import static dossier.cli.ReportCommandTest.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** dossier report --lang en: the English templates in every format, and templates export --lang en. */
class ReportEnglishTest {
    static final List<String> SECTIONS = List.of("I. Overview", "II. Main Measures and Results",
            "III. Quantitative Targets", "IV. Highlights", "V. Shortcomings and Weaknesses", "VI. Next Steps");
    static final Path TEMPLATES = Path.of("../templates");

    @TempDir
    Path dir;

    Path repo;

    @BeforeEach
    void copySample() throws IOException {
        repo = dir.resolve("repo");
        SampleRepo.copyTo(repo);
    }

    private CliRunner.Run md(Map<String, String> env, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("report", repo.toString(), "--as-of", "2021-08-05",
                "--format", "md", "-o", "-"));
        args.addAll(List.of(more));
        return CliRunner.run(env, args.toArray(new String[0]));
    }

    @Test
    void mdMatchesItsGoldenFileWithEnglishHeadings() throws IOException {
        CliRunner.Run run = md(Map.of(), "--lang", "en");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain(OFFICER);
        Golden.assertMatches(Golden.resources().resolve("golden/yuanhui-report-en.md"), run.out());
        List<String> h2 = run.out().lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3)).toList();
        assertThat(h2).containsExactlyElementsOf(concat(SECTIONS, List.of("Annex 1 Score Details", "Annex 2 Index of Evidence")));
        assertThat(run.out().lines().filter(l -> l.startsWith("### ") && !l.startsWith("### (")))
                .containsExactly("### Evidence coverage by area", "### Evidence coverage by unit");
        assertThat(run.out()).startsWith("# Self-Assessment Report: 源汇区法治政府建设示范创建\n")
                .contains("Yearly training hours per officer: 9 of 10 officers (target ≥ 40 hours each, in progress); "
                        + "1 officer below 40 hours");

        CliRunner.Run byEnv = md(Map.of("DOSSIER_LANG", "en"));
        assertThat(byEnv.out()).as("DOSSIER_LANG=en").isEqualTo(run.out());
    }

    @Test
    void docxHasEnglishHeadingsAndTables() throws IOException {
        CliRunner.Run run = CliRunner.run("report", repo.toString(), "--as-of", "2021-08-05", "--lang", "en");
        assertThat(run.code()).as(run.err()).isZero();
        Path file = repo.resolve("out/自评报告.docx");
        assertThat(ReportCommandTest.allText(Files.readAllBytes(file))).doesNotContain(OFFICER);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertThat(styleName(doc, ps.get(0))).isEqualTo("Title");
            assertThat(ps.get(0).getText()).isEqualTo("Self-Assessment Report: 源汇区法治政府建设示范创建");
            assertThat(texts(doc, "heading 1")).containsExactlyElementsOf(concat(SECTIONS,
                    List.of("Annex 1. Score Details", "Annex 2. Index of Evidence")));
            assertThat(texts(doc, "heading 2")).hasSize(8).first().isEqualTo("(1) 依法全面履行政府职能");
            assertThat(texts(doc, "heading 3")).hasSize(28).contains("4.4 健全行政执法人员管理制度");
            assertThat(texts(doc, "caption")).startsWith("Table 1. Self-assessed score");

            XWPFTable score = doc.getTables().get(0);
            assertThat(cells(score.getRow(0))).containsExactly("No.", "Area", "Points", "Score");
            assertThat(cells(score.getRow(9))).containsExactly("", "Total", "100.0", "39.2");
            XWPFTable gaps = tableWithHeader(doc, "Indicators without evidence");
            XWPFTableRow justice = gaps.getRows().stream().filter(r -> r.getCell(0).getText().equals("区司法局"))
                    .findFirst().orElseThrow();
            assertThat(justice.getCell(3).getText()).contains("Yearly training hours per officer").contains("1 officer below 40 hours");
            assertThat(ps.stream().map(XWPFParagraph::getText))
                    .anyMatch(t -> t.contains("1 law-enforcement officer short of the required training hours"));
            assertThat(doc.getProperties().getCoreProperties().getSubject()).startsWith("Self-assessment report");
        }
    }

    @Test
    void htmlIsEnglishAndStillSelfContained() throws Exception {
        CliRunner.Run run = CliRunner.run("report", repo.toString(), "--as-of", "2021-08-05", "--format", "html",
                "--lang", "en");
        assertThat(run.code()).as(run.err()).isZero();
        String html = Files.readString(repo.resolve("out/自评报告.html"), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain(OFFICER);
        Document doc = ReportHtmlTest.parse(html);
        assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("en");
        List<Element> all = ReportHtmlTest.elements(doc.getDocumentElement());
        assertThat(all).extracting(Element::getTagName).doesNotContain("script", "link", "img", "iframe", "object", "embed")
                .contains("svg", "style", "table");
        assertThat(all.stream().filter(e -> e.getTagName().equals("h2")).map(Element::getTextContent))
                .containsExactlyElementsOf(concat(SECTIONS, List.of("Annex 1. Score Details", "Annex 2. Index of Evidence")));
        assertThat(all.stream().filter(e -> e.getTagName().equals("th")).map(Element::getTextContent))
                .contains("Unit", "Submitted", "Coverage", "What is checked", "Material");
        assertThat(doc.getElementsByTagName("rect").getLength()).isGreaterThan(20);
    }

    @Test
    void sameInputSameBytesInEveryFormat() throws IOException {
        for (String format : List.of("docx", "html", "md")) {
            Path a = repo.resolve("out/a." + format);
            Path b = repo.resolve("out/b." + format);
            for (Path p : List.of(a, b)) {
                assertThat(CliRunner.run("report", repo.toString(), "--as-of", "2021-08-05", "--lang", "en",
                        "--format", format, "-o", p.toString()).code()).isZero();
            }
            assertThat(Files.readAllBytes(a)).as(format).isEqualTo(Files.readAllBytes(b));
        }
    }

    @Test
    void exportWritesTheEnglishSetUnderTheSameNamesAndTemplateUsesIt() throws IOException {
        Path en = dir.resolve("english");
        CliRunner.Run run = CliRunner.run("templates", "export", en.toString(), "--lang", "en");
        assertThat(run.code()).as(run.err()).isZero();
        for (String name : List.of("common.ftl", "report.md.ftl", "report.html.ftlh", "report.docx.ftlx")) {
            assertThat(en.resolve(name)).as(name).hasSameBinaryContentAs(TEMPLATES.resolve("en").resolve(name));
        }
        assertThat(en.resolve("README.md")).hasSameBinaryContentAs(TEMPLATES.resolve("README.md"));
        assertThat(en.resolve("reference.docx")).isRegularFile();
        assertThat(run.out()).contains("report.md.ftl");

        Path zh = dir.resolve("chinese");
        assertThat(CliRunner.run("templates", "export", zh.toString()).code()).isZero();
        assertThat(zh.resolve("report.md.ftl")).as("Chinese by default").hasSameBinaryContentAs(TEMPLATES.resolve("report.md.ftl"));

        CliRunner.Run bundled = md(Map.of(), "--lang", "en");
        CliRunner.Run exported = md(Map.of(), "--lang", "en", "--template", en.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.out()).isEqualTo(bundled.out());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
