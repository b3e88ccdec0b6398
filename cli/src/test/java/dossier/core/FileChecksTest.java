package dossier.core;

import dossier.app.ValidateRequest;
import dossier.app.Validator;
import dossier.model.Finding;
import dossier.model.TaskState;
import dossier.testing.EvidenceFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The files, freshness and waiver families on real files, and the content cache between runs. */
class FileChecksTest {
    private static final LocalDate AS_OF = LocalDate.of(2021, 8, 5);

    @TempDir
    Path repo;

    @BeforeEach
    void sheet() throws IOException {
        write("indicators.csv", "编号,二级指标,牵头单位,完成时限\n4.4,培训,区司法局,2021-12-31\n7.3,队伍,区司法局,2021-12-31\n");
    }

    @Test
    void aRenamedFileIsDetectedByItsContentAndDoesNotCount() throws IOException {
        Files.createDirectories(repo.resolve("evidence/区司法局/4.4 培训"));
        Files.write(repo.resolve("evidence/区司法局/4.4 培训/现场照片.jpg"), EvidenceFiles.bytes("x.docx", "word"));
        Files.write(repo.resolve("evidence/区司法局/4.4 培训/通知.pdf"), "%PDF-1.4 cut off".getBytes(StandardCharsets.US_ASCII));
        ValidationResult r = validate();
        assertThat(r.statuses().get(0).state()).isEqualTo(TaskState.MISSING);
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("FIL002"))
                .extracting(Finding::file, f -> f.arg("detected"))
                .containsExactly(tuple("evidence/区司法局/4.4 培训/现场照片.jpg", "docx"),
                        tuple("evidence/区司法局/4.4 培训/通知.pdf", "damaged-pdf"));
    }

    @Test
    void duplicatesListEveryPlace() throws IOException {
        byte[] scan = EvidenceFiles.bytes("a.pdf", "the same scan");
        for (String p : List.of("evidence/区司法局/4.4 培训/通知.pdf", "evidence/区司法局/7.3 队伍/通知副本.pdf",
                "evidence/区司法局/7.3 队伍/再一份.pdf")) {
            Files.createDirectories(repo.resolve(p).getParent());
            Files.write(repo.resolve(p), scan);
        }
        EvidenceFiles.write(repo.resolve("evidence/区司法局/7.3 队伍/另一份.pdf"), "different but same size!");
        ValidationResult r = validate();
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("FIL006")).extracting(Finding::file, f -> f.arg("count"))
                .containsExactlyInAnyOrder(tuple("evidence/区司法局/4.4 培训/通知.pdf", 2),
                        tuple("evidence/区司法局/7.3 队伍/再一份.pdf", 2), tuple("evidence/区司法局/7.3 队伍/通知副本.pdf", 2));
        Finding first = r.findings().stream().filter(f -> f.ruleId().equals("FIL006")).findFirst().orElseThrow();
        assertThat(first.arg("places")).as("the count is the places listed")
                .isEqualTo(List.of("evidence/区司法局/7.3 队伍/再一份.pdf", "evidence/区司法局/7.3 队伍/通知副本.pdf"));
    }

    @Test
    void tooLargeBadNamesAndFreshness() throws IOException {
        write("dossier.yaml", "files:\n  max_size: 100\n");
        EvidenceFiles.write(repo.resolve("evidence/区司法局/4.4 培训/培训计划.docx"), "x".repeat(200));
        EvidenceFiles.write(repo.resolve("evidence/区司法局/4.4 培训/CON.pdf"), "con");
        EvidenceFiles.write(repo.resolve("evidence/区司法局/7.3 队伍/2018年工作总结.pdf"), "old");
        EvidenceFiles.write(repo.resolve("evidence/区司法局/7.3 队伍/2022年工作计划.pdf"), "future");
        EvidenceFiles.write(repo.resolve("evidence/区司法局/7.3 队伍/2020年度报告.pdf"), "last year");
        ValidationResult r = validate();
        assertThat(r.findings()).filteredOn(f -> f.ruleId().matches("FIL004|FIL007|FRS00\\d"))
                .extracting(Finding::ruleId, Finding::file)
                .containsExactly(
                        tuple("FIL004", "evidence/区司法局/4.4 培训/培训计划.docx"),
                        tuple("FIL007", "evidence/区司法局/4.4 培训/CON.pdf"),
                        tuple("FRS001", "evidence/区司法局/7.3 队伍/2022年工作计划.pdf"),
                        tuple("FRS002", "evidence/区司法局/7.3 队伍/2018年工作总结.pdf"));
        assertThat(r.statuses()).extracting(s -> s.state()).containsOnly(TaskState.COVERED);
    }

    @Test
    void theSecondRunReadsTheCacheNotTheFiles() throws IOException {
        Path photo = EvidenceFiles.write(repo.resolve("evidence/区司法局/4.4 培训/照片.jpg"), "photo");
        FileTime time = Files.getLastModifiedTime(photo);
        assertThat(validate().statuses().get(0).state()).isEqualTo(TaskState.COVERED);
        Path cache = repo.resolve("out/.dossier/content-cache.tsv");
        assertThat(Files.readString(cache)).contains("evidence/区司法局/4.4 培训/照片.jpg");

        byte[] garbage = new byte[(int) Files.size(photo)];
        Files.write(photo, garbage);
        Files.setLastModifiedTime(photo, time);
        assertThat(validate().statuses().get(0).state()).as("unchanged size and time: the cached verdict stands").isEqualTo(TaskState.COVERED);

        Files.setLastModifiedTime(photo, FileTime.fromMillis(time.toMillis() + 5000));
        assertThat(validate().statuses().get(0).state()).as("a new time: read again").isEqualTo(TaskState.MISSING);

        Files.writeString(cache, "dossier-cache 2\ngarbage\n");
        assertThat(validate().statuses().get(0).state()).as("a damaged cache is ignored").isEqualTo(TaskState.MISSING);
        assertThat(Files.readString(cache)).startsWith("dossier-cache 2\n").doesNotContain("garbage");
    }

    @Test
    void waiversKeepFindingsVisibleAndReportExpiredAndUnusedOnes() throws IOException {
        write("dossier.yaml", """
                waivers:
                  - {rule: COV001, unit: 司法局, indicator: "4.4", reason: 培训记录由市局统一保管, approved_by: 王立新, until: 2021-12-31}
                  - {rule: COV001, unit: 区司法局, indicator: "7.3", reason: 旧豁免, approved_by: 王立新, until: 2021-06-30}
                  - {rule: FIL005, reason: 写错了}
                """);
        ValidationResult r = validate();
        Finding waived = r.findings().stream().filter(f -> f.ruleId().equals("COV001") && f.indicator().equals("4.4"))
                .findFirst().orElseThrow();
        assertThat(waived.waived()).isTrue();
        assertThat(waived.waiver().reason()).isEqualTo("培训记录由市局统一保管");
        Finding notWaived = r.findings().stream().filter(f -> f.ruleId().equals("COV001") && f.indicator().equals("7.3"))
                .findFirst().orElseThrow();
        assertThat(notWaived.waived()).isFalse();
        assertThat(r.findings()).extracting(Finding::ruleId).contains("WAV001", "WAV002");
        assertThat(r.findings()).filteredOn(f -> f.ruleId().startsWith("WAV"))
                .extracting(Finding::ruleId, Finding::unit, Finding::indicator, f -> f.location().row())
                .containsExactly(tuple("WAV002", null, null, 4), tuple("WAV001", "区司法局", "7.3", 3));
    }

    @Test
    void aWaivedErrorDoesNotFailTheRun() throws IOException {
        write("indicators.csv", "编号,二级指标,牵头单位,完成时限\n4.4,培训,区司法局,2021-12-31\n");
        write("dossier.yaml", "waivers:\n  - {rule: COV001, unit: 区司法局, reason: 市局保管, approved_by: 王立新}\n");
        ValidationResult r = validate();
        assertThat(r.hasAtLeast(dossier.model.Severity.ERROR)).isFalse();
        assertThat(r.count(dossier.model.Severity.ERROR)).isZero();
        assertThat(r.waivedCount()).isEqualTo(1);
    }

    private ValidationResult validate() {
        return Validator.validate(new ValidateRequest(repo, AS_OF, null, List.of(), List.of()));
    }

    private void write(String path, String text) throws IOException {
        Path p = repo.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
