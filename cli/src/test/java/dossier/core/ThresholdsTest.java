package dossier.core;

import dossier.app.ValidateRequest;
import dossier.app.Validator;
import dossier.model.Finding;
import dossier.model.Severity;
import dossier.model.ThresholdResult.Status;
import dossier.model.ThresholdResult;
import dossier.shared.InputException;
import dossier.testing.RegisterFiles;
import dossier.testing.RepoFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/** SPEC §4 thresholds on real metrics.yaml and registers, during and after the period. */
class ThresholdsTest {
    private static final LocalDate RUNNING = LocalDate.of(2021, 8, 5);
    private static final LocalDate ENDED = LocalDate.of(2022, 1, 10);

    @TempDir
    Path repo;

    @BeforeEach
    void sheet() throws IOException {
        write("dossier.yaml", "year: 2021\n");
        write("indicators.csv", """
                编号,二级指标,牵头单位,责任单位
                2.2,合法性审查,区司法局,区财政局
                4.1,执法规范化,区司法局,老街街道
                4.4,执法人员管理,区司法局,老街街道
                5.1,接受监督,区司法局,
                7.2,法治培训,区政府办,
                """);
    }

    @Test
    void trainingHoursPerOfficerByCertificateShowProgressThenFail() throws IOException {
        roster("区司法局", new String[][]{{"王建军", "A001", "执法"}, {"李红梅", "A002", "法制审核"}, {"陈 静", "A003", "执法"}});
        training("区司法局", true, new Object[][]{{"王建军", "A001", "2021-04-16", 24}, {"王建军", "A001", "2021-07-09", 16},
                {"李红梅", "A002", "2021-04-16", 40}, {"陈静", "A003", "2021-04-16", 24}, {"陈静", "A003", "2021-07-09", 12},
                {"陈静", "A003", "2020-12-20", 8}});
        ValidationResult running = validate(RUNNING);
        assertThat(result(running, "training_hours", "区司法局")).satisfies(t -> {
            assertThat(t.status()).isEqualTo(Status.PROGRESS);
            assertThat(t.value()).isEqualTo(2.0);
        });
        Finding below = only(running, "THR004");
        assertThat(below.severity()).isEqualTo(Severity.WARNING);
        assertThat(below.args()).containsEntry("officer", "陈静").containsEntry("certificate", "A003")
                .containsEntry("hours", 36L).containsEntry("minimum", 40L);
        assertThat(running.findings()).extracting(Finding::ruleId).contains("THR014");

        ValidationResult ended = validate(ENDED);
        assertThat(result(ended, "training_hours", "区司法局").status()).isEqualTo(Status.FAIL);
        assertThat(only(ended, "THR004").severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void trainingMatchedByNameWhenTheLogHasNoCertificates() throws IOException {
        roster("区司法局", new String[][]{{"王建军", "A001", "执法"}, {"赵磊", "", "执法"}});
        training("区司法局", false, new Object[][]{{"王建军", "", "2021-04-16", "四十"}, {"王 建军", "", "2021-05-16", "4学时"}});
        ValidationResult r = validate(ENDED);
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("THR004")).extracting(f -> f.arg("officer"), f -> f.arg("hours"))
                .containsExactly(tuple("赵磊", 0L));
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("THR006")).extracting(f -> f.arg("officer"))
                .containsExactly("赵磊");
    }

