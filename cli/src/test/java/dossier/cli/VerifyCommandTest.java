package dossier.cli;

import dossier.testing.SampleRepo;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** A bundle from package verifies; copies with one byte changed, one entry removed or one added do not, and say which. */
class VerifyCommandTest {
    @TempDir
    static Path dir;
    static Path bundle;
    static String evidenceEntry;

    @BeforeAll
    static void pack() throws IOException {
        Path repo = dir.resolve("repo");
        SampleRepo.copyTo(repo);
        bundle = dir.resolve("申报材料.zip");
        CliRunner.Run run = CliRunner.run("package", repo.toString(), "--as-of", "2021-08-05", "--force", "-q",
                "-o", bundle.toString());
        assertThat(run.code()).as(run.err()).isZero();
        try (ZipFile z = ZipFile.builder().setPath(bundle).get()) {
            evidenceEntry = Collections.list(z.getEntriesInPhysicalOrder()).stream().map(ZipArchiveEntry::getName)
                    .filter(n -> n.startsWith("4.4 ") && n.endsWith(".txt")).findFirst().orElseThrow();
        }
    }

    @Test
    void aBundleFromPackageIsIntact() {
        CliRunner.Run run = CliRunner.run("verify", bundle.toString());
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).startsWith("完整：");
    }

    @Test
    void oneByteChangedInsideAnEntryIsNamed() throws IOException {
        Path copy = rewrite("changed.zip", name -> true, evidenceEntry, null);
        CliRunner.Run run = CliRunner.run("verify", copy.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("被改动：" + evidenceEntry + "（内容的 SHA-256 与清单不符）")
                .doesNotContain("缺少：").doesNotContain("多出：");
    }

    @Test
    void oneByteChangedInTheZipFileItselfIsNamed() throws IOException {
        Path copy = dir.resolve("flipped.zip");
        byte[] bytes = Files.readAllBytes(bundle);
        long offset;
        try (ZipFile z = ZipFile.builder().setPath(bundle).get()) {
            offset = z.getEntry(evidenceEntry).getDataOffset();
        }
        bytes[(int) offset] ^= 0x5A;
        Files.write(copy, bytes);
        CliRunner.Run run = CliRunner.run("verify", copy.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("被改动：" + evidenceEntry);
    }

    @Test
    void oneEntryRemovedIsNamed() throws IOException {
        Path copy = rewrite("removed.zip", name -> !name.equals(evidenceEntry), null, null);
        CliRunner.Run run = CliRunner.run("verify", copy.toString(), "--lang", "en");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("missing: " + evidenceEntry).contains("total: 1 missing, 0 extra, 0 altered");
    }

    @Test
    void oneEntryAddedIsNamed() throws IOException {
        Path copy = rewrite("added.zip", name -> true, null, "4.4 健全行政执法人员管理制度/补充说明.txt");
        CliRunner.Run run = CliRunner.run("verify", copy.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("多出：4.4 健全行政执法人员管理制度/补充说明.txt").contains("合计：缺少 0 个，多出 1 个，被改动 0 个");
    }

    /** zstd is a method zip allows but package never writes; the jar has no codec for it (found by make fuzz). */
    @Test
    void anEntryInACompressionPackageNeverWritesIsNamedNotACrash() throws IOException {
        CliRunner.Run run = CliRunner.run("verify", withMethod("zstd-entry.zip", evidenceEntry, 93).toString());
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("被改动：" + evidenceEntry);

        CliRunner.Run manifest = CliRunner.run("verify", withMethod("zstd-manifest.zip", "manifest.json", 93).toString());
        assertThat(manifest.code()).as(manifest.err()).isEqualTo(2);
        assertThat(manifest.err()).contains("zstd-manifest.zip").doesNotContain("Exception").doesNotContain("Error:");
    }

    @Test
    void theReportResultAndManifestWorkbookAreCheckedToo() throws IOException {
        for (String attachment : new String[]{"自评报告.docx", "校验结果.json", "材料清单.xlsx"}) {
            Path copy = rewrite("attachment.zip", name -> true, attachment, null);
            CliRunner.Run run = CliRunner.run("verify", copy.toString());
            assertThat(run.code()).as(attachment).isEqualTo(1);
            assertThat(run.out()).contains("被改动：" + attachment);
        }
    }

    @Test
    void aResultThatDescribesAnotherBundleIsNamedEvenWithItsChecksumUpdated() throws IOException {
        Path copy = dir.resolve("forged.zip");
        byte[] result;
        byte[] manifest;
        try (ZipFile z = ZipFile.builder().setPath(bundle).get()) {
            result = z.getInputStream(z.getEntry("校验结果.json")).readAllBytes();
            manifest = z.getInputStream(z.getEntry("manifest.json")).readAllBytes();
        }
        byte[] forged = new String(result, StandardCharsets.UTF_8).replace("\"asOf\": \"2021-08-05\"", "\"asOf\": \"2021-09-30\"")
                .getBytes(StandardCharsets.UTF_8);
        String m = new String(manifest, StandardCharsets.UTF_8)
                .replace(sha256(result), sha256(forged))
                .replace("\"size\": " + result.length + ",", "\"size\": " + forged.length + ",");
        copyWith(copy, java.util.Map.of("校验结果.json", forged, "manifest.json", m.getBytes(StandardCharsets.UTF_8)));
        CliRunner.Run run = CliRunner.run("verify", copy.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).doesNotContain("被改动：").contains("校验结果：校验结果.json 的校验日期为 2021-09-30，清单为 2021-08-05。");
    }

    @Test
    void aggregateReadsTheResultInsideABundle() throws IOException {
        CliRunner.Run run = CliRunner.run("aggregate", bundle.toString(), "-o", dir.resolve("city").toString());
        assertThat(run.code()).as(run.err()).isZero();
        var city = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("city/汇总结果.json").toFile());
        assertThat(city.at("/districts/0/file").asText()).isEqualTo(bundle + "!/校验结果.json");
        assertThat(city.at("/districts/0/name").asText()).isEqualTo("源汇区法治政府建设示范创建");
    }

    @Test
    void anythingElseIsNotABundle() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.zip"), "不是压缩包");
        assertThat(CliRunner.run("verify", text.toString()).code()).isEqualTo(2);
        Path plain = rewrite("plain.zip", name -> !name.equals("manifest.json"), null, null);
        CliRunner.Run run = CliRunner.run("verify", plain.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(plain.toString()).contains("不是 dossier 生成的申报材料包");
        assertThat(CliRunner.run("verify", dir.resolve("nowhere.zip").toString()).code()).isEqualTo(2);
    }

    private static String sha256(byte[] data) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the bundle whose one entry claims another compression method, its bytes unchanged. */
    private static Path withMethod(String name, String entry, int method) throws IOException {
        Path copy = dir.resolve(name);
        try (ZipFile in = ZipFile.builder().setPath(bundle).get();
             ZipArchiveOutputStream out = new ZipArchiveOutputStream(copy)) {
            out.setEncoding("UTF-8");
            for (ZipArchiveEntry e : Collections.list(in.getEntriesInPhysicalOrder())) {
                ZipArchiveEntry copied = new ZipArchiveEntry(e);
                if (e.getName().equals(entry)) copied.setMethod(method);
                out.addRawArchiveEntry(copied, in.getRawInputStream(e));
            }
        }
        return copy;
    }

    /** A copy of the bundle with some entries' content replaced. */
    private static void copyWith(Path copy, java.util.Map<String, byte[]> replaced) throws IOException {
        try (ZipFile in = ZipFile.builder().setPath(bundle).get();
             ZipArchiveOutputStream out = new ZipArchiveOutputStream(copy)) {
            out.setEncoding("UTF-8");
            for (ZipArchiveEntry e : Collections.list(in.getEntriesInPhysicalOrder())) {
                if (!replaced.containsKey(e.getName())) {
                    out.addRawArchiveEntry(e, in.getRawInputStream(e));
                    continue;
                }
                out.putArchiveEntry(new ZipArchiveEntry(e.getName()));
                out.write(replaced.get(e.getName()));
                out.closeArchiveEntry();
            }
        }
    }

    /** A copy of the bundle keeping the entries kept says to keep, one byte flipped in changed, one entry added. */
    private static Path rewrite(String name, Predicate<String> kept, String changed, String added) throws IOException {
        Path copy = dir.resolve(name);
        try (ZipFile in = ZipFile.builder().setPath(bundle).get();
             ZipArchiveOutputStream out = new ZipArchiveOutputStream(copy)) {
            out.setEncoding("UTF-8");
            for (ZipArchiveEntry e : Collections.list(in.getEntriesInPhysicalOrder())) {
                if (!kept.test(e.getName())) continue;
                if (e.getName().equals(changed)) {
                    byte[] data;
                    try (InputStream s = in.getInputStream(e)) {
                        data = s.readAllBytes();
                    }
                    data[data.length / 2] ^= 1;
                    out.putArchiveEntry(new ZipArchiveEntry(e.getName()));
                    out.write(data);
                    out.closeArchiveEntry();
                } else {
                    out.addRawArchiveEntry(e, in.getRawInputStream(e));
                }
            }
            if (added != null) {
                out.putArchiveEntry(new ZipArchiveEntry(added));
                out.write("后补的材料".getBytes(StandardCharsets.UTF_8));
                out.closeArchiveEntry();
            }
        }
        return copy;
    }
}
