package dossier.check;

import dossier.core.UnitFigures;
import dossier.model.Campaign;
import dossier.model.Finding;
import dossier.model.Location;
import dossier.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dossier.check.Models.campaign;
import static dossier.check.Models.indicator;
import static dossier.check.Models.model;
import static dossier.check.Models.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

class TargetCheckTest {
    private static final Campaign CAMPAIGN = campaign(settings(""),
            indicator("2.2", "合法性审查", "区司法局", List.of("区财政局"), null),
            indicator("4.3", "案卷评查", "区司法局", List.of(), null));
    private static final TargetCheck CHECK = new TargetCheck();

    private static List<Finding> judged(UnitData... units) {
        Map<String, UnitFigures> figures = new java.util.HashMap<>();
        for (UnitData u : units) figures.put(u.figures().unit(), u.figures());
        return CHECK.judge(model(CAMPAIGN, figures)).findings();
    }

    @Test
    void aCountBelowItsTargetShowsProgressWhileThePeriodRuns() {
        List<Finding> f = judged(UnitData.of("区司法局").declares("case_file_reviews", 0).document("源司〔2021〕1号", true));
        assertThat(f).extracting(Finding::ruleId, Finding::severity, Finding::indicator, Finding::subject, Finding::location)
                .containsExactly(tuple("THR001", Severity.WARNING, "4.3", "case_file_review", Location.cell(UnitData.METRICS, 1, "1")));
        assertThat(f.get(0).args()).containsExactly(entry("threshold", ThresholdFigures.thresholdName(dossier.core.ThresholdSpecs.BUILT_IN.get(2))),
                entry("value", "0"), entry("operator", ">="), entry("target", "1"), entry("basis", ""), entry("running", "1"));
    }

    @Test
    void aFigureNobodyDeclaredIsAskedOfTheLeadOnly() {
        List<Finding> f = judged(UnitData.of("区司法局").document("源司〔2021〕1号", true), UnitData.of("区财政局"));
        assertThat(f).extracting(Finding::ruleId, Finding::unit, Finding::subject, Finding::location)
                .containsExactly(tuple("THR002", "区司法局", "case_file_reviews", Location.file("evidence/区司法局/metrics.yaml")));
    }

    @Test
    void targetsMetSayNothing() {
        assertThat(judged(UnitData.of("区司法局").declares("case_file_reviews", 2).document("源司〔2021〕1号", true),
                UnitData.of("区财政局").document("源财〔2021〕3号", true))).isEmpty();
    }

    @Test
    void aDocumentIssuedWithoutReviewIsTheShortfallItself() {
        List<Finding> f = judged(UnitData.of("区司法局").declares("case_file_reviews", 1).document("源司〔2021〕1号", true),
                UnitData.of("区财政局").document("源财〔2021〕3号", true).document("源财〔2021〕4号", false));
        assertThat(f).extracting(Finding::ruleId, Finding::unit, Finding::indicator, Finding::subject, Finding::args)
                .containsExactly(tuple("THR007", "区财政局", "2.2", "源财〔2021〕4号", Map.of("number", "源财〔2021〕4号", "title", "关于源财〔2021〕4号的通知")));
    }

    @Test
    void concernsItsOwnThresholdOnly() {
        var specs = dossier.core.ThresholdSpecs.BUILT_IN;
        Finding below = judged(UnitData.of("区司法局").declares("case_file_reviews", 0).document("源司〔2021〕1号", true)).get(0);
        assertThat(specs.stream().filter(s -> Checks.concerns(below, s)).map(s -> s.id())).containsExactly("case_file_review");
    }
}
