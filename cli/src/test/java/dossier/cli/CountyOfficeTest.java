package dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.testing.EvidenceFiles;
import dossier.testing.RegisterFiles;
import dossier.testing.RepoFiles;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a county office ran into (issue 14), each on a small repository built here, read back from
 * every output a user sees: validate's text and json, the ledger workbook and the report.
 */
class CountyOfficeTest {
    private static final String RUNNING = "2021-08-05";
    private static final String ENDED = "2022-01-10";

    @TempDir
    Path repo;

    @BeforeEach
    void repository() throws IOException {
        write("dossier.yaml", "year: 2021\n");
        write("indicators.csv", """
                编号,一级指标,二级指标,牵头单位,责任单位,完成时限
                2.2,依法行政制度体系,合法性审查,区司法局,区财政局,2021-12-31
                4.4,严格规范公正文明执法,执法人员管理,区司法局,,2021-12-31
                5.1,强化行政权力监督,接受人大监督,区司法局,,2021-12-31
                7.2,法治能力,会前学法,区政府办,,2021-12-31
                """);
    }

    @Test
    void trainingRowsWithoutACertificateCountForTheOfficerTheirNameNames() throws IOException {
        register("区司法局", "执法人员名册.xlsx", new String[]{"姓名", "执法证号", "岗位"},
                new Object[][]{{"王建军", "A001", "执法"}, {"李红梅", "A002", "执法"}});
        register("区司法局", "培训台账.xlsx", new String[]{"姓名", "执法证号", "日期", "学时"}, new Object[][]{
                {"王建军", "A001", "2021-04-16", 30}, {"王建军", "", "2021-05-16", 5.5}, {"李红梅", "", "2021-04-16", 40}});
        Outputs out = outputs(ENDED);
        String message = "王建军（A001） 本考核期培训 35.5 学时，不足 40 学时。";
        assertThat(out.text).contains("THR004 [4.4] evidence/区司法局/registers/执法人员名册.xlsx 第3行 A列：" + message)
                .doesNotContain("李红梅（A002） 本考核期");
        assertThat(out.messages("THR004")).containsExactly(message);
        assertThat(out.ledgerFindings("4.4", "区司法局")).contains("错误 THR004 " + message);
        assertThat(out.report).contains("（其中培训学时未达标的行政执法人员 1 名）").doesNotContain("王建军");
    }

    @Test
    void anEndedQuarterWithoutLawStudyIsAnErrorWhileTheYearRuns() throws IOException {
        register("区政府办", "会前学法记录.xlsx", new String[]{"日期", "主题"}, new Object[][]{
                {LocalDate.of(2021, 2, 1), "民法典"}, {LocalDate.of(2021, 7, 20), "行政处罚法"}});
        Outputs out = outputs(RUNNING);
        String message = "2021Q2（2021-04-01 至 2021-06-30）已结束，没有会前学法所要求的记录。";
        assertThat(out.text).contains("错误 THR005 [7.2] evidence/区政府办/registers/会前学法记录.xlsx：" + message);
        assertThat(out.findings("THR005")).singleElement().satisfies(f -> {
            assertThat(f.get("severity").asText()).isEqualTo("error");
            assertThat(f.get("message").asText()).isEqualTo(message);
        });
        assertThat(out.threshold("law_study", "区政府办").get("status").asText()).isEqualTo("fail");
        assertThat(out.ledgerFindings("7.2", "区政府办")).contains("错误 THR005 " + message);
        assertThat(out.ledgerThreshold("区政府办", "会前学法")).isEqualTo("未达标");
        assertThat(out.report).contains("| 区政府办 |").contains("会前学法：").contains("，未达标）");
    }

    @Test
    void aDocumentIssuedWithoutReviewIsReportedOnce() throws IOException {
        register("区司法局", "规范性文件目录.xlsx", new String[]{"文号", "标题", "发布日期", "合法性审核"}, new Object[][]{
                {"源司〔2021〕1号", "关于甲的规定", LocalDate.of(2021, 3, 1), "是"},
                {"源司〔2021〕2号", "关于乙的规定", LocalDate.of(2021, 4, 1), "否"}});
        Outputs out = outputs(RUNNING);
        String message = "规范性文件 源司〔2021〕2号《关于乙的规定》没有经过合法性审核。";
        assertThat(out.text).contains("错误 THR007 [2.2] evidence/区司法局/registers/规范性文件目录.xlsx 第4行")
                .contains(message).doesNotContain("THR001");
        assertThat(out.messages("THR007")).containsExactly(message);
        assertThat(out.findings("THR001")).isEmpty();
        assertThat(out.threshold("review_rate", "区司法局").get("status").asText()).isEqualTo("fail");
        assertThat(out.ledgerFindings("2.2", "区司法局")).contains("错误 THR007 " + message).noneMatch(l -> l.contains("THR001"));
        assertThat(out.ledgerThreshold("区司法局", "规范性文件合法性审核率")).isEqualTo("未达标");
        assertThat(out.report).contains("规范性文件合法性审核率：50%").contains("，未达标）");
    }

