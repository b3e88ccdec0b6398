package dossier.write.report;

import dossier.shared.InputException;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportScoringTest {
    @Test
    void defaultIsPointsTimesCoverageTimesThresholdsToOneDecimal() {
        assertThat(Scoring.earned(Scoring.Rule.BOTH, 4, 2, 5, 1, 2)).hasToString("0.8");
        assertThat(Scoring.earned(Scoring.Rule.BOTH, 5, 1, 4, 3, 3)).hasToString("1.3");
        assertThat(Scoring.earned(Scoring.Rule.COVERAGE, 4, 2, 5, 0, 2)).hasToString("1.6");
        assertThat(Scoring.earned(Scoring.Rule.THRESHOLDS, 4, 0, 5, 1, 2)).hasToString("2.0");
        assertThat(Scoring.earned(Scoring.Rule.FULL, 4, 0, 5, 0, 2)).hasToString("4.0");
        assertThat(Scoring.earned(Scoring.Rule.BOTH, 3, 0, 0, 0, 0)).as("nothing applies").hasToString("3.0");
    }

    @Test
    void rulesComeByNameFromDossierYaml() {
        Scoring s = Scoring.of(Map.of("default", "coverage", "４．４", "FULL"), Set.of("4.4", "4.5"));
        assertThat(s.ruleFor("4.4")).isEqualTo(Scoring.Rule.FULL);
        assertThat(s.ruleFor("4.5")).isEqualTo(Scoring.Rule.COVERAGE);
        assertThat(Scoring.of(Map.of(), Set.of()).ruleFor("1.1")).isEqualTo(Scoring.Rule.BOTH);
    }

    @Test
    void anExpressionOrAnUnknownIndicatorIsRefused() {
        assertThatThrownBy(() -> Scoring.of(Map.of("4.4", "points * 0.5"), Set.of("4.4")))
                .isInstanceOf(InputException.class).extracting(e -> ((InputException) e).key())
                .isEqualTo("report.scoringBadRule");
        assertThatThrownBy(() -> Scoring.of(Map.of("9.9", "full"), Set.of("4.4")))
                .isInstanceOf(InputException.class).extracting(e -> ((InputException) e).key())
                .isEqualTo("report.scoringUnknownIndicator");
    }
}
