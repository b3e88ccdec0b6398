package dossier.read;

import dossier.i18n.Localized;
import dossier.model.DatedEvent;
import dossier.model.Finding;
import dossier.model.Location;
import dossier.model.NormativeDoc;
import dossier.model.Officer;
import dossier.model.RegisterKind;
import dossier.model.RepeatedCertificate;
import dossier.model.Settings;
import dossier.model.TrainingRow;
import dossier.read.Workbooks.BuiltinNum;
import dossier.shared.InputException;
import dossier.read.Workbooks.Kind;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dossier.read.Workbooks.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Registers as offices keep them, built cell by cell with POI (and real GBK/UTF-8 bytes for CSV). */
class RegisterReaderTest {
    private static final LocalDate AS_OF = LocalDate.of(2021, 11, 1);
    private static final String UNIT = "区司法局";
    private static final String DIR = "evidence/区司法局/registers/";
    private static final String YMD = "yyyy\"年\"m\"月\"d\"日\"";

    @TempDir
    Path repo;
    Path registers;

    @BeforeEach
    void folders() throws IOException {
        registers = Files.createDirectories(repo.resolve(DIR));
        Files.writeString(repo.resolve("dossier.yaml"), "year: 2021\n");
    }

    private Settings settings() {
        return SettingsReader.read(repo, AS_OF).settings();
    }