    @Test
    void aPlaceholderInTheCertificateColumnIsNoCertificate() throws IOException {
        register("区司法局", "执法人员名册.xlsx", new String[]{"姓名", "执法证号", "岗位"},
                new Object[][]{{"王建军", "豫A001", "执法"}, {"李红梅", "待申领", "执法"}, {"赵磊", "办理中", "执法"}});
        Outputs out = outputs(RUNNING);
        assertThat(out.text).contains("错误 THR006 [4.4] evidence/区司法局/registers/执法人员名册.xlsx 第4行 A列：李红梅 没有执法证号。")
                .contains("赵磊 没有执法证号。");
        assertThat(out.messages("THR006")).containsExactly("李红梅 没有执法证号。", "赵磊 没有执法证号。");
        assertThat(out.threshold("certified", "区司法局").get("inputs").get("certified_staff").asInt()).isEqualTo(1);
        assertThat(out.ledgerFindings("4.4", "区司法局")).contains("错误 THR006 李红梅 没有执法证号。", "错误 THR006 赵磊 没有执法证号。");
        assertThat(out.ledgerThreshold("区司法局", "执法人员持证率")).isEqualTo("未达标");
        assertThat(out.report).contains("2名执法人员无执法证号").doesNotContain("李红梅");
    }

    @Test
    void aSatisfactionRateWrittenAsAFractionIsReadAsWrittenAndQuestioned() throws IOException {
        write("evidence/区司法局/metrics.yaml", "人大审议意见办理满意度: 0.96\n");
        Outputs out = outputs(RUNNING);
        String message = "“人大审议意见办理满意度”写的是 0.96，按 0.96% 计算。是否应为 96%？";
        assertThat(out.text).contains("警告 THR016 evidence/区司法局/metrics.yaml 第1行第14列：" + message)
                .contains("人大审议意见办理满意度为 0.96%，未达到目标（>= 95%）");
        assertThat(out.messages("THR016")).containsExactly(message);
        assertThat(out.threshold("npc_satisfaction", "区司法局").get("value").asDouble()).isEqualTo(0.96);
        assertThat(out.ledgerThreshold("区司法局", "人大审议意见办理满意度")).isEqualTo("进行中");
        assertThat(out.ledger.get(2)).anySatisfy(row -> assertThat(row).startsWith("区司法局", "5.1", "人大审议意见办理满意度", "0.96%"));
        assertThat(out.report).contains("| 5.1 | 人大审议意见办理满意度 | 区司法局 | 0.96% |");
    }

    @Test
    void aUnitFilterNarrowsWhatIsShownNotHowWaiversAreJudgedAndWaiverFindingsNameTheirTarget() throws IOException {
        write("dossier.yaml", """
                year: 2021
                waivers:
                  - {rule: COV001, unit: 区财政局, indicator: "2.2", reason: 由市局统一报送, approved_by: 王立新}
                  - {rule: THR006, unit: 区司法局, indicator: "4.4", reason: 新进人员, approved_by: 王立新}
                  - {rule: COV001, unit: 区司法局, indicator: "5.1", reason: 旧豁免, approved_by: 王立新, until: 2021-06-30}
                """);
        Outputs other = outputs(RUNNING, "--unit", "区司法局");
        assertThat(other.text).as("区财政局's waiver is used, whatever is shown").doesNotContain("规则 COV001 · 区财政局");
        String unused = "规则 THR006 · 区司法局 · 指标 4.4 的豁免没有对应任何问题。";
        String expired = "规则 COV001 · 区司法局 · 指标 5.1 的豁免已于 2021-06-30 过期，不再生效（理由：旧豁免）。";
        assertThat(other.text).contains("警告 WAV002 [4.4] dossier.yaml 第4行第5列：" + unused)
                .contains("警告 WAV001 [5.1] dossier.yaml 第5行第5列：" + expired);
        assertThat(other.messages("WAV002")).containsExactly(unused);
        assertThat(other.findings("WAV002")).singleElement().satisfies(f -> {
            assertThat(f.get("unit").asText()).isEqualTo("区司法局");
            assertThat(f.get("indicator").asText()).isEqualTo("4.4");
            assertThat(f.get("file").asText()).isEqualTo("dossier.yaml");
            assertThat(f.get("row").asInt()).isEqualTo(4);
        });
        assertThat(other.ledgerFindings("4.4", "区司法局")).contains("警告 WAV002 " + unused);
        assertThat(other.ledgerFindings("5.1", "区司法局")).contains("警告 WAV001 " + expired);

        Outputs own = outputs(RUNNING, "--unit", "区财政局");
        assertThat(own.findings("WAV001")).as("a waiver for a unit not shown is not shown either").isEmpty();
        assertThat(own.findings("WAV002")).isEmpty();
        assertThat(own.findings("COV001")).singleElement()
                .satisfies(f -> assertThat(f.get("waived").get("reason").asText()).isEqualTo("由市局统一报送"));
    }

