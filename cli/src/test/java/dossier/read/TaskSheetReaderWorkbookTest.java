package dossier.read;

import dossier.model.Due;
import dossier.model.Finding;
import dossier.model.Indicator;
import dossier.model.Location;
import dossier.model.Unit;
import dossier.read.Workbooks.BuiltinNum;
import dossier.read.Workbooks.Kind;
import dossier.shared.InputException;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static dossier.read.Workbooks.DEPARTMENTS;
import static dossier.read.Workbooks.STREETS;
import static dossier.read.Workbooks.TOWNSHIPS;
import static dossier.read.Workbooks.date;
import static dossier.read.Workbooks.num;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The task sheet (任务分解表) read from real .xlsx and .xls files, laid out the way offices make them. */
class TaskSheetReaderWorkbookTest {
    static final Object[] HEADER = {"序号", "一级指标", "二级指标", "评估内容", "牵头单位", "责任单位", "佐证材料", "完成时限", "分值"};
    static final String CN_DATE = "yyyy\"年\"m\"月\"d\"日\"";

    @TempDir
    Path dir;

    // ------------------------------------------------------------------ helpers

    /** One indicator on one line, so a whole sheet can be compared exactly. */
    static String line(Indicator i) {
        return String.join(" | ", i.id(), i.area(), i.name(), String.valueOf(i.lead()), String.join("、", i.units()),
                due(i.due()), String.valueOf(i.points()), "row " + i.row());
    }

    static String due(Due d) {
        if (d.date() != null) return d.date().toString();
        return d.ongoing() ? "ongoing" : "none";
    }

    static String finding(Finding f) {
        return f.ruleId() + " " + f.location().file() + ":" + f.location().row() + ":" + f.location().column()
                + " unit=" + f.unit() + " indicator=" + f.indicator() + " args=" + f.args();
    }

    Path file(Kind kind) {
        return dir.resolve("indicators." + kind.extension);
    }

    static TaskSheetReader.Result read(Path file) {
        return TaskSheetReader.read(file, "indicators.xlsx", null, Workbooks.directory(), 2021);
    }

    static InputException failure(Runnable r) {
        InputException e = catchThrowableOfType(InputException.class, r::run);
        assertThat(e).as("InputException").isNotNull();
        return e;
    }

    static String plus(List<String> a, String... more) {
        return String.join("、", Stream.concat(a.stream(), Stream.of(more)).toList());
    }

    static String without(List<String> units, String unit) {
        return String.join("、", units.stream().filter(u -> !u.equals(unit)).toList());
    }

    // ------------------------------------------------------------------ a sheet as offices make it

