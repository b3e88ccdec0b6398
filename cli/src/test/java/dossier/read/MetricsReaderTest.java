package dossier.read;

import dossier.i18n.Localized;
import dossier.model.Figure;
import dossier.model.Finding;
import dossier.model.Location;
import dossier.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** metrics.yaml as units write it: English or Chinese keys, units after numbers, typos and broken YAML. */
class MetricsReaderTest {
    private static final String REL = "evidence/区司法局/metrics.yaml";
    private static final String UNIT = "区司法局";

    @TempDir
    Path dir;

    private MetricsReader.Result read(String yaml) throws IOException {
        Path f = dir.resolve("metrics.yaml");
        Files.writeString(f, yaml);
        return MetricsReader.read(f, REL, UNIT, 2021);
    }

    private static Location at(int line, int column) {
        return Location.cell(REL, line, String.valueOf(column));
    }

    @Test
    void englishAndChineseKeysInFileOrder() throws IOException {
        MetricsReader.Result r = read("""
                # 区司法局 2021 年度数据
                enforcement_staff: 40
                法制审核人员数: 2人
                持证执法人员数: "十二"
                规范性 文件数: 5件
                合法性审核数（件）: 5
                npc_opinion_satisfaction: 95%
                重大案件负责人出庭率: "100％"
                普法普及率: 0.95
                案卷评查次数: 12次
                Law-Study-Sessions: 4
                annual_report_date: 3月25日
                公开链接: https://www.yuanhui.gov.cn/zfxxgk/ndbg/2021.html
                special_meetings:
                """);

        assertThat(r.findings()).isEmpty();
        assertThat(r.figures().get("legal_education_coverage").written())
                .isEqualTo(new Figure.Written("普法普及率", "0.95", at(9, 8)));
        assertThat(r.figures().keySet()).containsExactly("enforcement_staff", "legal_reviewers", "certified_staff",
                "normative_docs_issued", "normative_docs_reviewed", "npc_opinion_satisfaction",
                "major_case_court_appearance_rate", "legal_education_coverage", "case_file_reviews",
                "law_study_sessions", "annual_report_date", "annual_report_url");
        assertThat(r.figures().values()).extracting(Figure::key, Figure::number, Figure::date, Figure::text,
                Figure::location).containsExactly(
                tuple("enforcement_staff", 40.0, null, null, at(2, 1)),
                tuple("legal_reviewers", 2.0, null, null, at(3, 1)),
                tuple("certified_staff", 12.0, null, null, at(4, 1)),
                tuple("normative_docs_issued", 5.0, null, null, at(5, 1)),
                tuple("normative_docs_reviewed", 5.0, null, null, at(6, 1)),
                tuple("npc_opinion_satisfaction", 95.0, null, null, at(7, 1)),
                tuple("major_case_court_appearance_rate", 100.0, null, null, at(8, 1)),
                tuple("legal_education_coverage", 0.95, null, null, at(9, 1)),
                tuple("case_file_reviews", 12.0, null, null, at(10, 1)),
                tuple("law_study_sessions", 4.0, null, null, at(11, 1)),
                tuple("annual_report_date", null, LocalDate.of(2021, 3, 25), null, at(12, 1)),
                tuple("annual_report_url", null, null, "https://www.yuanhui.gov.cn/zfxxgk/ndbg/2021.html", at(13, 1)));
    }