    @Test
    void waivedFindingsAreMarkedWithTheirReasonInTheLedgerAndTheReportsGaps() throws IOException {
        write("dossier.yaml", """
                year: 2021
                waivers:
                  - {rule: COV001, unit: 区财政局, indicator: "2.2", reason: 由市局统一报送, approved_by: 王立新}
                  - {rule: THR006, unit: 区司法局, reason: 新进人员正在申领, approved_by: 王立新}
                """);
        register("区司法局", "执法人员名册.xlsx", new String[]{"姓名", "执法证号", "岗位"},
                new Object[][]{{"王建军", "豫A001", "执法"}, {"李红梅", "待申领", "执法"}});
        Outputs out = outputs(RUNNING);
        String missing = "指标 2.2：区财政局 没有提交任何材料。";
        String mark = "（已豁免：由市局统一报送，王立新 批准）";
        assertThat(out.text).contains("错误 COV001 [2.2] " + missing + " " + mark)
                .contains("李红梅 没有执法证号。 （已豁免：新进人员正在申领，王立新 批准）");
        assertThat(out.findings("COV001")).filteredOn(f -> f.get("unit").asText().equals("区财政局")).singleElement()
                .satisfies(f -> assertThat(f.get("waived").get("reason").asText()).isEqualTo("由市局统一报送"));
        assertThat(out.ledgerFindings("2.2", "区财政局")).contains("错误 COV001 " + missing + " " + mark);
        assertThat(out.ledgerFindings("4.4", "区司法局")).contains("错误 THR006 李红梅 没有执法证号。 （已豁免：新进人员正在申领，王立新 批准）");
        assertThat(out.report).contains("| 区财政局 | 2.2（已豁免：由市局统一报送） |")
                .contains("执法人员持证率：50%（目标 = 100%，未达标），1名执法人员无执法证号（已豁免：新进人员正在申领）")
                .contains("另有 2 项短板经批准豁免，在下表中标明");
    }

    @Test
    void aDuplicateSaysHowManyOtherPlacesItListsInEitherLanguage() throws IOException {
        byte[] scan = EvidenceFiles.bytes("a.pdf", "the same scan");
        for (String p : List.of("evidence/区司法局/4.4 培训/通知.pdf", "evidence/区司法局/5.1 监督/通知副本.pdf",
                "evidence/区司法局/5.1 监督/再一份.pdf")) {
            Files.createDirectories(repo.resolve(p).getParent());
            Files.write(repo.resolve(p), scan);
        }
        Outputs out = outputs(RUNNING);
        String message = "与另外 2 处内容完全相同：evidence/区司法局/5.1 监督/再一份.pdf、evidence/区司法局/5.1 监督/通知副本.pdf";
        assertThat(out.text).contains("警告 FIL006 [4.4] evidence/区司法局/4.4 培训/通知.pdf：" + message);
        assertThat(out.messages("FIL006")).hasSize(3).contains(message);
        assertThat(out.ledgerFindings("4.4", "区司法局")).contains("警告 FIL006 " + message);
        CliRunner.Run english = CliRunner.run("validate", repo.toString(), "--as-of", RUNNING, "--lang", "en", "--no-color");
        assertThat(english.out()).contains("identical to 2 other places: evidence/区司法局/5.1 监督/再一份.pdf, "
                + "evidence/区司法局/5.1 监督/通知副本.pdf");
    }

