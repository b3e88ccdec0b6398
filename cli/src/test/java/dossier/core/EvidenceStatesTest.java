package dossier.core;

import dossier.app.ValidateRequest;
import dossier.app.Validator;
import dossier.model.EvidenceKind;
import dossier.model.Finding;
import dossier.model.TaskState;
import dossier.model.TaskStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Real evidence trees in a temp folder, every state and special file, read by the real walker. */
class EvidenceStatesTest {
    private static final LocalDate AS_OF = LocalDate.of(2021, 8, 5);

    @TempDir
    Path repo;

    @BeforeEach
    void sheet() throws IOException {
        write("indicators.csv", """
                编号,二级指标,牵头单位,责任单位,完成时限
                1.1,深化行政审批制度改革,区司法局,老街街道,2021-08-10
                2.2,加强行政规范性文件合法性审查,区司法局,老街街道,2021-07-20
                4.4,健全行政执法人员管理制度,区司法局,老街街道,2021-08-08
                6.2,加强行政复议工作,区司法局,老街街道,2021-09-30
                """);
        write("units.csv", """
                单位名称,简称,类别,联络员,手机
                区司法局,司法局,区直部门,李娜,13800000002
                老街街道,,街道,王芳,13800000003
                """);
    }

    @Test
    void everyStateFromItsFiles() throws IOException {
        bytes("evidence/司法局/1.1 审批改革/通知.pdf", "%PDF-1.4 x");
        bytes("evidence/司法局/1.1 审批改革/图片/现场1.jpg", "jpg");
        write("evidence/司法局/1.1 审批改革/新闻链接.txt", """
                https://www.yuanhui.gov.cn/a.html 源汇区召开动员会
                # 注释行
                www.example.cn/b.html
                会议报道 https://news.example.cn/c.html
                """);
        write("evidence/司法局/2.2 合法性审查/情况简介.txt", "全年审核规范性文件12件。");
        write("evidence/司法局/４．４ 执法人员培训/实地核查.txt", "培训档案在档案室，实地核查时提供。");
        write("evidence/司法局/6.2 行政复议/情况说明.txt", "本年度暂无复议案件。");
        write("evidence/老街街道/1.1 审批/不涉及说明.txt", "本街道无行政审批职能。");
        write("evidence/老街街道/2.2 审查/不涉及.txt", "");
        bytes("evidence/老街街道/4、4 培训/培训通知.docx", "PK docx");
        write("evidence/老街街道/4、4 培训/不适用.txt", "误放");

        ValidationResult r = validate();

        assertThat(r.statuses()).extracting(s -> s.task().indicator(), s -> s.task().unit(), TaskStatus::state)
                .containsExactly(
                        tuple("1.1", "区司法局", TaskState.COVERED), tuple("1.1", "老街街道", TaskState.NOT_APPLICABLE),
                        tuple("2.2", "区司法局", TaskState.COVERED), tuple("2.2", "老街街道", TaskState.MISSING),
                        tuple("4.4", "区司法局", TaskState.DEFERRED), tuple("4.4", "老街街道", TaskState.COVERED),
                        tuple("6.2", "区司法局", TaskState.EXPLAINED), tuple("6.2", "老街街道", TaskState.MISSING));
        TaskStatus first = r.statuses().get(0);
        assertThat(first.counts()).containsEntry(EvidenceKind.DOCUMENT, 1).containsEntry(EvidenceKind.IMAGE, 1)
                .containsEntry(EvidenceKind.LINK, 2);
        assertThat(r.statuses().get(2).counts()).containsEntry(EvidenceKind.SUMMARY, 1);
        assertThat(rules(r)).contains(
                tuple("FIL010", "区司法局", "1.1"), tuple("COV004", "老街街道", "1.1"), tuple("COV001", "老街街道", "2.2"),
                tuple("COV010", "老街街道", "2.2"), tuple("DUE001", "老街街道", "2.2"), tuple("COV003", "区司法局", "4.4"),
                tuple("COV005", "老街街道", "4.4"), tuple("COV002", "区司法局", "6.2"), tuple("COV001", "老街街道", "6.2"));
        assertThat(rules(r)).doesNotContain(tuple("DUE002", "老街街道", "6.2"), tuple("DUE001", "区司法局", "6.2"));
        Coverage.Tally all = r.coverage().overall();
        assertThat(all.tasks()).isEqualTo(8);
        assertThat(all.covered()).isEqualTo(3);
        assertThat(all.applicable()).isEqualTo(7);
        assertThat(all.rate()).isEqualTo(42.9);
        assertThat(r.coverage().byUnit().get("老街街道").rate()).isEqualTo(33.3);
    }