    /** An instructions sheet first; title rows, merged 一级指标, group words, footnotes on the real sheet. */
    static Workbooks realistic(Kind kind) {
        Workbooks wb = Workbooks.of(kind);
        var notes = wb.sheet("填表说明");
        notes.row("填表说明");
        notes.row("1.本表依据实施方案第四部分“重点任务”分解，共8个一级指标、28个二级指标，分值合计100分。");
        notes.row("2.牵头单位负责统筹本项指标；责任单位按职责提供印证资料。");
        notes.row("编号", "请勿修改");
        var s = wb.sheet("任务分解表");
        s.row("附件1  源汇区法治政府建设示范创建指标体系任务分解表");
        s.merge("A1:I1");
        s.row("（填报单位：区法治政府建设示范创建领导小组办公室　　2021年7月）");
        s.merge("A2:I2");
        s.row(HEADER);
        s.row("1.1", "一、依法全面履行政府职能", "深化行政审批制度改革", "公布行政审批事项清单，清理中介服务。",
                "区政府办", "区司法局、区财政局", "清单文件", "2021-08-10", 4);
        s.row("1.2", null, "落实权责清单制度", "编制并公布权责清单。", "区政府办", "区直各部门", "权责清单", "8月10日前", 3);
        s.row("1.3", null, "提高公共法律服务效能（三级网络）", "健全区、乡镇（街道）、村（居）三级公共法律服务网络。",
                "区司法局", "各乡镇（街道）", "网络建设文件", "7月中旬", 4);
        s.merge("B4:B6");
        s.row("2.1", "二、完善依法行政制度体系", "完善行政规范性文件制定", "规范性文件依法履行法定程序。", "区司法局",
                "区政府办\n区财政局", "制定程序材料", "长期坚持", 3);
        s.row("2.2", null, "加强行政规范性文件合法性审查", "合法性审核率达100%。", "区司法局", "各街道", "审核意见书",
                date(LocalDate.of(2021, 7, 31), CN_DATE), 3);
        s.merge("B7:B8");
        s.skip();
        s.row("注：1.牵头单位负责统筹协调本项指标的推进落实。");
        s.merge("A10:I10");
        s.row("2.各责任单位于8月10日前将印证资料报送区依法治区办。");
        s.merge("A11:I11");
        return wb;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readsTheTableBehindTitleRowsAnInstructionsSheetAndFootnotes(Kind kind) throws Exception {
        Path f = realistic(kind).write(file(kind));

        TaskSheetReader.Result r = read(f);

        assertThat(r.sheet()).isEqualTo("任务分解表");
        assertThat(r.findings()).isEmpty();
        assertThat(r.indicators()).extracting(TaskSheetReaderWorkbookTest::line).containsExactly(
                "1.1 | 依法全面履行政府职能 | 深化行政审批制度改革 | 区政府办 | 区司法局、区财政局 | 2021-08-10 | 4.0 | row 4",
                "1.2 | 依法全面履行政府职能 | 落实权责清单制度 | 区政府办 | " + without(DEPARTMENTS, "区政府办")
                        + " | 2021-08-10 | 3.0 | row 5",
                "1.3 | 依法全面履行政府职能 | 提高公共法律服务效能（三级网络） | 区司法局 | " + plus(STREETS, TOWNSHIPS.toArray(String[]::new))
                        + " | 2021-07-20 | 4.0 | row 6",
                "2.1 | 完善依法行政制度体系 | 完善行政规范性文件制定 | 区司法局 | 区政府办、区财政局 | ongoing | 3.0 | row 7",
                "2.2 | 完善依法行政制度体系 | 加强行政规范性文件合法性审查 | 区司法局 | " + String.join("、", STREETS)
                        + " | 2021-07-31 | 3.0 | row 8");
        Indicator first = r.indicators().get(0);
        assertThat(first.requirements()).containsExactly("公布行政审批事项清单，清理中介服务。");
        assertThat(first.evidenceAsked()).isEqualTo("清单文件");
        assertThat(r.indicators().get(2).requirements()).containsExactly("健全区、乡镇（街道）、村（居）三级公共法律服务网络。");
        assertThat(r.indicators().get(3).due().raw()).isEqualTo("长期坚持");
    }

    @Test
    void sheetOptionPicksTheNamedWorksheet() throws Exception {
        Path f = realistic(Kind.XLSX).write(file(Kind.XLSX));
        UnitDirectory units = Workbooks.directory();

        TaskSheetReader.Result r = TaskSheetReader.read(f, "indicators.xlsx", " 任务分解表 ", units, 2021);
        assertThat(r.sheet()).isEqualTo("任务分解表");
        assertThat(r.indicators()).hasSize(5);

        InputException noHeader = failure(() -> TaskSheetReader.read(f, "indicators.xlsx", "填表说明", units, 2021));
        assertThat(noHeader.key()).isEqualTo("sheet.noHeaderIn");
        assertThat(noHeader.args()).containsExactly("填表说明", TaskSheetReader.expectedHeaders());
        assertThat(noHeader.location()).isEqualTo(Location.file("indicators.xlsx"));

        InputException noSuch = failure(() -> TaskSheetReader.read(f, "indicators.xlsx", "汇总表", units, 2021));
        assertThat(noSuch.key()).isEqualTo("sheet.noSuchSheet");
        assertThat(noSuch.args()).containsExactly("汇总表", List.of("填表说明", "任务分解表"));
    }

    // ------------------------------------------------------------------ merged ids and rows joined

    @ParameterizedTest
    @EnumSource(Kind.class)
    void mergedIdAndNameOverTwoRowsIsOneIndicator(Kind kind) throws Exception {
        Workbooks wb = Workbooks.of(kind);
        var s = wb.sheet("Sheet1");
        s.row(HEADER);
        s.row("4.4", "四、行政执法严格规范公正文明", "健全行政执法人员管理制度", "执法人员持证上岗。", "区司法局", "区财政局",
                "执法证件名册", "8月10日前", 4);
        s.row(null, null, null, "每年法律知识培训不少于40学时。", null, "区人社局、区财政局", "培训记录", null, null);
        for (String range : List.of("A2:A3", "B2:B5", "C2:C3", "E2:E3", "H2:H3", "I2:I3")) s.merge(range);
        // the same id typed again with the same name, and a continuation row with no id: one indicator
        s.row("4.5", null, "扎实推进服务型行政执法建设", "推广非强制性执法手段。", "区司法局", "区审计局", null, "7月下旬", 2);
        s.row("4.5", null, "扎实推进服务型行政执法建设", "开展行政指导。", null, "区市场监管局", null, "8月10日前", 1);
        s.row(null, null, null, "建立典型案例库。", null, "顺河街道", null, null, null);
        Path f = wb.write(file(kind));

        TaskSheetReader.Result r = read(f);

        assertThat(r.findings()).isEmpty();
        assertThat(r.indicators()).extracting(TaskSheetReaderWorkbookTest::line).containsExactly(
                "4.4 | 行政执法严格规范公正文明 | 健全行政执法人员管理制度 | 区司法局 | 区财政局、区人社局 | 2021-08-10 | 4.0 | row 2",
                "4.5 | 行政执法严格规范公正文明 | 扎实推进服务型行政执法建设 | 区司法局 | 区市场监管局、区审计局、顺河街道 | 2021-08-10 | 3.0 | row 4");
        assertThat(r.indicators().get(0).requirements()).containsExactly("执法人员持证上岗。", "每年法律知识培训不少于40学时。");
        assertThat(r.indicators().get(0).evidenceAsked()).isEqualTo("执法证件名册；培训记录");
        assertThat(r.indicators().get(1).requirements()).containsExactly("推广非强制性执法手段。", "开展行政指导。", "建立典型案例库。");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void oneIdOnTwoIndicatorsIsUnusable(Kind kind) throws Exception {
        Workbooks wb = Workbooks.of(kind);
        var s = wb.sheet("Sheet1");
        s.row(HEADER);
        s.row("1.1", "依法全面履行政府职能", "深化行政审批制度改革", "公布清单。", "区政府办", null, null, null, null);
        s.row("1.2", null, "落实权责清单制度", "公布权责清单。", "区政府办", null, null, null, null);
        s.row("１．１", null, "优化政府职能", "推进机构改革。", "区政府办", null, null, null, null);
        Path f = wb.write(file(kind));

        InputException e = failure(() -> read(f));

        assertThat(e.key()).isEqualTo("sheet.duplicateId");
        assertThat(e.args()).containsExactly("1.1", 2, "深化行政审批制度改革", 4, "优化政府职能");
        assertThat(e.location()).isEqualTo(Location.cell("indicators.xlsx", 4, "A"));
    }

    // ------------------------------------------------------------------ ids as people type them

    @ParameterizedTest
    @EnumSource(Kind.class)
    void fullWidthAndPunctuatedIds(Kind kind) throws Exception {
        Workbooks wb = Workbooks.of(kind);
        var s = wb.sheet("Sheet1");
        s.row(HEADER);
        s.row("４．４", "行政执法", "甲", null, "区司法局", null, null, null, null);
        s.row("4、5", "行政执法", "乙", null, "区司法局", null, null, null, null);
        s.row(" 4.6 ", "行政执法", "丙", null, "区司法局", null, null, null, null);
        s.row("4.7。", "行政执法", "丁", null, "区司法局", null, null, null, null);
        s.row("4.8\n", "行政执法", "戊", null, "区司法局", null, null, null, null);
        Path f = wb.write(file(kind));

        TaskSheetReader.Result r = read(f);

        assertThat(r.findings()).isEmpty();
        assertThat(r.indicators()).extracting(Indicator::id, Indicator::name).containsExactly(
                tuple("4.4", "甲"), tuple("4.5", "乙"),
                tuple("4.6", "丙"), tuple("4.7", "丁"),
                tuple("4.8", "戊"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void numericIdsReadAsExcelShowsThem(Kind kind) throws Exception {
        Workbooks wb = Workbooks.of(kind);
        var s = wb.sheet("Sheet1");
        s.row(HEADER);
        String[] names = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};
        for (int i = 1; i <= 9; i++) {
            s.row(Double.parseDouble("1." + i), "政府职能", "第" + names[i - 1] + "项", null, "区政府办", null, null, null, null);
        }
        s.row(1.1, "政府职能", "第十项", null, "区政府办", null, null, null, null);         // General: shows 1.1, means 1.10
        s.row(1.11, "政府职能", "第十一项", null, "区政府办", null, null, null, null);
        s.row(num(2.1, "0.0"), "制度体系", "二之一", null, "区司法局", null, null, null, null);
        s.row(num(2.10, "0.00"), "制度体系", "二之十", null, "区司法局", null, null, null, null); // "0.00": shows 2.10
        s.row(3, "决策", "三", null, "区司法局", null, null, null, null);
        Path f = wb.write(file(kind));

        TaskSheetReader.Result r = read(f);

        assertThat(r.findings()).isEmpty();
        assertThat(r.indicators()).extracting(i -> i.id() + " " + i.name()).containsExactly(
                "1.1 第一项", "1.2 第二项", "1.3 第三项", "1.4 第四项", "1.5 第五项", "1.6 第六项", "1.7 第七项",
                "1.8 第八项", "1.9 第九项", "1.10 第十项", "1.11 第十一项", "2.1 二之一", "2.10 二之十", "3 三");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void numericIdAfterNineMergedOverTwoRowsStaysOneIndicator(Kind kind) throws Exception {
        Workbooks wb = Workbooks.of(kind);
        var s = wb.sheet("Sheet1");
        s.row(HEADER);
        for (int i = 1; i <= 9; i++) {
            s.row(Double.parseDouble("1." + i), "政府职能", "第" + i + "项", "要求" + i, "区政府办", null, null, null, null);
        }
        s.row(1.1, "政府职能", "第10项", "要求10甲", "区政府办", "区财政局", null, null, 2);
        s.row(null, null, null, "要求10乙", null, "区人社局", null, null, null);
        s.merge("A11:A12").merge("C11:C12").merge("I11:I12");
        Path f = wb.write(file(kind));

        TaskSheetReader.Result r = read(f);

        assertThat(r.findings()).isEmpty();
        assertThat(r.indicators()).hasSize(10);
        Indicator tenth = r.indicators().get(9);
        assertThat(line(tenth)).isEqualTo("1.10 | 政府职能 | 第10项 | 区政府办 | 区财政局、区人社局 | none | 2.0 | row 11");
        assertThat(tenth.requirements()).containsExactly("要求10甲", "要求10乙");
        assertThat(r.indicators().get(0).requirements()).containsExactly("要求1");
    }

    @Test
    void theHeaderRepeatedFurtherDownIsNoIndicator() throws Exception {
        Workbooks wb = Workbooks.of(Kind.XLSX);
        var s = wb.sheet("Sheet1");
        s.row(HEADER);
        s.row("1.1", "政府职能", "甲", null, "区政府办", null, null, null, null);
        s.row(HEADER);
        s.row("1.2", "政府职能", "乙", null, "区政府办", null, null, null, null);
        Path f = wb.write(file(Kind.XLSX));

        TaskSheetReader.Result r = read(f);

        assertThat(r.findings()).isEmpty();
        assertThat(r.indicators()).extracting(i -> i.id() + " " + i.name()).containsExactly("1.1 甲", "1.2 乙");
    }

    @Test
    void idColumnIsTheIndicatorNumberNotTheRowCounter() throws Exception {
        Workbooks wb = Workbooks.of(Kind.XLSX);
        var s = wb.sheet("Sheet1");
        s.row("序号", "指标编号", "指标名称", "具体任务", "责任单位", null, "完成时限（截止日期）");
        s.row(null, null, null, null, "牵头单位", "配合单位", null);
        s.merge("A1:A2").merge("B1:B2").merge("C1:C2").merge("D1:D2").merge("E1:F1").merge("G1:G2");
        s.row(1, "1.1", "深化行政审批制度改革", "公布清单。", "区政府办", "区司法局", "8月10日前");
        s.row(2, "1.2", "落实权责清单制度", "公布权责清单。", "区政府办", "区财政局、区审计局", "7月中旬");
        s.row(3, "2.1", "完善行政规范性文件制定", "履行程序。", "区司法局", "区政府办", "长期坚持");
        Path f = wb.write(file(Kind.XLSX));

        TaskSheetReader.Result r = read(f);

        assertThat(r.findings()).isEmpty();
        assertThat(r.indicators()).extracting(TaskSheetReaderWorkbookTest::line).containsExactly(
                "1.1 | 依法全面履行政府职能 | 深化行政审批制度改革 | 区政府办 | 区司法局 | 2021-08-10 | null | row 3",
                "1.2 | 依法全面履行政府职能 | 落实权责清单制度 | 区政府办 | 区财政局、区审计局 | 2021-07-20 | null | row 4",
                "2.1 | 完善依法行政制度体系 | 完善行政规范性文件制定 | 区司法局 | 区政府办 | ongoing | null | row 5");
    }

    // ------------------------------------------------------------------ units

    @ParameterizedTest
    @EnumSource(Kind.class)
    void unitsSplitOnEveryListSeparatorAndResolveAliases(Kind kind) throws Exception {
        Workbooks wb = Workbooks.of(kind);
        var s = wb.sheet("Sheet1");
        s.row(HEADER);
        s.row("1.1", "政府职能", "甲", null, "区政府办", "区司法局、区财政局，区人社局,区审计局;顺河街道；老街街道\n问十乡\r\n空冢郭镇",
                null, null, null);
        s.row("1.2", "政府职能", "乙", null, "司法局", "依法治区办、 财政局 、源汇区市场监督管理局", null, null, null);
        s.row("1.3", "政府职能", "丙", null, "区司法局、区财政局", "区政府办  区审计局", null, null, null);
        Path f = wb.write(file(kind));

        TaskSheetReader.Result r = read(f);

        assertThat(r.findings()).isEmpty();
        assertThat(r.indicators()).extracting(i -> i.id() + " " + i.lead() + " | " + String.join("、", i.units()))
                .containsExactly(
                        "1.1 区政府办 | 区司法局、区财政局、区人社局、区审计局、老街街道、顺河街道、空冢郭镇、问十乡",
                        "1.2 区司法局 | 区财政局、区市场监管局",
                        "1.3 区司法局 | 区政府办、区财政局、区审计局");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void groupWordsExpandThroughTheUnitCategories(Kind kind) throws Exception {
        Workbooks wb = Workbooks.of(kind);
        var s = wb.sheet("Sheet1");
        s.row(HEADER);
        s.row("1.1", "政府职能", "甲", null, "区司法局", "各乡镇（街道）", null, null, null);
        s.row("1.2", "政府职能", "乙", null, "区司法局", "各街道", null, null, null);
        s.row("1.3", "政府职能", "丙", null, "区司法局", "区直各部门", null, null, null);
        s.row("1.4", "政府职能", "丁", null, "区政府办", "各单位", null, null, null);
        s.row("1.5", "政府职能", "戊", null, "区政府办", "各乡镇、区财政局", null, null, null);
        s.row("1.6", "政府职能", "己", null, "区政府办", "各乡镇、街道", null, null, null);
        s.row("1.7", "政府职能", "庚", null, "区司法局（牵头）", "区财政局（配合）、各街道办事处", null, null, null);
        Path f = wb.write(file(kind));

        TaskSheetReader.Result r = read(f);

        assertThat(r.findings()).isEmpty();
        assertThat(r.indicators()).extracting(i -> i.id() + " " + String.join("、", i.units())).containsExactly(
                "1.1 " + plus(STREETS, TOWNSHIPS.toArray(String[]::new)),
                "1.2 " + String.join("、", STREETS),
                "1.3 " + without(DEPARTMENTS, "区司法局"),
                "1.4 " + without(Workbooks.units().stream().map(Unit::name).toList(), "区政府办"),
                "1.5 区财政局、空冢郭镇、问十乡",
                "1.6 " + plus(STREETS, TOWNSHIPS.toArray(String[]::new)),
                "1.7 " + plus(List.of("区财政局"), STREETS.toArray(String[]::new)));
        assertThat(r.indicators().get(6).lead()).isEqualTo("区司法局");
    }

    @Test
    void aGroupWordWithNoUnitsIsAFinding() throws Exception {
        Workbooks wb = Workbooks.of(Kind.XLSX);
        var s = wb.sheet("Sheet1");
        s.row(HEADER);
        s.row("1.1", "政府职能", "甲", null, "区司法局", "各乡镇、区财政局", null, null, null);
        s.row("1.2", "政府职能", "乙", null, "区司法局", "各街道", null, null, null);
        Path f = wb.write(file(Kind.XLSX));
        UnitDirectory departmentsOnly = new UnitDirectory(
                Workbooks.units().stream().filter(u -> u.category().equals("区直部门")).toList(), Workbooks.REGION);

        TaskSheetReader.Result r = TaskSheetReader.read(f, "indicators.xlsx", null, departmentsOnly, 2021);

        assertThat(r.indicators()).extracting(i -> i.id() + " " + String.join("、", i.units()))
                .containsExactly("1.1 区财政局", "1.2 ");
        assertThat(r.findings()).extracting(TaskSheetReaderWorkbookTest::finding).containsExactly(
                "SHT004 indicators.xlsx:2:F unit=null indicator=1.1 args={group=各乡镇, categories=乡镇}",
                "SHT004 indicators.xlsx:3:F unit=null indicator=1.2 args={group=各街道, categories=街道}");
    }

    @Test
    void unknownUnitsAreReportedOnceWithADidYouMeanAndKeptInOrderOfAppearance() throws Exception {
        Workbooks wb = Workbooks.of(Kind.XLSX);
        var s = wb.sheet("Sheet1");
        s.row(HEADER);
        s.row("1.1", "政府职能", "甲", null, "区政府办", "区应急局、区市场监督局、区财政局", null, null, null);
        s.row("1.2", "政府职能", "乙", null, "区应急局", "区市场监督局", null, null, null);
        s.row("1.3", "政府职能", "丙", null, "区应急管理局", "市场监督局", null, null, null);  // = 区市场监督局 now
        Path f = wb.write(file(Kind.XLSX));
        UnitDirectory units = Workbooks.directory();

        TaskSheetReader.Result r = TaskSheetReader.read(f, "indicators.xlsx", null, units, 2021);

        assertThat(r.indicators()).extracting(i -> i.id() + " " + i.lead() + " | " + String.join("、", i.units()))
                .containsExactly("1.1 区政府办 | 区财政局、区应急局、区市场监督局", "1.2 区应急局 | 区市场监督局",
                        "1.3 区应急管理局 | 区市场监督局");
        assertThat(r.findings()).extracting(TaskSheetReaderWorkbookTest::finding).containsExactly(
                "SHT002 indicators.xlsx:2:F unit=区应急局 indicator=1.1 args={unit=区应急局, suggestion=}",
                "SHT002 indicators.xlsx:2:F unit=区市场监督局 indicator=1.1 args={unit=区市场监督局, suggestion=区市场监管局}",
                "SHT002 indicators.xlsx:4:E unit=区应急管理局 indicator=1.3 args={unit=区应急管理局, suggestion=}");
        assertThat(units.names()).endsWith("问十乡", "区应急局", "区市场监督局", "区应急管理局");
    }

    @Test
    void theDidYouMeanComparesWithTheDistrictPrefixToo() throws Exception {
        Workbooks wb = Workbooks.of(Kind.XLSX);
        var s = wb.sheet("Sheet1");
        s.row(HEADER);
        s.row("1.1", "政府职能", "甲", null, "区政府办", "市场监督局", null, null, null);
        Path f = wb.write(file(Kind.XLSX));

        assertThat(read(f).findings()).extracting(TaskSheetReaderWorkbookTest::finding).containsExactly(
                "SHT002 indicators.xlsx:2:F unit=市场监督局 indicator=1.1 args={unit=市场监督局, suggestion=区市场监管局}");
    }

    @Test
    void withoutAUnitsTableUnitsAreNotReportedAndKeepTheirOrderOfAppearance() throws Exception {
        Workbooks wb = Workbooks.of(Kind.XLSX);
        var s = wb.sheet("Sheet1");
        s.row(HEADER);
        s.row("1.1", "政府职能", "甲", null, "区政府办", "区财政局、区司法局", null, null, null);
        s.row("1.2", "政府职能", "乙", null, "区司法局", "区审计局、区财政局", null, null, null);
        Path f = wb.write(file(Kind.XLSX));

        TaskSheetReader.Result r = TaskSheetReader.read(f, "indicators.xlsx", null, new UnitDirectory(List.of(), ""), 2021);

        assertThat(r.findings()).isEmpty();
        assertThat(r.indicators()).extracting(i -> i.id() + " " + i.lead() + " | " + String.join("、", i.units()))
                .containsExactly("1.1 区政府办 | 区财政局、区司法局", "1.2 区司法局 | 区财政局、区审计局");
    }

    // ------------------------------------------------------------------ due dates

    @ParameterizedTest
    @EnumSource(Kind.class)
    void dueDatesAsOfficesWriteThem(Kind kind) throws Exception {
        Object[][] dues = {
                {"2021-08-10", "2021-08-10"},
                {"2021/8/10", "2021-08-10"},
                {"2021年8月10日", "2021-08-10"},
                {"8月10日前", "2021-08-10"},
                {"7月中旬", "2021-07-20"},
                {"7月上旬", "2021-07-10"},
                {"7月下旬", "2021-07-31"},
                {date(LocalDate.of(2021, 8, 10), CN_DATE), "2021-08-10"},
                {"长期坚持", "ongoing"},
                {"持续推进", "ongoing"},
                {"尽快", "none"},
                {new BuiltinNum(44418, 31), "2021-08-10"},      // Chinese Excel's built-in 2021年8月10日 format
                {null, "none"},
                {"七月中旬", "2021-07-20"},
                {44418, "2021-08-10"},                          // a date typed into a General cell shows its serial
                {date(LocalDate.of(2021, 8, 5), "yyyy/m/d"), "2021-08-05"},
        };
        Workbooks wb = Workbooks.of(kind);
        var s = wb.sheet("Sheet1");
        s.row(HEADER);
        for (int i = 0; i < dues.length; i++) {
            s.row("1." + (i + 1), "政府职能", "任务" + (i + 1), null, "区司法局", null, null, dues[i][0], null);
        }
        Path f = wb.write(file(kind));

        TaskSheetReader.Result r = read(f);

        assertThat(r.indicators()).extracting(i -> i.id() + " " + due(i.due())).containsExactly(
                java.util.stream.IntStream.range(0, dues.length).mapToObj(i -> "1." + (i + 1) + " " + dues[i][1])
                        .toArray(String[]::new));
        assertThat(r.findings()).extracting(TaskSheetReaderWorkbookTest::finding).containsExactly(
                "SHT003 indicators.xlsx:12:H unit=null indicator=1.11 args={due=尽快}");
        assertThat(r.indicators().get(8).due()).isEqualTo(Due.ongoing("长期坚持"));
        assertThat(r.indicators().get(12).due()).isEqualTo(Due.NONE);
    }

    // ------------------------------------------------------------------ areas

    @ParameterizedTest
    @EnumSource(Kind.class)
    void areaHeadingRowsNameTheAreaWhenThereIsNoAreaColumn(Kind kind) throws Exception {
        Workbooks wb = Workbooks.of(kind);
        var s = wb.sheet("Sheet1");
        s.row("编号", "指标名称", "工作要求", "牵头单位", "责任单位", "完成时限");
        s.row("一、依法全面履行政府职能（20分）");
        s.merge("A2:F2");
        s.row("1.1", "深化行政审批制度改革", "公布清单。", "区政府办", "区司法局", "8月10日前");
        s.row("1.2", "落实权责清单制度", "公布权责清单。", "区政府办", "区财政局", "8月10日前");
        s.row("（二）规范性文件管理");                   // typed in the first cell only
        s.row("2.1", "完善行政规范性文件制定", "履行程序。", "区司法局", "区政府办", "8月10日前");
        s.row("注：以上任务由各责任单位按时完成。");
        s.merge("A7:F7");
        Path f = wb.write(file(kind));

        TaskSheetReader.Result r = read(f);

        assertThat(r.findings()).isEmpty();
        assertThat(r.indicators()).extracting(i -> i.id() + " " + i.area()).containsExactly(
                "1.1 依法全面履行政府职能", "1.2 依法全面履行政府职能", "2.1 规范性文件管理");
    }

    @Test
    void anAreaTypedAgainWithOtherPunctuationIsTheSameArea() throws Exception {
        Workbooks wb = Workbooks.of(Kind.XLSX);
        var s = wb.sheet("Sheet1");
        s.row(HEADER);
        s.row("3.1", "三、推进重大行政决策科学化、民主化、合法化（15分）", "甲", null, "区政府办", null, null, null, null);
        s.row("3.2", "推进重大行政决策科学化、民主化、合法化", "乙", null, "区政府办", null, null, null, null);
        s.row("3.3", "3.推进重大行政决策 科学化、民主化、合法化 ", "丙", null, "区政府办", null, null, null, null);
        Path f = wb.write(file(Kind.XLSX));

        assertThat(read(f).indicators()).extracting(Indicator::area).containsOnly("推进重大行政决策科学化、民主化、合法化");
    }

    @Test
    void withoutAreaColumnOrHeadingsTheBuiltInAreaNamesApply() throws Exception {
        Workbooks wb = Workbooks.of(Kind.XLSX);
        var s = wb.sheet("Sheet1");
        s.row("编号", "指标名称", "工作要求", "牵头单位");
        s.row("1.1", "深化行政审批制度改革", "公布清单。", "区政府办");
        s.row("4.4", "健全行政执法人员管理制度", "持证上岗。", "区司法局");
        Path f = wb.write(file(Kind.XLSX));

        assertThat(read(f).indicators()).extracting(i -> i.id() + " " + i.area())
                .containsExactly("1.1 依法全面履行政府职能", "4.4 行政执法严格规范公正文明");
    }

    // ------------------------------------------------------------------ unusable files

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aWorkbookWithNoRecognisableHeaderIsUnusable(Kind kind) throws Exception {
        Workbooks wb = Workbooks.of(kind);
        var a = wb.sheet("Sheet1");
        a.row("单位", "金额");
        a.row("区司法局", 100);
        var b = wb.sheet("统计");
        b.row("编号", "备注");
        b.row("1.1", "无");
        Path f = wb.write(file(kind));

        InputException e = failure(() -> read(f));

        assertThat(e.key()).isEqualTo("sheet.noHeader");
        assertThat(e.args()).containsExactly(List.of("Sheet1", "统计"), TaskSheetReader.expectedHeaders());
        assertThat(e.location()).isEqualTo(Location.file("indicators.xlsx"));
    }

    @Test
    void aHeaderWithNoRowsBelowIsUnusable() throws Exception {
        Workbooks wb = Workbooks.of(Kind.XLSX);
        var s = wb.sheet("任务分解表");
        s.row(HEADER);
        s.row("注：本表由各单位填写。");
        s.merge("A2:I2");
        Path f = wb.write(file(Kind.XLSX));

        InputException e = failure(() -> read(f));

        assertThat(e.key()).isEqualTo("sheet.noRows");
        assertThat(e.args()).containsExactly("任务分解表");
    }

    @Test
    void aPasswordProtectedWorkbookIsUnusableAndSaysSo() throws Exception {
        Path f = dir.resolve("indicators.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook wb = new XSSFWorkbook()) {
            var s = wb.createSheet("任务分解表");
            var header = s.createRow(0);
            for (int c = 0; c < HEADER.length; c++) header.createCell(c).setCellValue((String) HEADER[c]);
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("123456");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                wb.write(os);
            }
            try (OutputStream out = Files.newOutputStream(f)) {
                fs.writeFilesystem(out);
            }
        }

        InputException e = failure(() -> read(f));

        assertThat(e.key()).isEqualTo("input.encrypted");
        assertThat(e.location()).isEqualTo(Location.file("indicators.xlsx"));
    }

    @Test
    void aPasswordProtectedXlsIsUnusableAndSaysSo() throws Exception {
        Path f = dir.resolve("indicators.xls");
        org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword("123456");
        try {
            realistic(Kind.XLS).write(f);
        } finally {
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        InputException e = failure(() -> read(f));

        assertThat(e.key()).isEqualTo("input.encrypted");
    }

    @Test
    void aHiddenOldCopyOfTheSheetIsNotTakenBeforeTheVisibleOne() throws Exception {
        Workbooks wb = Workbooks.of(Kind.XLSX);
        var old = wb.sheet("旧版");
        old.row(HEADER);
        old.row("1.1", "政府职能", "旧的名称", null, "区政府办", null, null, null, null);
        var current = wb.sheet("任务分解表");
        current.row(HEADER);
        current.row("1.1", "政府职能", "深化行政审批制度改革", null, "区政府办", null, null, null, null);
        wb.hide("旧版");
        Path f = wb.write(file(Kind.XLSX));

        TaskSheetReader.Result r = read(f);

        assertThat(r.sheet()).isEqualTo("任务分解表");
        assertThat(r.indicators()).extracting(Indicator::name).containsExactly("深化行政审批制度改革");
        TaskSheetReader.Result named = TaskSheetReader.read(f, "indicators.xlsx", "旧版", Workbooks.directory(), 2021);
        assertThat(named.indicators()).extracting(Indicator::name).containsExactly("旧的名称");
    }

    @Test
    void xlsContentUnderAnXlsxNameAndTheOtherWayRoundAreReadByContent() throws Exception {
        Path xlsAsXlsx = realistic(Kind.XLS).write(dir.resolve("indicators.xlsx"));
        Path xlsxAsXls = realistic(Kind.XLSX).write(dir.resolve("任务分解表.xls"));
        Path xlsxAsEt = realistic(Kind.XLSX).write(dir.resolve("任务分解表.et"));

        for (Path f : List.of(xlsAsXlsx, xlsxAsXls, xlsxAsEt)) {
            TaskSheetReader.Result r = read(f);
            assertThat(r.sheet()).as(f.toString()).isEqualTo("任务分解表");
            assertThat(r.indicators()).as(f.toString()).extracting(Indicator::id)
                    .containsExactly("1.1", "1.2", "1.3", "2.1", "2.2");
        }
    }

    @Test
    void aCorruptWorkbookIsUnusable() throws Exception {
        Path f = dir.resolve("indicators.xlsx");
        byte[] zip = Files.readAllBytes(realistic(Kind.XLSX).write(dir.resolve("good.xlsx")));
        Files.write(f, java.util.Arrays.copyOf(zip, 600));

        InputException e = failure(() -> read(f));

        assertThat(e.key()).isEqualTo("input.badWorkbook");
    }

    @Test
    void anHtmlPageSavedAsXlsIsUnusable() throws Exception {
        Path f = dir.resolve("indicators.xls");
        Files.writeString(f, "<html><body><table><tr><td>编号</td></tr></table></body></html>");

        assertThat(failure(() -> read(f)).key()).isEqualTo("input.htmlSheet");
    }

    @Test
    void pointsAreReadAsNumbersOrTextAndUnreadablePointsAreAFinding() throws Exception {
        Workbooks wb = Workbooks.of(Kind.XLSX);
        var s = wb.sheet("Sheet1");
        s.row(HEADER);
        s.row("1.1", "政府职能", "甲", null, "区政府办", null, null, null, 4);
        s.row("1.2", "政府职能", "乙", null, "区政府办", null, null, null, "2.5分");
        s.row("1.3", "政府职能", "丙", null, "区政府办", null, null, null, "三分");
        s.row("1.4", "政府职能", "丁", null, "区政府办", null, null, null, "酌情");
        Path f = wb.write(file(Kind.XLSX));

        TaskSheetReader.Result r = read(f);

        assertThat(r.indicators()).extracting(Indicator::points).containsExactly(4.0, 2.5, 3.0, null);
        assertThat(r.findings()).extracting(TaskSheetReaderWorkbookTest::finding).containsExactly(
                "SHT007 indicators.xlsx:5:I unit=null indicator=1.4 args={points=酌情}");
    }

    @Test
    void aRowWithANameButNoReadableIdIsAFinding() throws Exception {
        Workbooks wb = Workbooks.of(Kind.XLSX);
        var s = wb.sheet("Sheet1");
        s.row(HEADER);
        s.row("1.1", "政府职能", "甲", null, "区政府办", null, null, null, null);
        s.row("四（4）", "政府职能", "乙", "要求。", "区政府办", null, null, null, null);
        Path f = wb.write(file(Kind.XLSX));

        TaskSheetReader.Result r = read(f);

        assertThat(r.indicators()).extracting(Indicator::id).containsExactly("1.1");
        assertThat(r.findings()).extracting(TaskSheetReaderWorkbookTest::finding).containsExactly(
                "SHT001 indicators.xlsx:3:A unit=null indicator=null args={id=四（4）, name=乙}");
    }
}
