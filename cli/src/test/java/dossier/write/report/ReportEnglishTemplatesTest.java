package dossier.write.report;

import dossier.app.ValidateRequest;
import dossier.app.Validator;
import dossier.core.ValidationResult;
import dossier.i18n.Lang;
import dossier.i18n.Messages;
import dossier.testing.SampleRepo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The English templates (templates/en/) over the sample: every word they write is English, and
 * Chinese comes only from the data (units, indicators, areas, region, files, quoted notes).
 */
class ReportEnglishTemplatesTest {
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]+");
    /** Text that dossier computes for the template: it must follow the template's language, so it is not data. */
    private static final Set<String> LABELS = Set.of("label", "statusText", "valueText", "targetText", "rateText",
            "pointsText", "earnedText");
    private static final List<String> FORMATS = List.of(ReportTemplates.MD, ReportTemplates.HTML, ReportTemplates.DOCX);

    @TempDir
    static Path repo;
    static ValidationResult result;

    @BeforeAll
    static void validate() throws IOException {
        SampleRepo.copyTo(repo);
        result = Validator.validate(new ValidateRequest(repo, LocalDate.of(2021, 8, 5), null, List.of(), List.of()));
    }

    /** The Chinese runs of a text, each with a little context; empty when there are none. */
    static List<String> chinese(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = CJK.matcher(text);
        while (m.find()) {
            out.add(text.substring(Math.max(0, m.start() - 20), Math.min(text.length(), m.end() + 20)));
        }
        return out;
    }

    @Test
    void everyFormatWritesOnlyTheDataInChinese() {
        ReportModel model = ReportModelBuilder.build(result, Messages.of(Lang.EN));
        ReportTemplates templates = ReportTemplates.of(null, Lang.EN);
        List<String> data = data(model);
        assertThat(data).as("the sample has Chinese data").anyMatch(s -> !chinese(s).isEmpty());
        for (String format : FORMATS) {
            String out = templates.render(format, model);
            assertThat(chinese(withoutData(out, data))).as(format).isEmpty();
        }
        assertThat(templates.where(ReportTemplates.MD)).isEqualTo("templates/en/report.md.ftl");
    }

    @Test
    void theBranchesTheSampleLeavesOutAreEnglishToo() {
        ReportModel m = ReportModelBuilder.build(result, Messages.of(Lang.EN));
        ReportModel.Campaign c = m.campaign();
        ReportModel.Campaign half = new ReportModel.Campaign(c.name(), "", c.year(), c.periodStart(),
                new ReportModel.Day("2021-06-30", 2021, 6, 30), false, c.asOf(), c.repository(), c.units(),
                c.indicators(), c.areas(), c.tasks(), true, true, List.of("evidence/区司法局/metrics.yaml"));
        ReportModel.Score noScore = new ReportModel.Score(false, 0, 0, "0.0", "0.0", List.of());
        ReportModel.Gaps noGaps = new ReportModel.Gaps(0, 0, 0, 0, 0, 0, List.of(), 0);
        ReportModel bare = new ReportModel(half, m.overview(), noScore, m.areas(), List.of(), List.of(), noGaps,
                new ReportModel.NextSteps(false, "", List.of()), m.evidence());
        ReportTemplates templates = ReportTemplates.of(null, Lang.EN);
        List<String> data = data(bare);
        for (String format : FORMATS) {
            String out = templates.render(format, bare);
            assertThat(chinese(withoutData(out, data))).as(format).isEmpty();
            assertThat(out).as(format).contains("1 January 2021 to 30 June 2021", "1 input could not be read",
                    "This report covers only the 117 tasks", "No quantitative targets were checked this time.",
                    "[To be completed]", "The campaign has broken").doesNotContain("Annex 2", "Score Details");
        }
        byte[] docx = new DocxWriter(ReferenceDocx.build(false), null, "report.docx.ftlx")
                .write(templates.render(ReportTemplates.DOCX, bare), LocalDate.of(2021, 8, 5));
        assertThat(docx).isNotEmpty();
    }

    @Test
    void dossiersLabelsFollowTheLanguageOfTheTemplate() throws IOException {
        String bundledEn = new String(new ReportWriter(Messages.of(Lang.EN), null, null).render(result, ReportFormat.MD),
                StandardCharsets.UTF_8);
        assertThat(bundledEn).contains("| 4.4 | Yearly training hours per officer | 区司法局 | 9 of 10 officers | ≥ 40 hours each | in progress |");
        String bundledZh = new String(new ReportWriter(Messages.of(Lang.ZH), null, null).render(result, ReportFormat.MD),
                StandardCharsets.UTF_8);
        assertThat(bundledZh).contains("| 4.4 | 执法人员年度培训学时 | 区司法局 | 9/10 人达标 | 每人 ≥ 40 学时 | 进行中 |");

        // The user's own template: labels in the run's language; what it imports and lacks, from that language's set.
        Path mine = Files.createDirectories(repo.resolve("my-templates"));
        Files.writeString(mine.resolve("report.md.ftl"), "<#import \"common.ftl\" as c>${thresholds[0].label}|"
                + "${thresholds[0].results[0].statusText}|${c.placeholder}|${c.cn(12)}|${c.date(campaign.asOf)}",
                StandardCharsets.UTF_8);
        assertThat(new String(new ReportWriter(Messages.of(Lang.EN), mine, null).render(result, ReportFormat.MD),
                StandardCharsets.UTF_8)).isEqualTo("legality-review rate of normative documents|pass|[To be completed]|12|5 August 2021");
        assertThat(new String(new ReportWriter(Messages.of(Lang.ZH), mine, null).render(result, ReportFormat.MD),
                StandardCharsets.UTF_8)).isEqualTo("规范性文件合法性审核率|达标|【待补充】|十二|2021年8月5日");
    }

    /** A file en/ lacks falls back to the Chinese one: the Chinese report templates run with the English common.ftl. */
    @Test
    void theChineseReportTemplatesRunWithTheEnglishCommon() throws IOException {
        Path chinese = Files.createDirectories(repo.resolve("chinese-templates"));
        for (String name : FORMATS) Files.copy(Path.of("../templates").resolve(name), chinese.resolve(name));
        ReportWriter writer = new ReportWriter(Messages.of(Lang.EN), chinese, null);
        for (ReportFormat format : ReportFormat.values()) assertThat(writer.render(result, format)).as("%s", format).isNotEmpty();
        assertThat(new String(writer.render(result, ReportFormat.MD), StandardCharsets.UTF_8))
                .contains("## 一、总体情况", "| 1 | 依法全面履行政府职能 | 18.0 | 9.9 |");
    }

    /** The model's strings that come from the data (not dossier's labels), longest first. */
    private static List<String> data(ReportModel model) {
        List<String> out = new ArrayList<>();
        collect(ModelMaps.of(model), out);
        out.sort(Comparator.comparingInt(String::length).reversed());
        return out;
    }

    private static void collect(Object value, List<String> out) {
        if (value instanceof String s && !s.isBlank()) out.add(s);
        else if (value instanceof List<?> l) l.forEach(v -> collect(v, out));
        else if (value instanceof Map<?, ?> m) m.forEach((k, v) -> {
            if (!LABELS.contains(String.valueOf(k))) collect(v, out);
        });
    }

    /** The output less every data string, as written plain, escaped for Markdown, HTML or XML; less CSS. */
    private static String withoutData(String out, List<String> data) {
        String s = out.replaceAll("(?s)<style>.*?</style>", "");
        for (String d : data) {
            for (String form : List.of(d, md(d), xml(d, "&#39;"), xml(d, "&apos;"))) s = s.replace(form, "");
        }
        return s;
    }

    private static String md(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
                .replace("[", "\\[").replace("]", "\\]").replace("<", "&lt;").replace("\n", " ");
    }

    private static String xml(String s, String apostrophe) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", apostrophe);
    }
}