    @Test
    void rowsOutsideThePeriodAndALateAnnualReportReadCleanly() throws IOException {
        write("indicators.csv", "编号,二级指标,牵头单位,完成时限\n4.4,执法人员管理,区司法局,2021-12-31\n8.1,组织领导,区政府办,2021-12-31\n");
        register("区司法局", "执法人员名册.xlsx", new String[]{"姓名", "执法证号", "岗位"}, new Object[][]{{"王建军", "A001", "执法"}});
        register("区司法局", "培训台账.xlsx", new String[]{"姓名", "执法证号", "日期", "学时"}, new Object[][]{
                {"王建军", "A001", "2021-04-16", 40}, {"王建军", "A001", "2020-12-20", 8}});
        write("evidence/区政府办/metrics.yaml", "年度报告日期: 2021-05-10\n公开链接: https://www.example.gov.cn/2020.html\n");
        Outputs out = outputs(RUNNING);
        String outside = "有 1 行的日期不在考核期（2021-01-01 至 2021-12-31）内，未计入。";
        assertThat(out.text).contains("提示 THR014 evidence/区司法局/registers/培训台账.xlsx：" + outside);
        assertThat(out.messages("THR014")).containsExactly(outside);
        String late = "上年度法治政府建设情况报告的日期为 2021-05-10，未达到目标（2021-01-01 ~ 2021-03-31）。";
        assertThat(out.text).contains(late);
        assertThat(out.messages("THR001")).containsExactly(late);
        assertThat(out.ledgerFindings("8.1", "区政府办")).contains("错误 THR001 " + late);
        CliRunner.Run english = CliRunner.run("validate", repo.toString(), "--as-of", RUNNING, "--lang", "en", "--no-color");
        assertThat(english.out()).contains("registers/培训台账.xlsx: rows dated outside the period (2021-01-01 to 2021-12-31) are left out: 1.")
                .contains("short of the target (2021-01-01 ~ 2021-03-31).");
    }

    @Test
    void aFolderWhoseIdLeftThisYearsSheetGetsASuggestionOnlyWhenItsTitleAgrees() throws IOException {
        EvidenceFiles.write(repo.resolve("evidence/区政府办/7.3 法治培训/培训通知.pdf"), "dropped");
        EvidenceFiles.write(repo.resolve("evidence/区政府办/7.1 会前学法记录/记录.pdf"), "typo");
        EvidenceFiles.write(repo.resolve("evidence/区司法局/9.9 执法人员管理/名单.pdf"), "far");
        Outputs out = outputs(RUNNING);
        assertThat(out.messages("COV007")).containsExactlyInAnyOrder(
                "文件夹“7.1 会前学法记录”的编号 7.1 不在本年度的任务分解表中，其中的材料不计入。是否指“7.2 会前学法”？",
                "文件夹“7.3 法治培训”的编号 7.3 不在本年度的任务分解表中，其中的材料不计入。",
                "文件夹“9.9 执法人员管理”的编号 9.9 不在本年度的任务分解表中，其中的材料不计入。");
        assertThat(out.text).contains("警告 COV007 evidence/区政府办/7.3 法治培训：文件夹“7.3 法治培训”的编号 7.3 不在本年度的任务分解表中，其中的材料不计入。\n")
                .doesNotContain("是否指“2.2").doesNotContain("是否指“4.4");
    }

    @Test
    void anEmptyNotApplicableNoteStaysOutOfTheBundleAndIsListed() throws IOException {
        Path empty = repo.resolve("evidence/区政府办/7.2 会前学法/不涉及.txt");
        Files.createDirectories(empty.getParent());
        Files.write(empty, new byte[0]);
        RepoFiles.text(repo, "evidence/区财政局/2.2 合法性审查/不涉及说明.txt", "本局不制定规范性文件。");
        EvidenceFiles.write(repo.resolve("evidence/区司法局/4.4 执法人员管理/培训通知.pdf"), "notice");
        Outputs out = outputs(RUNNING);
        assertThat(out.text).contains("警告 COV010 [7.2] evidence/区政府办/7.2 会前学法/不涉及.txt：");
        assertThat(out.ledgerFindings("7.2", "区政府办")).anyMatch(l -> l.startsWith("警告 COV010 "));
        assertThat(out.json.get("tasks")).filteredOn(t -> t.get("indicator").asText().equals("7.2")).singleElement()
                .satisfies(t -> assertThat(t.get("notApplicable")).isEmpty());
        CliRunner.Run dry = CliRunner.run("package", repo.toString(), "--as-of", RUNNING, "--dry-run", "--force");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("2.2 合法性审查/区财政局/不涉及说明.txt  ←  evidence/区财政局/2.2 合法性审查/不涉及说明.txt")
                .contains("4.4 执法人员管理/区司法局/培训通知.pdf")
                .doesNotContain("7.2 会前学法/区政府办/不涉及.txt  ←")
                .contains("  evidence/区政府办/7.2 会前学法/不涉及.txt  (COV010 ");
    }