    @Test
    void dueSoonOnlyWithinTheWindow() throws IOException {
        ValidationResult r = validate();
        assertThat(r.findings()).filteredOn(f -> f.ruleId().startsWith("DUE"))
                .extracting(Finding::ruleId, Finding::unit, Finding::indicator)
                .containsExactly(
                        tuple("DUE002", "区司法局", "1.1"), tuple("DUE001", "区司法局", "2.2"), tuple("DUE002", "区司法局", "4.4"),
                        tuple("DUE002", "老街街道", "1.1"), tuple("DUE001", "老街街道", "2.2"), tuple("DUE002", "老街街道", "4.4"));
    }

    @Test
    void foldersThatMatchNothingAreReportedWithASuggestion() throws IOException {
        bytes("evidence/区司法厅/1.1 审批/a.pdf", "%PDF");
        bytes("evidence/司法局/9.1 其他工作/a.pdf", "%PDF");
        bytes("evidence/司法局/行政复议材料/a.pdf", "%PDF");
        bytes("evidence/司法局/培训通知.pdf", "%PDF");
        bytes("evidence/说明.pdf", "%PDF");
        write("evidence/区司法局/metrics.yaml", "执法人员数: 40\n");
        ValidationResult r = validate();
        assertThat(r.findings()).filteredOn(f -> f.ruleId().compareTo("COV006") >= 0 && f.ruleId().startsWith("COV0"))
                .extracting(Finding::ruleId, Finding::file)
                .containsExactlyInAnyOrder(
                        tuple("COV006", "evidence/区司法厅"), tuple("COV007", "evidence/司法局/9.1 其他工作"),
                        tuple("COV008", "evidence/司法局/行政复议材料"), tuple("COV011", "evidence/司法局/培训通知.pdf"),
                        tuple("COV011", "evidence/说明.pdf"));
        Finding unknownUnit = r.findings().stream().filter(f -> f.ruleId().equals("COV006")).findFirst().orElseThrow();
        assertThat(unknownUnit.args()).containsExactly(entry("folder", "区司法厅"), entry("suggestion", "区司法局"));
        Finding noId = r.findings().stream().filter(f -> f.ruleId().equals("COV008")).findFirst().orElseThrow();
        assertThat(noId.arg("suggestion")).isEqualTo("6.2 加强行政复议工作");
    }

    @Test
    void aFolderForATaskTheUnitDoesNotHaveDoesNotCount() throws IOException {
        write("indicators.csv", "编号,二级指标,牵头单位\n1.1,审批,区司法局\n");
        bytes("evidence/老街街道/1.1 审批/a.pdf", "%PDF");
        ValidationResult r = validate();
        assertThat(r.statuses()).hasSize(1);
        assertThat(rules(r)).contains(tuple("COV009", "老街街道", "1.1"));
    }

    @Test
    void filesThatNeverCount() throws IOException {
        bytes("evidence/司法局/1.1 审批/~$纪要.docx", "lock");
        bytes("evidence/司法局/1.1 审批/Thumbs.db", "x");
        bytes("evidence/司法局/1.1 审批/.DS_Store", "x");
        bytes("evidence/司法局/1.1 审批/.gitkeep", "");
        bytes("evidence/司法局/1.1 审批/签到表.pdf", "");
        bytes("evidence/司法局/1.1 审批/录音.amr", "x");
        write("evidence/司法局/1.1 审批/材料要求.txt", "要求：文件");
        ValidationResult r = validate();
        assertThat(r.statuses().get(0).state()).isEqualTo(TaskState.MISSING);
        assertThat(r.findings()).filteredOn(f -> f.ruleId().startsWith("FIL")).extracting(Finding::ruleId, Finding::file)
                .containsExactly(
                        tuple("FIL001", "evidence/司法局/1.1 审批/签到表.pdf"),
                        tuple("FIL003", "evidence/司法局/1.1 审批/录音.amr"),
                        tuple("FIL005", "evidence/司法局/1.1 审批/.DS_Store"),
                        tuple("FIL005", "evidence/司法局/1.1 审批/Thumbs.db"),
                        tuple("FIL005", "evidence/司法局/1.1 审批/~$纪要.docx"));
    }