    private RegisterReader.Result read() {
        return RegisterReader.read(repo, UNIT, registers, settings());
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static Localized reason(Finding f) {
        return (Localized) (f.args().containsKey("reason") ? f.arg("reason") : f.arg("expected"));
    }

    // ------------------------------------------------------------------ 执法人员名册

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rosterUnderATitleRowWithPostsAnEmptyAndADuplicateCertificate(Kind kind) throws IOException {
        Workbooks wb = Workbooks.of(kind);
        var s = wb.sheet("名册");
        s.row("区司法局2021年度行政执法人员名册");
        s.row("序号", "姓　名", "执法证号", "岗位", "备注");
        s.row(1, "张　三", "豫A12345", "法制审核", null);
        s.row(2, "李四", "豫A12346", "行政执法", null);
        s.row(3, "王五", null, "行政执法", "证件办理中");
        s.row(4, "赵 六", " 豫a12345 ", "行政执法", null);
        s.row(5, "陈静", "豫Ａ１２３４７", "法制审核岗（兼）", null);
        s.row(6);
        s.row("填表人：刘洋", null, "审核人：王立新");
        s.merge("A1:E1");
        String rel = DIR + "执法人员名册." + kind.extension;
        wb.write(repo.resolve(rel));

        RegisterReader.Result r = read();

        assertThat(r.registers().officers()).extracting(Officer::name, Officer::certificate, Officer::post,
                Officer::legalReviewer, Officer::location).containsExactly(
                tuple("张三", "豫A12345", "法制审核", true, Location.cell(rel, 3, "B")),
                tuple("李四", "豫A12346", "行政执法", false, Location.cell(rel, 4, "B")),
                tuple("王五", "", "行政执法", false, Location.cell(rel, 5, "B")),
                tuple("陈静", "豫A12347", "法制审核岗（兼）", true, Location.cell(rel, 7, "B")));
        assertThat(r.findings()).isEmpty();
        assertThat(r.registers().repeatedCertificates()).containsExactly(new RepeatedCertificate("豫A12345", "赵六",
                Location.cell(rel, 6, "C"), r.registers().officers().get(0)));
        assertThat(r.registers().files()).isEqualTo(Map.of(RegisterKind.ROSTER, List.of(rel)));
        assertThat(r.registers().has(RegisterKind.ROSTER)).isTrue();
        assertThat(r.registers().outsidePeriod()).isEmpty();
        assertThat(r.unread()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aLogKeptOneSheetPerQuarterCountsEveryVisibleSheetButNotAHiddenCopy(Kind kind) throws IOException {
        Workbooks wb = Workbooks.of(kind);
        for (String[] q : new String[][]{{"一季度", "2021-03-15"}, {"二季度", "2021-06-10"}, {"旧表", "2021-05-01"}}) {
            var s = wb.sheet(q[0]);
            s.row("姓名", "日期", "学时");
            s.row("张三", q[1], 20);
        }
        wb.hide("旧表");
        wb.write(repo.resolve(DIR + "培训台账." + kind.extension));

        RegisterReader.Result r = read();

        assertThat(r.registers().training()).extracting(t -> t.date(), t -> t.hours())
                .containsExactly(tuple(d(2021, 3, 15), 20.0), tuple(d(2021, 6, 10), 20.0));
        assertThat(r.registers().files().get(RegisterKind.TRAINING)).hasSize(1);
    }

    @Test
    void aCertificateRepeatedInASecondRosterIsAlsoADuplicate() throws IOException {
        var s1 = Workbooks.of(Kind.XLSX);
        var sheet = s1.sheet("Sheet1");
        sheet.row("姓名", "执法证号", "岗位");
        sheet.row("张三", "41110012345", "法制审核");
        s1.write(registers.resolve("1 执法人员名册.xlsx"));
        var s2 = Workbooks.of(Kind.XLSX);
        var sheet2 = s2.sheet("Sheet1");
        sheet2.row("姓名", "证号", "职务");
        sheet2.row("张三丰", 41110012345d, "科员");
        s2.write(registers.resolve("2 名册（补充）.xlsx"));

        RegisterReader.Result r = read();

        assertThat(r.registers().officers()).extracting(Officer::name).containsExactly("张三");
        assertThat(r.findings()).isEmpty();
        assertThat(r.registers().repeatedCertificates()).extracting(RepeatedCertificate::certificate, RepeatedCertificate::name,
                RepeatedCertificate::at, c -> c.first().name(), c -> c.first().location()).containsExactly(
                tuple("41110012345", "张三丰", Location.cell(DIR + "2 名册（补充）.xlsx", 2, "B"), "张三",
                        Location.cell(DIR + "1 执法人员名册.xlsx", 2, "A")));
        assertThat(r.registers().files().get(RegisterKind.ROSTER))
                .containsExactly(DIR + "1 执法人员名册.xlsx", DIR + "2 名册（补充）.xlsx");
    }

    @Test
    void aRosterIsRecognisedByItsHeaderAloneAndAnIdentityCardIsNoCertificate() throws IOException {
        Workbooks wb = Workbooks.of(Kind.XLSX);
        var s = wb.sheet("Sheet1");
        s.row("序号", "姓名", "身份证号", "执法岗位", "职务");
        s.row(1, "张三", "411102198001011234", "法制审核", "科长");
        s.row(2, "李四", "411102198001011235", "执法", "科员");
        wb.write(registers.resolve("人员情况.xlsx"));

        RegisterReader.Result r = read();

        assertThat(r.registers().officers()).extracting(Officer::name, Officer::certificate, Officer::post)
                .containsExactly(tuple("张三", "", "法制审核、科长"), tuple("李四", "", "执法、科员"));
        assertThat(r.registers().files()).containsOnlyKeys(RegisterKind.ROSTER);
        assertThat(r.findings()).isEmpty();
    }

    // ------------------------------------------------------------------ 培训台账

    @Test
    void trainingLogWithCertificatesHoursAsWrittenAndRowsOutsideThePeriod() throws IOException {
        Workbooks wb = Workbooks.of(Kind.XLSX);
        var s = wb.sheet("培训台账");
        s.row("2021年度行政执法人员培训台账");
        s.row("序号", "姓名", "执法证号", "培训日期", "培训内容", "学时");
        s.row(1, "张三", "豫A12345", date(d(2021, 3, 15), "yyyy-mm-dd"), "行政处罚法", "4学时");
        s.row(2, "张 三", "豫A12345", date(d(2021, 5, 10), YMD), "行政许可法", 4.5);
        s.row(3, "李四", "豫A12346", "2021年6月1日", "民法典", "四");
        s.row(4, "王五", "豫A12347", date(d(2021, 7, 1), "yyyy-mm-dd"), "案卷制作", "大约四小时");
        s.row(5, "李四", "豫A12346", date(d(2020, 12, 20), "yyyy-mm-dd"), "旧规", 3);
        s.row(6, "王五", "豫A12347", "2022.1.5", "明年", 3);
        s.row(7, "陈静", "豫A12348", "待定", "行政复议法", 2);
        s.row(8, "陈静", "豫A12348", "2021/9/30", "行政复议法", "4.5小时");
        s.row("合计", null, null, null, null, 30);
        s.merge("A1:F1");
        String rel = DIR + "2021年执法人员培训台账.xlsx";
        wb.write(repo.resolve(rel));

        RegisterReader.Result r = read();

        assertThat(r.registers().training()).extracting(TrainingRow::name, TrainingRow::certificate, TrainingRow::date,
                TrainingRow::content, TrainingRow::hours, TrainingRow::location).containsExactly(
                tuple("张三", "豫A12345", d(2021, 3, 15), "行政处罚法", 4.0, Location.cell(rel, 3, "B")),
                tuple("张三", "豫A12345", d(2021, 5, 10), "行政许可法", 4.5, Location.cell(rel, 4, "B")),
                tuple("李四", "豫A12346", d(2021, 6, 1), "民法典", 4.0, Location.cell(rel, 5, "B")),
                tuple("陈静", "豫A12348", d(2021, 9, 30), "行政复议法", 4.5, Location.cell(rel, 10, "B")));
        assertThat(r.registers().outsidePeriod()).isEqualTo(Map.of(RegisterKind.TRAINING, 2));
        assertThat(r.findings()).extracting(Finding::ruleId, Finding::location, Finding::subject, Finding::args)
                .containsExactly(
                        tuple("THR010", Location.cell(rel, 6, "F"), "学时:大约四小时",
                                Map.of("file", rel, "row", 6, "column", "学时", "value", "大约四小时", "expected", Localized.of("register.cell.hours"))),
                        tuple("THR010", Location.cell(rel, 9, "D"), "日期:待定",
                                Map.of("file", rel, "row", 9, "column", "培训日期", "value", "待定", "expected", Localized.of("register.cell.date"))));
        assertThat(r.registers().files()).isEqualTo(Map.of(RegisterKind.TRAINING, List.of(rel)));
        assertThat(r.unread()).isEmpty();
    }

    @Test
    void trainingLogWithoutCertificatesIsMatchedByNameAndSplitsAttendees() throws IOException {
        Workbooks wb = Workbooks.of(Kind.XLS);
        var s = wb.sheet("Sheet1");
        s.row("参训人员", "培训时间", "课时", "内容");
        s.row("张　三", "3月5日", "4.5小时", "宪法");
        s.row("李四、王五", date(d(2021, 4, 8), "m/d/yy"), 2, "行政诉讼法");
        s.row("李四", date(d(2021, 4, 9), "m/d/yy"), null, "缺学时");
        s.row(null, date(d(2021, 4, 10), "m/d/yy"), 2, "缺姓名");
        String rel = DIR + "培训记录.xls";
        wb.write(repo.resolve(rel));

        RegisterReader.Result r = read();

        assertThat(r.registers().training()).extracting(TrainingRow::name, TrainingRow::certificate, TrainingRow::date,
                TrainingRow::hours).containsExactly(
                tuple("张三", "", d(2021, 3, 5), 4.5),
                tuple("李四", "", d(2021, 4, 8), 2.0),
                tuple("王五", "", d(2021, 4, 8), 2.0));
        assertThat(r.findings()).extracting(Finding::ruleId, Finding::location, Finding::args).containsExactly(
                tuple("THR010", Location.cell(rel, 4, "C"), Map.of("file", rel, "row", 4, "column", "课时", "value", "", "expected", Localized.of("register.cell.blank"))),
                tuple("THR010", Location.cell(rel, 5, "A"), Map.of("file", rel, "row", 5, "column", "参训人员", "value", "", "expected", Localized.of("register.cell.blank"))));
    }

    @Test
    void attendeesInOneCellPairWithTheirCertificatesOnlyWhenTheCountsAgree() throws IOException {
        String csv = "姓名,执法证号,日期,学时\n\"李四、王五\",\"豫A12346、豫A12347\",2021-02-01,3\n"
                + "\"赵六，钱七\",豫A12348,2021-02-02,2\n孙八,豫A/12349,2021-02-03,1\n";
        Files.write(registers.resolve("培训.csv"), csv.getBytes(StandardCharsets.UTF_8));

        RegisterReader.Result r = read();

        assertThat(r.registers().training()).extracting(TrainingRow::name, TrainingRow::certificate, TrainingRow::hours)
                .containsExactly(tuple("李四", "豫A12346", 3.0), tuple("王五", "豫A12347", 3.0),
                        tuple("赵六", "", 2.0), tuple("钱七", "", 2.0), tuple("孙八", "豫A/12349", 1.0));
        assertThat(r.findings()).isEmpty();
    }

    // ------------------------------------------------------------------ 规范性文件目录

    @Test
    void normativeDocsCatalogueReadsReviewMarksAndLeavesOutOtherYears() throws IOException {
        Workbooks wb = Workbooks.of(Kind.XLSX);
        var s = wb.sheet("目录");
        s.row("2021年度行政规范性文件目录");
        s.row("序号", "文件名称", "文号", "印发日期", "是否合法性审核");
        s.row(1, "关于加强物业管理的通知", "源政〔2021〕1号", date(d(2021, 2, 3), YMD), "是");
        s.row(2, "关于调整停车收费的通知", "源政〔2021〕2号", date(d(2021, 4, 1), YMD), "否");
        s.row(3, "关于规范小摊点的意见", "源政办〔2021〕3号", "2021-06-30", "√");
        s.row(4, "关于供暖的通知", "源政办〔2021〕4号", "2021年8月", "已审核");
        s.row(5, "关于垃圾分类的通知", "源政办〔2021〕5号", date(d(2021, 9, 9), YMD), null);
        s.row(6, "关于旧城改造的通知", "源政〔2020〕9号", date(d(2020, 12, 30), YMD), "是");
        s.row(7, "关于冬季防火的通知", "源政办〔2021〕6号", date(d(2021, 11, 2), YMD), "未审核");
        s.merge("A1:E1");
        String rel = DIR + "规范性文件目录.xlsx";
        wb.write(repo.resolve(rel));

        RegisterReader.Result r = read();

        assertThat(r.registers().normativeDocs()).extracting(NormativeDoc::number, NormativeDoc::title,
                NormativeDoc::issued, NormativeDoc::reviewed, NormativeDoc::location).containsExactly(
                tuple("源政〔2021〕1号", "关于加强物业管理的通知", d(2021, 2, 3), true, Location.cell(rel, 3, "C")),
                tuple("源政〔2021〕2号", "关于调整停车收费的通知", d(2021, 4, 1), false, Location.cell(rel, 4, "C")),
                tuple("源政办〔2021〕3号", "关于规范小摊点的意见", d(2021, 6, 30), true, Location.cell(rel, 5, "C")),
                tuple("源政办〔2021〕4号", "关于供暖的通知", d(2021, 8, 31), true, Location.cell(rel, 6, "C")),
                tuple("源政办〔2021〕5号", "关于垃圾分类的通知", d(2021, 9, 9), false, Location.cell(rel, 7, "C")),
                tuple("源政办〔2021〕6号", "关于冬季防火的通知", d(2021, 11, 2), false, Location.cell(rel, 9, "C")));
        assertThat(r.registers().outsidePeriod()).isEqualTo(Map.of(RegisterKind.NORMATIVE_DOCS, 1));
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void reviewMarks() {
        for (String yes : List.of("是", "已审核", "√", "✓", "已", "审核", "通过", "Y", "yes", "YES", " 是 ", "已审核通过"))
            assertThat(RegisterCells.reviewed(yes)).as(yes).isTrue();
        for (String no : List.of("否", "未", "无", "", "  ", "未审核", "不需要", "N", "no", "×", "待定"))
            assertThat(RegisterCells.reviewed(no)).as(no).isFalse();
    }

    // ------------------------------------------------------------------ 会前学法记录, 案卷评查记录

    @Test
    void lawStudyRecordWithExcelDateCells() throws IOException {
        Workbooks wb = Workbooks.of(Kind.XLSX);
        var s = wb.sheet("学法");
        s.row("区政府常务会议会前学法记录");
        s.row("序号", "学习日期", "学习内容", "主讲人");
        s.row(1, date(d(2021, 2, 26), YMD), "中华人民共和国行政处罚法", "王立新");
        s.row(2, new BuiltinNum(44355, 31), "优化营商环境条例", "刘洋");     // 2021-06-08 in Chinese Excel's built-in format
        s.row(3, 44466, "安全生产法", "刘洋");                            // 2021-09-27 typed as a plain number
        s.row(4, date(d(2022, 1, 7), YMD), "明年的学习", "刘洋");
        s.row("注：每季度至少一次。");
        s.merge("A1:D1").merge("A7:D7");
        String rel = DIR + "会前学法记录.xlsx";
        wb.write(repo.resolve(rel));

        RegisterReader.Result r = read();

        assertThat(r.registers().lawStudies()).containsExactly(
                new DatedEvent(d(2021, 2, 26), "中华人民共和国行政处罚法", Location.cell(rel, 3, "B")),
                new DatedEvent(d(2021, 6, 8), "优化营商环境条例", Location.cell(rel, 4, "B")),
                new DatedEvent(d(2021, 9, 27), "安全生产法", Location.cell(rel, 5, "B")));
        assertThat(r.registers().outsidePeriod()).isEqualTo(Map.of(RegisterKind.LAW_STUDY, 1));
        assertThat(r.registers().files()).containsOnlyKeys(RegisterKind.LAW_STUDY);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void gbkCsvCaseReviewRecord() throws IOException {
        String csv = "案卷评查记录\r\n评查日期,评查范围,评查案卷数\r\n2021/4/12,行政处罚案卷,20\r\n"
                + "2021-10-8,行政许可案卷,15\r\n2020-11-30,去年的,3\r\n,,\r\n";
        Files.write(registers.resolve("案卷评查.csv"), csv.getBytes(Charset.forName("GBK")));

        RegisterReader.Result r = read();

        String rel = DIR + "案卷评查.csv";
        assertThat(r.registers().caseReviews()).containsExactly(
                new DatedEvent(d(2021, 4, 12), "行政处罚案卷", Location.cell(rel, 3, "A")),
                new DatedEvent(d(2021, 10, 8), "行政许可案卷", Location.cell(rel, 4, "A")));
        assertThat(r.registers().outsidePeriod()).isEqualTo(Map.of(RegisterKind.CASE_REVIEWS, 1));
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aPeriodAcrossTwoYearsGivesAYearlessDateTheYearInsideIt() throws IOException {
        Files.writeString(repo.resolve("dossier.yaml"), "year: 2021\nperiod: {start: 2020-07-01, end: 2021-06-30}\n");
        String csv = "日期,主题\n12月5日,宪法\n3月5日,民法典\n2021年8月1日,不在期内\n";
        Files.write(registers.resolve("学法.csv"), csv.getBytes(StandardCharsets.UTF_8));

        RegisterReader.Result r = read();

        assertThat(r.registers().lawStudies()).extracting(DatedEvent::date, DatedEvent::subject).containsExactly(
                tuple(d(2020, 12, 5), "宪法"), tuple(d(2021, 3, 5), "民法典"));
        assertThat(r.registers().outsidePeriod()).isEqualTo(Map.of(RegisterKind.LAW_STUDY, 1));
    }

    // ------------------------------------------------------------------ dossier.yaml registers

    @Test
    void registersMappedInDossierYaml() throws IOException {
        Files.writeString(repo.resolve("dossier.yaml"), """
                year: 2021
                registers:
                  学习记录:
                    kind: law_study
                    columns: {日期: 举办日, 主题: 篇目}
                  "*参训*.csv":
                    kind: 培训
                    columns:
                      姓名: 参训干部
                      学时: [折算分值]
                      日期: 举办日
                """);
        Workbooks wb = Workbooks.of(Kind.XLSX);
        var s = wb.sheet("Sheet1");
        s.row("举办日", "篇目", "备注");
        s.row(date(d(2021, 3, 1), YMD), "法治政府建设实施纲要", null);
        wb.write(registers.resolve("2021年学习记录.xlsx"));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "参训干部,举办日,折算分值\n张三,2021-05-06,6\n".getBytes(StandardCharsets.UTF_8);
        byte[] csv = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, csv, 0, bom.length);
        System.arraycopy(body, 0, csv, bom.length, body.length);
        Files.write(registers.resolve("2021 参训 情况.csv"), csv);

        RegisterReader.Result r = read();

        assertThat(r.registers().lawStudies()).extracting(DatedEvent::date, DatedEvent::subject)
                .containsExactly(tuple(d(2021, 3, 1), "法治政府建设实施纲要"));
        assertThat(r.registers().training()).extracting(TrainingRow::name, TrainingRow::date, TrainingRow::hours)
                .containsExactly(tuple("张三", d(2021, 5, 6), 6.0));
        assertThat(r.findings()).isEmpty();
        assertThat(r.unread()).isEmpty();
        assertThat(r.registers().files()).isEqualTo(Map.of(
                RegisterKind.LAW_STUDY, List.of(DIR + "2021年学习记录.xlsx"),
                RegisterKind.TRAINING, List.of(DIR + "2021 参训 情况.csv")));
    }

    @Test
    void mappingKeysMatchAsKeywordOrGlob() {
        assertThat(RegisterMapping.matches("学习记录", "2021年学习记录.xlsx")).isTrue();
        assertThat(RegisterMapping.matches("学习 记录", "2021年学习记录.xlsx")).isTrue();
        assertThat(RegisterMapping.matches("*.CSV", "参训.csv")).isTrue();
        assertThat(RegisterMapping.matches("*参训*.csv", "参训.xlsx")).isFalse();
        assertThat(RegisterMapping.matches("培训?.xlsx", "培训1.xlsx")).isTrue();
        assertThat(RegisterMapping.matches("培训?.xlsx", "培训12.xlsx")).isFalse();
        assertThat(RegisterMapping.matches("", "培训.xlsx")).isFalse();
    }

    @Test
    void mappingEntriesShorthandAndKindNames() throws IOException {
        assertThat(mappingFor("registers: {\"*参训*\": training}\n", "参训.csv"))
                .hasValue(new RegisterMapping("*参训*", RegisterKind.TRAINING, Map.of()));
        assertThat(mappingFor("registers: {台账: {kind: 会前学法记录}}\n", "台账.xlsx").orElseThrow().kind())
                .isEqualTo(RegisterKind.LAW_STUDY);
        assertThat(mappingFor("registers: {台账: {kind: Case-Reviews}}\n", "台账.xlsx").orElseThrow().kind())
                .isEqualTo(RegisterKind.CASE_REVIEWS);
        assertThat(mappingFor("registers: {台账: {columns: {hours: 时长, 证号: [编号, \"\"]}}}\n", "台账.xlsx")
                .orElseThrow().columns()).isEqualTo(Map.of(
                RegisterColumn.HOURS, List.of("时长"), RegisterColumn.CERTIFICATE, List.of("编号")));
        assertThat(mappingFor("registers: {台账: training}\n", "名册.xlsx")).isEmpty();
    }

    @Test
    void anEntryThatCannotBeUsedMakesDossierYamlUnusableAtItsPlaceWhetherOrNotAFileMatchesIt() throws IOException {
        assertUnusableMapping("registers:\n  台账:\n    columns: {工时: 时长}\n", "columns.工时", 3, "15");
        assertUnusableMapping("registers:\n  台账:\n    columns: {学时: []}\n", "columns.学时: []", 3, "19");
        assertUnusableMapping("registers:\n  台账:\n    columns: 学时\n", "columns", 3, "14");
        assertUnusableMapping("registers:\n  台账:\n    kinds: training\n", "kinds", 3, "5");
        assertUnusableMapping("registers:\n  台账:\n    kind: attendance\n", "kind: attendance", 3, "11");
        assertUnusableMapping("registers:\n  台账: 名册、培训\n", "kind: 名册、培训", 2, "7");
        assertUnusableMapping("registers:\n  台账: [名册]\n", "[名册]", 2, "7");
        Files.writeString(repo.resolve("dossier.yaml"), "registers: [台账]\n");
        assertThatThrownBy(() -> SettingsReader.read(repo, AS_OF)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.key()).isEqualTo("settings.expectedMapping"));
    }

    private Optional<RegisterMapping> mappingFor(String yaml, String fileName) throws IOException {
        Files.writeString(repo.resolve("dossier.yaml"), yaml);
        return RegisterMapping.forFile(settings().registers(), fileName);
    }

    private void assertUnusableMapping(String yaml, String problem, int row, String column) throws IOException {
        Files.writeString(repo.resolve("dossier.yaml"), yaml);
        assertThatThrownBy(() -> SettingsReader.read(repo, AS_OF)).as(yaml).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.key()).isEqualTo("settings.badRegister");
            assertThat(e.args()).containsExactly("台账", problem);
            assertThat(e.location()).isEqualTo(Location.cell("dossier.yaml", row, column));
        });
    }

    // ------------------------------------------------------------------ files that cannot be read

    @Test
    void unreadableAndUnrecognisedFilesAreFindingsAndTheRestIsRead() throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook wb = new XSSFWorkbook()) {
            var row = wb.createSheet("Sheet1").createRow(0);
            row.createCell(0).setCellValue("姓名");
            row.createCell(1).setCellValue("执法证号");
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("123456");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                wb.write(os);
            }
            try (OutputStream out = Files.newOutputStream(registers.resolve("a 执法人员名册.xlsx"))) {
                fs.writeFilesystem(out);
            }
        }
        byte[] garbage = new byte[600];
        garbage[0] = 0x50;
        garbage[1] = 0x4B;
        garbage[2] = 0x03;
        garbage[3] = 0x04;
        Files.write(registers.resolve("b 培训台账.xlsx"), garbage);
        Workbooks unknown = Workbooks.of(Kind.XLSX);
        unknown.sheet("Sheet1").row("项目", "金额", "备注");
        unknown.write(registers.resolve("c 经费.xlsx"));
        Workbooks noHours = Workbooks.of(Kind.XLSX);
        var s = noHours.sheet("Sheet1");
        s.row("2021年培训台账");
        s.row("姓名", "日期", "内容");
        s.row("张三", "2021-03-01", "宪法");
        noHours.write(registers.resolve("d 培训台账.xlsx"));
        Files.write(registers.resolve("e 空名册.csv"), new byte[0]);
        Files.writeString(registers.resolve("~$a 执法人员名册.xlsx"), "lock");
        Files.writeString(registers.resolve("说明.docx"), "not a register");
        Files.createDirectories(registers.resolve("旧台账"));
        Workbooks good = Workbooks.of(Kind.XLSX);
        var g = good.sheet("Sheet1");
        g.row("日期", "评查范围");
        g.row("2021-06-01", "行政处罚案卷");
        good.write(registers.resolve("f 案卷评查记录.xlsx"));

        RegisterReader.Result r = read();

        assertThat(r.findings()).extracting(Finding::ruleId, Finding::location, Finding::subject)
                .containsExactly(
                        tuple("THR009", Location.file(DIR + "a 执法人员名册.xlsx"), "input.encrypted"),
                        tuple("THR009", Location.file(DIR + "b 培训台账.xlsx"), "input.badWorkbook"),
                        tuple("THR009", Location.file(DIR + "c 经费.xlsx"), "register.reason.unknownKind"),
                        tuple("THR009", Location.file(DIR + "d 培训台账.xlsx"), "register.reason.columns"),
                        tuple("THR009", Location.file(DIR + "e 空名册.csv"), "register.reason.empty"));
        assertThat(r.findings()).allSatisfy(f -> {
            assertThat(f.unit()).isEqualTo(UNIT);
            assertThat(f.arg("file")).isEqualTo(f.file());
            assertThat(f.severity()).isEqualTo(dossier.model.Severity.ERROR);
        });
        assertThat(reason(r.findings().get(0))).isEqualTo(Localized.of("input.encrypted"));
        assertThat(reason(r.findings().get(2))).isEqualTo(Localized.of("register.reason.unknownKind", "项目、金额、备注"));
        assertThat(reason(r.findings().get(3))).isEqualTo(Localized.of("register.reason.columns",
                Localized.of("register.kind.training"), "学时"));
        assertThat(r.unread()).containsExactly(DIR + "a 执法人员名册.xlsx", DIR + "b 培训台账.xlsx", DIR + "c 经费.xlsx",
                DIR + "d 培训台账.xlsx", DIR + "e 空名册.csv");
        assertThat(r.registers().caseReviews()).extracting(DatedEvent::subject).containsExactly("行政处罚案卷");
        assertThat(r.registers().files()).isEqualTo(Map.of(RegisterKind.CASE_REVIEWS, List.of(DIR + "f 案卷评查记录.xlsx")));
    }

    @Test
    void noFolderIsNoRegisters() {
        RegisterReader.Result r = RegisterReader.read(repo, UNIT, repo.resolve("evidence/老街街道/registers"), settings());
        assertThat(r.registers()).isEqualTo(dossier.model.Registers.none(UNIT));
        assertThat(r.findings()).isEmpty();
        assertThat(r.unread()).isEmpty();
    }

    @Test
    void hoursAsWritten() {
        assertThat(MetricValues.hours("4学时")).hasValue(4);
        assertThat(MetricValues.hours("4.5")).hasValue(4.5);
        assertThat(MetricValues.hours("4.5小时")).hasValue(4.5);
        assertThat(MetricValues.hours("四")).hasValue(4);
        assertThat(MetricValues.hours("四学时")).hasValue(4);
        assertThat(MetricValues.hours("四个半小时")).hasValue(4.5);
        assertThat(MetricValues.hours("半小时")).hasValue(0.5);
        assertThat(MetricValues.hours("十二课时")).hasValue(12);
        assertThat(MetricValues.hours("２ h")).hasValue(2);
        assertThat(MetricValues.hours("四点五")).hasValue(4.5);
        assertThat(MetricValues.hours("大约四小时")).isEmpty();
        assertThat(MetricValues.hours("4-6")).isEmpty();
        assertThat(MetricValues.hours("-4")).isEmpty();
        assertThat(MetricValues.hours("学时")).isEmpty();
        assertThat(MetricValues.hours("")).isEmpty();
    }
}
