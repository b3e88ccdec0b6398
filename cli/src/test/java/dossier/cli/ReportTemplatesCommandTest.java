package dossier.cli;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import dossier.testing.SampleRepo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** templates export, --template and --reference: the user's copies, and what a template may not do. */
class ReportTemplatesCommandTest {
    @TempDir
    Path dir;

    Path repo;

    @BeforeEach
    void copySample() throws IOException {
        repo = dir.resolve("repo");
        SampleRepo.copyTo(repo);
    }

    @Test
    void exportWritesTheTemplatesAndReferenceAndNeverOverwrites() throws IOException {
        Path out = dir.resolve("我的模板");
        CliRunner.Run first = CliRunner.run("templates", "export", out.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(out.resolve("report.md.ftl")).isRegularFile();
        assertThat(out.resolve("report.html.ftlh")).isRegularFile();
        assertThat(out.resolve("report.docx.ftlx")).isRegularFile();
        assertThat(out.resolve("common.ftl")).isRegularFile();
        assertThat(out.resolve("README.md")).isRegularFile();
        try (InputStream in = Files.newInputStream(out.resolve("reference.docx")); XWPFDocument ref = new XWPFDocument(in)) {
            assertThat(ref.getStyles().getStyleWithName("heading 1")).isNotNull();
            assertThat(ref.getParagraphs()).isNotEmpty();
        }
        Files.writeString(out.resolve("report.md.ftl"), "# 我改过的", StandardCharsets.UTF_8);
        assertThat(CliRunner.run("templates", "export", out.toString()).code()).isZero();
        assertThat(Files.readString(out.resolve("report.md.ftl"), StandardCharsets.UTF_8)).isEqualTo("# 我改过的");
        assertThat(CliRunner.run("templates").code()).as("no subcommand").isEqualTo(2);
    }

    @Test
    void aUserTemplateIsUsedAndMissingOnesComeFromTheBundle() throws IOException {
        Path t = Files.createDirectories(dir.resolve("t"));
        Files.writeString(t.resolve("report.md.ftl"), "<#import \"common.ftl\" as c>${c.title(campaign)}|${score.earnedText}|"
                + "${gaps.officersBelow}", StandardCharsets.UTF_8);
        CliRunner.Run run = CliRunner.run("report", repo.toString(), "--as-of", "2021-08-05", "--format", "md",
                "--template", t.toString(), "-o", "-");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("源汇区法治政府建设示范创建自评报告|39.2|1");
    }

    @Test
    void newAndApiAreRefusedWithTheTemplatesLine() throws IOException {
        Path t = Files.createDirectories(dir.resolve("t"));
        for (String body : List.of("<#assign x = \"freemarker.template.utility.Execute\"?new()>${x(\"id\")}",
                "${campaign?api.getClass()}", "${campaign.name?api}")) {
            Files.writeString(t.resolve("report.md.ftl"), "第一行\n第二行 " + body + "\n", StandardCharsets.UTF_8);
            CliRunner.Run run = CliRunner.run("report", repo.toString(), "--as-of", "2021-08-05", "--format", "md",
                    "--template", t.toString(), "-o", "-");
            assertThat(run.code()).as(body).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains(t.resolve("report.md.ftl").toString()).contains("2");
        }
    }

    @Test
    void aTemplateCannotIncludeAFileALinkLeadsOutOfItsFolder() throws IOException {
        Path t = Files.createDirectories(dir.resolve("t"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "机密", StandardCharsets.UTF_8);
        try {
            Files.createSymbolicLink(t.resolve("leak.ftl"), secret);
        } catch (UnsupportedOperationException | IOException e) {
            return;
        }
        Files.writeString(t.resolve("report.md.ftl"), "<#include \"leak.ftl\">", StandardCharsets.UTF_8);
        CliRunner.Run run = CliRunner.run("report", repo.toString(), "--as-of", "2021-08-05", "--format", "md",
                "--template", t.toString(), "-o", "-");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).doesNotContain("机密");
    }

    @Test
    void aSyntaxErrorNamesTheTemplateLineAndColumn() throws IOException {
        Path t = Files.createDirectories(dir.resolve("t"));
        Files.writeString(t.resolve("report.html.ftlh"), "<p>\n<#if campaign.partial>\n", StandardCharsets.UTF_8);
        CliRunner.Run run = CliRunner.run("report", repo.toString(), "--as-of", "2021-08-05", "--format", "html",
                "--template", t.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(t.resolve("report.html.ftlh").toString());
        assertThat(repo.resolve("out/自评报告.html")).doesNotExist();
    }

    @Test
    void aRestyledReferenceWithWordsOwnStyleIdsIsFollowedByName() throws IOException {
        Path out = dir.resolve("t");
        CliRunner.run("templates", "export", out.toString());
        Path reference = out.resolve("reference.docx");
        // What Chinese Word does on save: style ids become "1", "2"…; names stay. And a restyle: heading 1 in red.
        try (InputStream in = Files.newInputStream(reference); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFStyle h1 = doc.getStyles().getStyleWithName("heading 1");
            h1.getCTStyle().setStyleId("1");
            h1.getCTStyle().getRPr().addNewColor().setVal("FF0000");
            doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyleID())).forEach(p -> p.setStyle("1"));
            doc.getStyles().getStyles().stream().filter(s -> "Table Text".equals(s.getName())).findFirst()
                    .ifPresent(s -> s.getCTStyle().getName().setVal("Table Text"));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.write(bytes);
            Files.write(reference, bytes.toByteArray());
        }
        CliRunner.Run run = CliRunner.run("report", repo.toString(), "--as-of", "2021-08-05", "--reference",
                reference.toString());
        assertThat(run.code()).as(run.err()).isZero();
        try (InputStream in = Files.newInputStream(repo.resolve("out/自评报告.docx")); XWPFDocument doc = new XWPFDocument(in)) {
            var heading = doc.getParagraphs().stream().filter(p -> p.getText().equals("一、总体情况")).findFirst().orElseThrow();
            assertThat(heading.getStyleID()).isEqualTo("1");
            assertThat(doc.getStyles().getStyle("1").getCTStyle().getRPr().getColorArray(0).xgetVal().getStringValue())
                    .isEqualTo("FF0000");
            assertThat(doc.getParagraphs()).noneMatch(p -> p.getText().contains("本页的文字不会出现在报告中"));
        }
        assertThat(CliRunner.run("report", repo.toString(), "--reference", dir.resolve("none.docx").toString()).code())
                .isEqualTo(2);
    }
}