    @Test
    void linksInsideCountAndLinksOutsideAreNeverFollowed(@TempDir Path outside) throws IOException {
        Path secret = outside.resolve("台账.pdf");
        Files.writeString(secret, "%PDF outside");
        bytes("evidence/司法局/1.1 审批/原件.pdf", "%PDF inside");
        Path inDir = Files.createDirectories(repo.resolve("evidence/司法局/2.2 审查"));
        Files.createSymbolicLink(inDir.resolve("副本.pdf"), repo.resolve("evidence/司法局/1.1 审批/原件.pdf"));
        Path naDir = Files.createDirectories(repo.resolve("evidence/司法局/4.4 培训"));
        Files.createSymbolicLink(naDir.resolve("台账.pdf"), secret);
        Files.createSymbolicLink(naDir.resolve("外部目录"), outside);
        ValidationResult r = validate();
        assertThat(r.statuses()).extracting(s -> s.task().indicator() + " " + s.task().unit(), TaskStatus::state)
                .startsWith(tuple("1.1 区司法局", TaskState.COVERED));
        assertThat(state(r, "2.2", "区司法局")).isEqualTo(TaskState.COVERED);
        assertThat(state(r, "4.4", "区司法局")).isEqualTo(TaskState.MISSING);
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("FIL008")).extracting(Finding::file)
                .containsExactly("evidence/司法局/4.4 培训/台账.pdf", "evidence/司法局/4.4 培训/外部目录");
    }

    @Test
    void aNamedPipeIsReportedAndNeverOpened() throws Exception {
        Path dir = Files.createDirectories(repo.resolve("evidence/司法局/1.1 审批"));
        int made;
        try {
            made = new ProcessBuilder("mkfifo", dir.resolve("管道.pdf").toString()).start().waitFor();
        } catch (IOException e) {
            made = -1;
        }
        assumeThat(made).as("mkfifo available").isZero();
        ValidationResult r = validate();
        assertThat(rules(r)).contains(tuple("FIL009", "区司法局", "1.1"));
        assertThat(state(r, "1.1", "区司法局")).isEqualTo(TaskState.MISSING);
    }

    @Test
    void anUnreadableFolderMakesThePartialResult() throws IOException {
        Path dir = Files.createDirectories(repo.resolve("evidence/司法局/1.1 审批/内部"));
        bytes("evidence/司法局/1.1 审批/内部/a.pdf", "%PDF");
        dir.toFile().setReadable(false, false);
        dir.toFile().setExecutable(false, false);
        try {
            assumeThat(Files.isReadable(dir)).as("the test runs as a user that permissions apply to").isFalse();
            ValidationResult r = validate();
            assertThat(r.partial()).isTrue();
            assertThat(r.unread()).containsExactly("evidence/司法局/1.1 审批/内部");
            assertThat(rules(r)).contains(tuple("FIL011", "区司法局", "1.1"));
        } finally {
            dir.toFile().setReadable(true, false);
            dir.toFile().setExecutable(true, false);
        }
    }

    @Test
    void aGbkLinksFileIsRead() throws IOException {
        Path f = repo.resolve("evidence/司法局/1.1 审批/链接.txt");
        Files.createDirectories(f.getParent());
        Files.write(f, "https://a.example.cn/1.html 动员会报道\n".getBytes(Charset.forName("GBK")));
        ValidationResult r = validate();
        assertThat(r.statuses().get(0).folder().items()).singleElement()
                .satisfies(i -> assertThat(i.title()).isEqualTo("动员会报道"));
    }

    @Test
    void validateNeverWritesInsideEvidence() throws IOException {
        bytes("evidence/司法局/1.1 审批/通知.pdf", "%PDF-1.4 x");
        write("evidence/老街街道/1.1 审批/不涉及说明.txt", "无此职能");
        Map<String, String> before = snapshot();
        validate();
        assertThat(snapshot()).isEqualTo(before);
    }

    private Map<String, String> snapshot() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(repo.resolve("evidence"))) {
            for (Path p : s.toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                out.put(repo.relativize(p).toString(), a.size() + " " + a.lastModifiedTime());
            }
        }
        return out;
    }

    private ValidationResult validate() {
        return Validator.validate(new ValidateRequest(repo, AS_OF, null, List.of(), List.of()));
    }

    private static TaskState state(ValidationResult r, String indicator, String unit) {
        return r.statuses().stream().filter(s -> s.task().indicator().equals(indicator) && s.task().unit().equals(unit))
                .findFirst().orElseThrow().state();
    }

    private static List<org.assertj.core.groups.Tuple> rules(ValidationResult r) {
        return r.findings().stream().map(f -> tuple(f.ruleId(), f.unit(), f.indicator())).toList();
    }

    private void write(String path, String text) throws IOException {
        Path p = repo.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    /** A real file of the path's type (content made unique by the path), or the text as given for other types. */
    private void bytes(String path, String text) throws IOException {
        String ext = path.substring(path.lastIndexOf('.') + 1);
        if (text.isEmpty() || !java.util.Set.of("pdf", "jpg", "png", "docx", "xlsx").contains(ext)) {
            write(path, text);
        } else {
            dossier.testing.EvidenceFiles.write(repo.resolve(path), path);
        }
    }
}
