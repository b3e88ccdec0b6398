package dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import dossier.testing.SampleRepo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundle unzipped and checked: layout, checksums, what is left out, same bytes twice, GBK names. */
class PackageCommandTest {
    private static final Path SAMPLE = Path.of("../samples/yuanhui").toAbsolutePath().normalize();

    @TempDir
    Path repo;

    @BeforeEach
    void copySample() throws IOException {
        SampleRepo.copyTo(repo);
    }

    @Test
    void refusesWhileValidateHasErrors() {
        CliRunner.Run run = CliRunner.run("package", repo.toString(), "--as-of", "2021-08-05");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("拒绝打包").contains("COV001");
        assertThat(Files.exists(repo.resolve("out/申报材料.zip"))).isFalse();
    }

    @Test
    void dryRunListsWhatWouldBePackedAndLeftOut() {
        CliRunner.Run run = CliRunner.run("package", repo.toString(), "--as-of", "2021-08-05", "--dry-run", "--force");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("1.1 深化行政审批制度改革/区政府办/新闻链接.txt  ←  evidence/区政府办/1.1 深化行政审批制度改革/新闻链接.txt")
                .contains("~$会议纪要.docx  (FIL005").contains("现场照片.jpg  (FIL002");
        assertThat(Files.exists(repo.resolve("out/申报材料.zip"))).isFalse();
    }

    @Test
    void everyFileIsThereWithItsChecksum() throws Exception {
        Files.createDirectories(repo.resolve("out"));
        Files.writeString(repo.resolve("out/自评报告.docx"), "stand-in report");
        CliRunner.Run run = CliRunner.run("package", repo.toString(), "--as-of", "2021-08-05", "--force");
        assertThat(run.code()).isZero();
        Path zip = repo.resolve("out/申报材料.zip");
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            List<String> names = new ArrayList<>();
            for (ZipArchiveEntry e : Collections.list(z.getEntriesInPhysicalOrder())) {
                names.add(e.getName());
                assertThat(e.getGeneralPurposeBit().usesUTF8ForNames()).isTrue();
            }
            assertThat(names).contains("自评报告.docx", "manifest.json", "材料清单.xlsx")
                    .noneMatch(n -> n.contains("~$") || n.contains("Thumbs.db") || n.contains("现场照片.jpg") || n.startsWith("9.1"));
            JsonNode manifest = new ObjectMapper().readTree(z.getInputStream(z.getEntry("manifest.json")));
            assertThat(manifest.get("files").size()).isEqualTo(names.size() - 4);
            assertThat(names).contains("校验结果.json");
            assertThat(manifest.get("attachments")).extracting(a -> a.get("path").asText())
                    .containsExactly("自评报告.docx", "校验结果.json", "材料清单.xlsx");
            try (InputStream report = z.getInputStream(z.getEntry("自评报告.docx"))) {
                // A copy under out/ may be of another as-of date: the bundle always gets its own.
                assertThat(new String(report.readAllBytes())).isNotEqualTo("stand-in report");
            }
            for (JsonNode f : manifest.get("files")) {
                ZipArchiveEntry e = z.getEntry(f.get("path").asText());
                assertThat(e).as(f.get("path").asText()).isNotNull();
                try (InputStream in = z.getInputStream(e)) {
                    byte[] data = in.readAllBytes();
                    assertThat(data.length).isEqualTo(f.get("size").asLong());
                    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)))
                            .isEqualTo(f.get("sha256").asText());
                    assertThat(data).isEqualTo(Files.readAllBytes(repo.resolve(f.get("source").asText())));
                }
                assertThat(f.get("path").asText()).startsWith(f.get("indicator").asText() + " ")
                        .contains("/" + f.get("unit").asText() + "/");
            }
            try (XSSFWorkbook wb = new XSSFWorkbook(z.getInputStream(z.getEntry("材料清单.xlsx")))) {
                assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(manifest.get("files").size());
            }
        }
    }

    @Test
    void theReportIsRenderedForTheBundlesOwnDate() throws Exception {
        CliRunner.Run run = CliRunner.run("package", repo.toString(), "--as-of", "2021-08-05", "--force");
        assertThat(run.out()).contains("新生成");
        try (ZipFile z = ZipFile.builder().setPath(repo.resolve("out/申报材料.zip")).get();
             InputStream in = z.getInputStream(z.getEntry("自评报告.docx"));
             var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertThat(doc.getParagraphs()).isNotEmpty();
        }
    }

    @Test
    void sameInputSameBytesAndGbkNamesOnRequest() throws IOException {
        CliRunner.run("package", repo.toString(), "--as-of", "2021-08-05", "--force", "-q", "-o", repo.resolve("a.zip").toString());
        CliRunner.run("package", repo.toString(), "--as-of", "2021-08-05", "--force", "-q", "-o", repo.resolve("b.zip").toString());
        assertThat(Files.readAllBytes(repo.resolve("a.zip"))).isEqualTo(Files.readAllBytes(repo.resolve("b.zip")));

        CliRunner.run("package", repo.toString(), "--as-of", "2021-08-05", "--force", "-q", "--zip-encoding", "gbk",
                "-o", repo.resolve("gbk.zip").toString());
        try (ZipFile z = ZipFile.builder().setPath(repo.resolve("gbk.zip")).setCharset("GBK").get()) {
            ZipArchiveEntry first = z.getEntriesInPhysicalOrder().nextElement();
            assertThat(first.getGeneralPurposeBit().usesUTF8ForNames()).isFalse();
            assertThat(first.getName()).startsWith("1.1 深化行政审批制度改革/");
        }
    }
}