    @Test
    void unknownKeysAreWarningsWithTheKeyTheyWereProbablyMeantToBe() throws IOException {
        MetricsReader.Result r = read("""
                enforcement_staf: 40
                执法人员总数: 40
                备注: 数据截至10月底
                legal_reviewers: 2
                """);

        assertThat(r.figures().keySet()).containsExactly("legal_reviewers");
        assertThat(r.findings()).extracting(Finding::ruleId, Finding::severity, Finding::location, Finding::subject,
                Finding::args).containsExactly(
                tuple("THR013", Severity.WARNING, at(1, 1), "enforcement_staf", Map.of("key", "enforcement_staf", "suggestion", "enforcement_staff")),
                tuple("THR013", Severity.WARNING, at(2, 1), "执法人员总数", Map.of("key", "执法人员总数", "suggestion", "执法人员数")),
                tuple("THR013", Severity.WARNING, at(3, 1), "备注", Map.of("key", "备注", "suggestion", "")));
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.unit()).isEqualTo(UNIT));
    }

    @Test
    void valuesThatCannotBeReadAreErrorsAtTheirLineAndColumn() throws IOException {
        MetricsReader.Result r = read("""
                执法人员数: 约40人
                legal_reviewers: 2.5
                npc_opinion_satisfaction: 120%
                legal_education_coverage: -5%
                annual_report_date: 待定
                annual_report_url: www.yuanhui.gov.cn/ndbg
                special_meetings: [1, 2]
                case_file_reviews: 3
                """);

        assertThat(r.figures().keySet()).containsExactly("case_file_reviews");
        assertThat(r.findings()).extracting(Finding::ruleId, Finding::severity, Finding::location, Finding::subject,
                Finding::args).containsExactly(
                tuple("THR008", Severity.ERROR, at(1, 8), "enforcement_staff",
                        Map.of("key", "执法人员数", "value", "约40人", "reason", Localized.of("metric.expected.count"))),
                tuple("THR008", Severity.ERROR, at(2, 18), "legal_reviewers",
                        Map.of("key", "legal_reviewers", "value", "2.5", "reason", Localized.of("metric.expected.count"))),
                tuple("THR008", Severity.ERROR, at(3, 27), "npc_opinion_satisfaction",
                        Map.of("key", "npc_opinion_satisfaction", "value", "120%", "reason", Localized.of("metric.percentOver100"))),
                tuple("THR008", Severity.ERROR, at(4, 27), "legal_education_coverage",
                        Map.of("key", "legal_education_coverage", "value", "-5%", "reason", Localized.of("metric.expected.percent"))),
                tuple("THR008", Severity.ERROR, at(5, 21), "annual_report_date",
                        Map.of("key", "annual_report_date", "value", "待定", "reason", Localized.of("metric.expected.date"))),
                tuple("THR008", Severity.ERROR, at(6, 20), "annual_report_url",
                        Map.of("key", "annual_report_url", "value", "www.yuanhui.gov.cn/ndbg", "reason", Localized.of("metric.expected.link"))),
                tuple("THR008", Severity.ERROR, at(7, 19), "special_meetings",
                        Map.of("key", "special_meetings", "value", "…", "reason", Localized.of("metric.expected.count"))));
    }

    @Test
    void aPercentageWrittenAsAFractionIsReadAsWrittenAndKeepsHowItWasWritten() throws IOException {
        MetricsReader.Result r = read("""
                人大审议意见办理满意度: 0.96
                重大案件负责人出庭率: 1
                两个建议整改率: "0.5%"
                普法普及率: 0
                """);
        assertThat(r.figures().values()).extracting(Figure::number).containsExactly(0.96, 1.0, 0.5, 0.0);
        assertThat(r.figures().values()).extracting(f -> f.written().key(), f -> f.written().value()).containsExactly(
                tuple("人大审议意见办理满意度", "0.96"), tuple("重大案件负责人出庭率", "1"), tuple("两个建议整改率", "0.5%"),
                tuple("普法普及率", "0"));
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aFigureDeclaredTwiceKeepsTheFirst() throws IOException {
        MetricsReader.Result r = read("""
                enforcement_staff: 40
                执法人员数: 41
                """);

        assertThat(r.figures().get("enforcement_staff").number()).isEqualTo(40.0);
        assertThat(r.findings()).extracting(Finding::ruleId, Finding::severity, Finding::location, Finding::subject,
                Finding::args).containsExactly(tuple("THR012", Severity.WARNING, at(2, 1), "enforcement_staff",
                Map.of("key", "执法人员数", "figure", Localized.of("figure.enforcement_staff"), "firstLine", 1)));
    }

    @Test
    void aSyntaxErrorIsOneFindingAtItsLineAndNoFigures() throws IOException {
        MetricsReader.Result r = read("""
                enforcement_staff: 40
                legal_reviewers: [2
                certified_staff: 38
                """);

        assertThat(r.figures()).isEmpty();
        assertThat(r.findings()).hasSize(1);
        Finding f = r.findings().get(0);
        assertThat(f.ruleId()).isEqualTo("THR008");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.unit()).isEqualTo(UNIT);
        assertThat(f.file()).isEqualTo(REL);
        assertThat(f.location().row()).isEqualTo(3);
        assertThat(f.subject()).isEqualTo("input.yaml.syntax");
        assertThat(f.args()).containsOnlyKeys("key", "value", "reason").containsEntry("key", "").containsEntry("value", "");
        assertThat(((Localized) f.arg("reason")).key()).isEqualTo("input.yaml.syntax");
    }

    @Test
    void aDocumentThatIsNoMappingIsOneFinding() throws IOException {
        MetricsReader.Result r = read("- 40\n- 2\n");

        assertThat(r.figures()).isEmpty();
        assertThat(r.findings()).extracting(Finding::ruleId, Finding::location, Finding::args).containsExactly(
                tuple("THR008", at(1, 1), Map.of("key", "", "value", "", "reason", Localized.of("metric.notMapping"))));
    }

    @Test
    void emptyCommentOnlyAndMissingFilesDeclareNothing() throws IOException {
        for (String yaml : List.of("", "# 尚未填写\n", "---\n")) {
            MetricsReader.Result r = read(yaml);
            assertThat(r.figures()).as(yaml).isEmpty();
            assertThat(r.findings()).as(yaml).isEmpty();
        }
        MetricsReader.Result missing = MetricsReader.read(dir.resolve("nowhere.yaml"), REL, UNIT, 2021);
        assertThat(missing.figures()).isEmpty();
        assertThat(missing.findings()).isEmpty();
    }

    @Test
    void aGbkFileWithChineseKeys() throws IOException {
        Path f = dir.resolve("metrics.yaml");
        Files.write(f, "执法人员数: 四十\n两个建议整改率: 百分之百\n".getBytes(Charset.forName("GBK")));

        MetricsReader.Result r = MetricsReader.read(f, REL, UNIT, 2021);

        assertThat(r.findings()).isEmpty();
        assertThat(r.figures().values()).extracting(Figure::key, Figure::number).containsExactly(
                tuple("enforcement_staff", 40.0), tuple("recommendation_rectification_rate", 100.0));
    }

    @Test
    void countsAndPercentsAsWritten() {
        assertThat(MetricValues.count("12")).hasValue(12);
        assertThat(MetricValues.count("12人")).hasValue(12);
        assertThat(MetricValues.count("12件")).hasValue(12);
        assertThat(MetricValues.count("12次")).hasValue(12);
        assertThat(MetricValues.count("十二")).hasValue(12);
        assertThat(MetricValues.count("１２ 人")).hasValue(12);
        assertThat(MetricValues.count("1,200人次")).hasValue(1200);
        assertThat(MetricValues.count("12.0")).hasValue(12);
        assertThat(MetricValues.count("0")).hasValue(0);
        assertThat(MetricValues.count("12.5")).isEmpty();
        assertThat(MetricValues.count("约12人")).isEmpty();
        assertThat(MetricValues.count("-1")).isEmpty();
        assertThat(MetricValues.count("")).isEmpty();
        assertThat(MetricValues.percent("95")).hasValue(95);
        assertThat(MetricValues.percent("95%")).hasValue(95);
        assertThat(MetricValues.percent("95％")).hasValue(95);
        assertThat(MetricValues.percent("95.5 %")).hasValue(95.5);
        assertThat(MetricValues.percent("0.95")).hasValue(0.95);
        assertThat(MetricValues.percent("百分之九十五")).hasValue(95);
        assertThat(MetricValues.percent("百分之百")).hasValue(100);
        assertThat(MetricValues.percent("95%以上")).isEmpty();
        assertThat(MetricValues.percent("较高")).isEmpty();
    }

    @Test
    void keysWithSpacesFullWidthCaseAndNotes() {
        assertThat(MetricKeys.find(" 执法人员数 ")).map(MetricKeys.Key::english).hasValue("enforcement_staff");
        assertThat(MetricKeys.find("执法 人员 数")).map(MetricKeys.Key::english).hasValue("enforcement_staff");
        assertThat(MetricKeys.find("执法人员数（人）")).map(MetricKeys.Key::english).hasValue("enforcement_staff");
        assertThat(MetricKeys.find("普法普及率(%)")).map(MetricKeys.Key::english).hasValue("legal_education_coverage");
        assertThat(MetricKeys.find("ＥＮＦＯＲＣＥＭＥＮＴ＿ＳＴＡＦＦ")).map(MetricKeys.Key::english).hasValue("enforcement_staff");
        assertThat(MetricKeys.find("enforcement-staff")).map(MetricKeys.Key::english).hasValue("enforcement_staff");
        assertThat(MetricKeys.find("（人）")).isEmpty();
        assertThat(MetricKeys.find("执法人员")).isEmpty();
        assertThat(MetricKeys.ALL).hasSize(16);
        assertThat(MetricKeys.names()).hasSize(32).doesNotHaveDuplicates();
    }
}
