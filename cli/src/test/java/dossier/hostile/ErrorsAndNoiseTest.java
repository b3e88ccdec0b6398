package dossier.hostile;

import dossier.cli.CliRunner;
import dossier.testing.SampleRepo;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Exit codes and stderr as a user sees them, in a JVM of its own: one line, never a Java stack trace. */
class ErrorsAndNoiseTest {
    @TempDir
    Path tmp;

    @Test
    void runningOutOfMemoryExitsThreeWithOneLine() throws Exception {
        Path repo = tmp.resolve("repo");
        SampleRepo.copyTo(repo);

        CliRunner.Run run = Jvm.run(tmp, "10m", "report", repo.toString(), "--as-of", "2021-08-05",
                "-o", tmp.resolve("r.docx").toString());

        assertThat(run.code()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("内存不足").doesNotContain("\tat ", "Exception in thread");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void damagedPartsOfARegisterAndADocumentAreNamedNotLogged() throws Exception {
        HostileRepo r = HostileRepo.in(tmp.resolve("world"));
        Path register = r.repo.resolve("evidence/" + HostileRepo.UNIT + "/registers/执法人员名册.xlsx");
        Files.createDirectories(register.getParent());
        Files.write(register, withDoctype(workbook()));
        Files.write(r.task().resolve("工作方案.docx"), withDoctype(workbook()));
        Files.write(r.repo.resolve("evidence/" + HostileRepo.UNIT + "/registers/培训台账.xlsx"),
                withPart(workbook(), "xl/workbook.xml", new byte[]{'<', 'a', '>', (byte) 0xFF, '<', '/', 'a', '>'}));

        CliRunner.Run run = Jvm.run(tmp, "256m", "validate", r.repo.toString(), "--as-of", "2021-08-05");

        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("THR009").contains("registers/执法人员名册.xlsx").contains("registers/培训台账.xlsx");
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("名册").createRow(0).createCell(0).setCellValue("姓名");
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The same zip with a DOCTYPE in [Content_Types].xml, which POI refuses (and used to log as FATAL). */
    private static byte[] withDoctype(byte[] zip) throws IOException {
        return withPart(zip, "[Content_Types].xml", null);
    }

    /**
     * The same zip with one part replaced, or for null [Content_Types].xml behind a DOCTYPE. Invalid
     * UTF-8 in a part made the JDK's XML parser print "[Fatal Error]" to stderr.
     */
    private static byte[] withPart(byte[] zip, String part, byte[] replacement) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(part) && replacement != null) {
                    data = replacement;
                } else if (e.getName().equals(part)) {
                    data = ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]>"
                            + new String(data, StandardCharsets.UTF_8).replaceFirst("^<\\?xml[^>]*\\?>", ""))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