    @Test
    void theDossierYamlInitWritesSaysUtf8IsPreferredAndGbkReadsFine() throws IOException {
        Path fresh = repo.resolve("新证据库");
        CliRunner.Run init = CliRunner.run("init", fresh.toString(), "--as-of", RUNNING);
        assertThat(init.code()).as(init.err()).isZero();
        String settings = Files.readString(fresh.resolve("dossier.yaml"), StandardCharsets.UTF_8);
        assertThat(settings).contains("本文件最好以 UTF-8 保存（另存为 GBK 也能读）").doesNotContain("须以 UTF-8");
        Files.write(fresh.resolve("dossier.yaml"), settings.replace("name:\n", "name: 测试县法治政府建设示范创建\n")
                .getBytes(java.nio.charset.Charset.forName("GBK")));
        CliRunner.Run validate = CliRunner.run("validate", fresh.toString(), "--as-of", RUNNING, "--no-color", "--fail-on", "never");
        assertThat(validate.code()).as(validate.err()).isZero();
        assertThat(validate.out()).startsWith("dossier 校验：测试县法治政府建设示范创建");
    }

    /** validate's text (no colour) and json, the ledger workbook and the markdown report of one as-of date. */
    private Outputs outputs(String asOf, String... filters) throws IOException {
        CliRunner.Run text = CliRunner.run(args("validate", asOf, filters, "--no-color", "--fail-on", "never"));
        assertThat(text.code()).as(text.err()).isZero();
        CliRunner.Run json = CliRunner.run(args("validate", asOf, filters, "--format", "json", "--fail-on", "never"));
        Path ledger = repo.resolve("out/ledger-" + asOf + ".xlsx");
        CliRunner.Run l = CliRunner.run(args("ledger", asOf, filters, "-o", ledger.toString()));
        assertThat(l.code()).as(l.err()).isZero();
        Path report = repo.resolve("out/report-" + asOf + ".md");
        CliRunner.Run r = CliRunner.run(args("report", asOf, filters, "--format", "md", "-o", report.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        return new Outputs(text.out(), new ObjectMapper().readTree(json.out()), sheets(ledger),
                Files.readString(report, StandardCharsets.UTF_8));
    }

    private String[] args(String command, String asOf, String[] filters, String... more) {
        List<String> all = new ArrayList<>(List.of(command, repo.toString(), "--as-of", asOf));
        all.addAll(List.of(filters));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static List<List<List<String>>> sheets(Path xlsx) throws IOException {
        DataFormatter format = new DataFormatter();
        List<List<List<String>>> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) cells.add(format.formatCellValue(row.getCell(c)));
                    rows.add(cells);
                }
                out.add(rows);
            }
        }
        return out;
    }

    private record Outputs(String text, JsonNode json, List<List<List<String>>> ledger, String report) {
        List<JsonNode> findings(String rule) {
            return StreamSupport.stream(json.get("findings").spliterator(), false)
                    .filter(f -> f.get("rule").asText().equals(rule)).toList();
        }

        List<String> messages(String rule) {
            return findings(rule).stream().map(f -> f.get("message").asText()).toList();
        }

        JsonNode threshold(String id, String unit) {
            return StreamSupport.stream(json.get("thresholds").spliterator(), false)
                    .filter(t -> t.get("id").asText().equals(id) && t.get("unit").asText().equals(unit)).findFirst()
                    .orElseThrow(() -> new AssertionError("no threshold " + id + " " + unit));
        }

        /** The 问题 cell of the 台账 row of one task, a finding a line ("错误 THR004 …"). */
        List<String> ledgerFindings(String indicator, String unit) {
            List<String> row = ledger.get(0).stream().filter(r -> r.get(2).equals(indicator) && r.get(4).equals(unit))
                    .findFirst().orElseThrow(() -> new AssertionError("no ledger row for " + indicator + " " + unit));
            return row.get(16).lines().toList();
        }

        /** The 指标 sheet's result cell for one threshold and unit. */
        String ledgerThreshold(String unit, String label) {
            return ledger.get(2).stream().filter(r -> r.get(0).equals(unit) && r.get(2).equals(label))
                    .map(r -> r.get(5)).findFirst().orElseThrow(() -> new AssertionError("no ledger threshold " + label));
        }
    }

    private void register(String unit, String name, String[] header, Object[][] rows) throws IOException {
        RegisterFiles.write(repo, unit, name, header, rows);
    }

    private void write(String path, String text) throws IOException {
        RepoFiles.text(repo, path, text);
    }
}