    @Test
    void eachTrainingRowMatchesByItsOwnCertificateElseByNameAndASharedNameIsAFinding() throws IOException {
        roster("区司法局", new String[][]{{"王建军", "A001", "执法"}, {"李红梅", "A002", "执法"}, {"张伟", "A003", "执法"},
                {"张伟", "A004", "执法"}});
        training("区司法局", true, new Object[][]{{"王建军", "A001", "2021-04-16", 30}, {"王建军", "", "2021-05-16", 5.5},
                {"李红梅", "", "2021-04-16", 40}, {"张伟", "", "2021-04-16", 8}, {"张 伟", "", "2021-06-16", 4}});
        ValidationResult r = validate(ENDED);
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("THR004"))
                .extracting(f -> f.arg("officer"), f -> f.arg("hours"))
                .containsExactly(tuple("王建军", 35.5), tuple("张伟", 0L), tuple("张伟", 0L));
        Finding shared = only(r, "THR015");
        assertThat(shared.severity()).isEqualTo(Severity.WARNING);
        assertThat(shared.args()).containsExactly(entry("name", "张伟"), entry("officers", 2), entry("rows", 2), entry("hours", 12L));
        assertThat(shared.location().row()).isEqualTo(6);
    }

    @Test
    void aTrainingRowWhoseCertificateNoOfficerHasIsAFindingAtItsRow() throws IOException {
        roster("区司法局", new String[][]{{"王建军", "A001", "执法"}, {"陈静", "A003", "执法"}});
        training("区司法局", true, new Object[][]{{"王建军", "A001", "2021-04-16", 40}, {"陈静", "A003", "2021-04-16", 36},
                {"陈静", "A033", "2021-05-16", 4}});
        ValidationResult r = validate(ENDED);
        Finding unknown = only(r, "THR017");
        assertThat(unknown.severity()).isEqualTo(Severity.WARNING);
        assertThat(unknown.location().file()).isEqualTo("evidence/区司法局/registers/培训台账.xlsx");
        assertThat(unknown.location().row()).isEqualTo(5);   // a title row, the header, two rows above it
        assertThat(unknown.args()).containsExactly(entry("certificate", "A033"), entry("name", "陈静"), entry("hours", 4L));
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("THR004")).extracting(f -> f.args().get("officer"), f -> f.args().get("hours"))
                .containsExactly(tuple("陈静", 36L));
    }

    @Test
    void placeholdersInTheCertificateColumnMeanNoCertificate() throws IOException {
        roster("区司法局", new String[][]{{"甲", "豫A12345", "执法"}, {"乙", "待申领", "执法"}, {"丙", "无", "执法"},
                {"丁", "办理中", "执法"}, {"戊", "/", "执法"}, {"己", "１２３４５", "执法"}});
        ValidationResult r = validate(ENDED);
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("THR006")).extracting(Finding::subject)
                .containsExactly("乙", "丙", "丁", "戊");
        assertThat(result(r, "certified", "区司法局").inputs()).containsEntry("certified_staff", 2L);
        assertThat(r.findings()).extracting(Finding::ruleId).doesNotContain("THR011");
    }

    @Test
    void legalReviewerRatioAndAZeroDenominator() throws IOException {
        roster("区司法局", new String[][]{{"甲", "A1", "法制审核"}, {"乙", "A2", "执法"}, {"丙", "A3", "执法"}});
        write("evidence/老街街道/metrics.yaml", "执法人员数: 0\n法制审核人员数: 0\n");
        ValidationResult r = validate(ENDED);
        assertThat(result(r, "legal_reviewer_ratio", "区司法局")).satisfies(t -> {
            assertThat(t.status()).isEqualTo(Status.PASS);
            assertThat(t.value()).isEqualTo(33.3);
        });
        assertThat(r.thresholds()).filteredOn(t -> t.unit().equals("老街街道")).isEmpty();
        write("evidence/老街街道/metrics.yaml", "执法人员数: 40\n法制审核人员数: 1\n");
        ValidationResult low = validate(ENDED);
        assertThat(result(low, "legal_reviewer_ratio", "老街街道")).satisfies(t -> {
            assertThat(t.status()).isEqualTo(Status.FAIL);
            assertThat(t.value()).isEqualTo(2.5);
            assertThat(t.inputs()).containsEntry("legal_reviewers", 1L).containsEntry("enforcement_staff", 40L);
        });
    }

    @Test
    void declaredFiguresMustAgreeWithTheRegister() throws IOException {
        roster("区司法局", new String[][]{{"甲", "A1", "法制审核"}, {"乙", "A2", "执法"}});
        write("evidence/区司法局/metrics.yaml", "执法人员数: 40\n");
        Finding f = only(validate(RUNNING), "THR003");
        assertThat(f.arg("declared")).isEqualTo(40L);
        assertThat(f.arg("register")).asString().contains("执法人员名册.xlsx");
        assertThat(f.arg("counted")).isEqualTo(2);
        assertThat(f.location().row()).isEqualTo(1);
    }

    @Test
    void theLeadMissingAFigureIsAnErrorAndPercentagesAreRead() throws IOException {
        write("evidence/区司法局/metrics.yaml", "人大审议意见办理满意度: 93%\n重大案件负责人出庭率: 100\n");
        ValidationResult r = validate(ENDED);
        assertThat(result(r, "npc_satisfaction", "区司法局").status()).isEqualTo(Status.FAIL);
        assertThat(result(r, "court_appearance", "区司法局").status()).isEqualTo(Status.PASS);
        assertThat(result(r, "rectification", "区司法局").status()).isEqualTo(Status.MISSING);
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("THR002")).extracting(Finding::subject)
                .contains("recommendation_rectification_rate");
    }

    @Test
    void quartersAreJudgedOnlyOnceEndedAndAnEndedEmptyQuarterIsAnErrorWhileTheYearRuns() throws IOException {
        register("区政府办", "会前学法记录.xlsx", new String[]{"日期", "主题"}, new Object[][]{
                {LocalDate.of(2021, 2, 1), "民法典"}, {LocalDate.of(2021, 7, 20), "行政处罚法"}});
        ValidationResult running = validate(RUNNING);
        assertThat(running.findings()).filteredOn(f -> f.ruleId().equals("THR005"))
                .extracting(Finding::subject, Finding::severity).containsExactly(tuple("2021Q2", Severity.ERROR));
        assertThat(result(running, "law_study", "区政府办").status()).isEqualTo(Status.FAIL);
        ValidationResult ended = validate(ENDED);
        assertThat(ended.findings()).filteredOn(f -> f.ruleId().equals("THR005"))
                .extracting(Finding::subject, Finding::severity)
                .containsExactly(tuple("2021Q2", Severity.ERROR), tuple("2021Q4", Severity.ERROR));
    }

    @Test
    void aDocumentIssuedWithoutReviewIsReportedOnceAsThr007() throws IOException {
        register("区司法局", "规范性文件目录.xlsx", new String[]{"文号", "标题", "发布日期", "合法性审核"}, new Object[][]{
                {"源司〔2021〕1号", "关于甲的规定", LocalDate.of(2021, 3, 1), "是"},
                {"源司〔2021〕2号", "关于乙的规定", LocalDate.of(2021, 4, 1), "否"}});
        ValidationResult r = validate(RUNNING);
        assertThat(only(r, "THR007").severity()).isEqualTo(Severity.ERROR);
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("THR001")).isEmpty();
        assertThat(result(r, "review_rate", "区司法局")).satisfies(t -> {
            assertThat(t.status()).isEqualTo(Status.FAIL);
            assertThat(t.value()).isEqualTo(50.0);
        });
        Files.delete(repo.resolve("evidence/区司法局/registers/规范性文件目录.xlsx"));
        write("evidence/区司法局/metrics.yaml", "规范性文件数: 4\n合法性审核数: 3\n");
        assertThat(only(validate(RUNNING), "THR001").subject()).as("a rate declared without a register still reads as a rate")
                .isEqualTo("review_rate");
    }

    @Test
    void dossierYamlReKeysRetargetsAndDisablesThresholds() throws IOException {
        write("evidence/区司法局/metrics.yaml", "人大审议意见办理满意度: 93%\n");
        write("dossier.yaml", """
                year: 2021
                thresholds:
                  npc_satisfaction: {target: 90}
                  court_appearance: off
                  rectification: {enabled: false}
                  legal_education: {task: "7.2", applies_to: lead}
                """);
        ValidationResult r = validate(ENDED);
        assertThat(result(r, "npc_satisfaction", "区司法局").status()).isEqualTo(Status.PASS);
        assertThat(r.thresholds()).extracting(t -> t.spec().id()).doesNotContain("court_appearance", "rectification");
        assertThat(result(r, "legal_education", "区政府办").spec().task()).isEqualTo("7.2");

        write("dossier.yaml", "thresholds:\n  npc_satisfaction: {target: 很高}\n");
        assertThatThrownBy(() -> validate(ENDED)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.key()).isEqualTo("settings.badThreshold"));
    }

    @Test
    void aThresholdWhoseTaskTheSheetLacksIsDormant() throws IOException {
        assertThat(validate(ENDED).thresholds()).extracting(t -> t.spec().id())
                .doesNotContain("case_file_review", "disclosure", "legal_education", "special_meeting", "annual_report");
    }

    private ThresholdResult result(ValidationResult r, String id, String unit) {
        return r.thresholds().stream().filter(t -> t.spec().id().equals(id) && t.unit().equals(unit)).findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + id + " " + unit + " in " + r.thresholds()));
    }

    private static Finding only(ValidationResult r, String rule) {
        List<Finding> found = r.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
        assertThat(found).as(rule).hasSize(1);
        return found.get(0);
    }

    private ValidationResult validate(LocalDate asOf) {
        return Validator.validate(new ValidateRequest(repo, asOf, null, List.of(), List.of()));
    }

    private void roster(String unit, String[][] rows) throws IOException {
        Object[][] cells = new Object[rows.length][];
        for (int i = 0; i < rows.length; i++) cells[i] = rows[i];
        register(unit, "执法人员名册.xlsx", new String[]{"姓名", "执法证号", "岗位"}, cells);
    }

    private void training(String unit, boolean withCertificates, Object[][] rows) throws IOException {
        String[] header = withCertificates ? new String[]{"姓名", "执法证号", "日期", "学时"} : new String[]{"姓名", "日期", "学时"};
        Object[][] cells = new Object[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            Object[] r = rows[i];
            cells[i] = withCertificates ? new Object[]{r[0], r[1], r[2], r[3]} : new Object[]{r[0], r[2], r[3]};
        }
        register(unit, "培训台账.xlsx", header, cells);
    }

    private void register(String unit, String name, String[] header, Object[][] rows) throws IOException {
        RegisterFiles.write(repo, unit, name, header, rows);
    }

    private void write(String path, String text) throws IOException {
        RepoFiles.text(repo, path, text);
    }
}
