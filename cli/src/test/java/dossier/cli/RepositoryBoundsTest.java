package dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.testing.EvidenceFiles;
import dossier.testing.SampleRepo;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile repositories that tried to make report and package read outside the repository: file
 * names holding backslashes and dots, links for out/ and evidence/, paths in dossier.yaml. Each
 * keeps a secret beside the repository and checks that no output carries it.
 */
class RepositoryBoundsTest {
    private static final String SECRET = "OUTSIDE-SECRET-0xC0FFEE";
    private static final String AS_OF = "2021-08-05";
    private static final String TASK = "evidence/区政府办/1.1 深化行政审批制度改革/";

    @TempDir
    Path base;
    Path repo;

    @BeforeEach
    void sampleBesideASecret() throws IOException {
        repo = base.resolve("repo");
        SampleRepo.copyTo(repo);
        Files.writeString(base.resolve("secret.txt"), SECRET);
        Files.createDirectories(base.resolve("Windows"));
        Files.write(base.resolve("Windows/evil.pdf"), EvidenceFiles.bytes("evil.pdf", SECRET));
    }

    @Test
    void aNameWithBackslashesIsOneNameAndItsOwnFileIsBundledUnderASafeEntry() throws Exception {
        Path hostile = EvidenceFiles.write(repo.resolve(TASK + "..\\..\\..\\..\\Windows\\evil.pdf"), "INSIDE-PDF");

        CliRunner.Run validate = CliRunner.run("validate", repo.toString(), "--as-of", AS_OF, "--format", "json");
        assertThat(findings(validate.out(), "FIL007")).contains(TASK + "..\\..\\..\\..\\Windows\\evil.pdf");

        CliRunner.Run run = CliRunner.run("package", repo.toString(), "--as-of", AS_OF, "--force", "-q");
        assertThat(run.code()).as(run.err()).isZero();
        List<String> names = entriesWithout(repo.resolve("out/申报材料.zip"), SECRET);
        assertThat(names).allMatch(n -> !n.contains("\\") && !List.of(n.split("/")).contains(".."))
                .contains("1.1 深化行政审批制度改革/区政府办/..＼..＼..＼..＼Windows＼evil.pdf");
        assertThat(Files.readString(hostile, StandardCharsets.ISO_8859_1)).contains("INSIDE-PDF");
    }

    @Test
    void aSummaryNamedLikeAPathOutIsQuotedFromItself() throws Exception {
        Files.createDirectories(repo.resolve(TASK + "x简介"));
        Files.writeString(repo.resolve(TASK + ".\\x简介\\..\\..\\..\\..\\..\\secret.txt"), "INSIDE-SUMMARY");

        CliRunner.Run run = CliRunner.run("report", repo.toString(), "--as-of", AS_OF, "--format", "md",
                "-o", base.resolve("report.md").toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(base.resolve("report.md"))).doesNotContain(SECRET).contains("INSIDE-SUMMARY");

        CliRunner.Run ledger = CliRunner.run("ledger", repo.toString(), "--as-of", AS_OF, "--format", "csv",
                "-o", base.resolve("ledger.csv").toString());
        assertThat(ledger.code()).as(ledger.err()).isZero();
        assertThat(Files.readString(base.resolve("ledger.csv"))).doesNotContain(SECRET);

        CliRunner.run("package", repo.toString(), "--as-of", AS_OF, "--force", "-q");
        entriesWithout(repo.resolve("out/申报材料.zip"), SECRET);
    }

    @Test
    void theBundlesReportIsRenderedForItsOwnDateNeverTakenFromOut() throws Exception {
        Files.createDirectories(repo.resolve("out"));
        Files.createSymbolicLink(repo.resolve("out/自评报告.docx"), base.resolve("secret.txt"));

        CliRunner.Run run = CliRunner.run("package", repo.toString(), "--as-of", AS_OF, "--force");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("新生成");
        Path zip = repo.resolve("out/申报材料.zip");
        entriesWithout(zip, SECRET);
        try (ZipFile z = ZipFile.builder().setPath(zip).get();
             InputStream in = z.getInputStream(z.getEntry("自评报告.docx"));
             XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs()).isNotEmpty();
        }
        assertThat(Files.readString(base.resolve("secret.txt"))).isEqualTo(SECRET);
    }

    @Test
    void anEvidencePathOutOfTheRepositoryIsUnusableWithItsLine() throws IOException {
        Files.writeString(repo.resolve("dossier.yaml"), "name: 源汇区\nevidence: ../../../etc\n");
        for (String command : List.of("validate", "ledger", "report", "package")) {
            CliRunner.Run run = CliRunner.run(command, repo.toString(), "--as-of", AS_OF, "-q");
            assertThat(run.code()).as(command).isEqualTo(2);
            assertThat(run.err()).as(command).contains("dossier.yaml").contains("第2行").contains("../../../etc");
        }
        assertThat(repo.resolve("out/申报材料.zip")).doesNotExist();
    }

    @Test
    void anEvidenceFolderLinkedOutOfTheRepositoryIsUnusable() throws IOException {
        Files.move(repo.resolve("evidence"), base.resolve("elsewhere"));
        Files.createSymbolicLink(repo.resolve("evidence"), base.resolve("elsewhere"));
        CliRunner.Run run = CliRunner.run("validate", repo.toString(), "--as-of", AS_OF);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("evidence").contains("链接");
    }

    @Test
    void anEvidenceFolderLinkedInsideTheRepositoryIsWalkedAsIfItWereThere() throws IOException {
        String before = summary(CliRunner.run("validate", repo.toString(), "--as-of", AS_OF, "--format", "json").out());
        Files.createDirectories(repo.resolve("data"));
        Files.move(repo.resolve("evidence"), repo.resolve("data/evidence"));
        Files.createSymbolicLink(repo.resolve("evidence"), Path.of("data/evidence"));
        CliRunner.Run run = CliRunner.run("validate", repo.toString(), "--as-of", AS_OF, "--format", "json");
        assertThat(run.err()).doesNotContain("链接");
        assertThat(summary(run.out())).isEqualTo(before).contains("\"rate\"");
    }

    @Test
    void aTaskSheetLinkedOutOfTheRepositoryIsUnusable() throws IOException {
        Files.move(repo.resolve("indicators.xlsx"), base.resolve("indicators.xlsx"));
        Files.createSymbolicLink(repo.resolve("任务.xlsx"), base.resolve("indicators.xlsx"));
        Files.writeString(repo.resolve("dossier.yaml"), "indicators: 任务.xlsx\n");
        CliRunner.Run run = CliRunner.run("validate", repo.toString(), "--as-of", AS_OF);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("任务.xlsx").contains("链接");
    }

    /** The entry names of a zip, after checking that no entry carries the text. */
    private static List<String> entriesWithout(Path zip, String text) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry e : Collections.list(z.getEntriesInPhysicalOrder())) {
                names.add(e.getName());
                try (InputStream in = z.getInputStream(e)) {
                    assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).as(e.getName()).doesNotContain(text);
                }
            }
        }
        return names;
    }

    private static List<String> findings(String json, String rule) throws IOException {
        List<String> files = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(json).get("findings")) {
            if (f.get("rule").asText().equals(rule)) files.add(f.get("file").asText());
        }
        return files;
    }

    private static String summary(String json) throws IOException {
        return new ObjectMapper().readTree(json).get("coverage").toString();
    }
}
