package dossier.write.report;

import dossier.model.ScoringRule;
import dossier.model.Settings;
import dossier.read.SettingsReader;
import dossier.shared.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportScoringTest {
    @TempDir
    Path repo;

    @Test
    void defaultIsPointsTimesCoverageTimesThresholdsToOneDecimal() {
        assertThat(Scoring.earned(ScoringRule.BOTH, 4, 2, 5, 1, 2)).hasToString("0.8");
        assertThat(Scoring.earned(ScoringRule.BOTH, 5, 1, 4, 3, 3)).hasToString("1.3");
        assertThat(Scoring.earned(ScoringRule.COVERAGE, 4, 2, 5, 0, 2)).hasToString("1.6");
        assertThat(Scoring.earned(ScoringRule.THRESHOLDS, 4, 0, 5, 1, 2)).hasToString("2.0");
        assertThat(Scoring.earned(ScoringRule.FULL, 4, 0, 5, 0, 2)).hasToString("4.0");
        assertThat(Scoring.earned(ScoringRule.BOTH, 3, 0, 0, 0, 0)).as("nothing applies").hasToString("3.0");
    }

    @Test
    void rulesComeByNameFromDossierYaml() throws IOException {
        Scoring s = Scoring.of(settings("scoring: {default: coverage, \"４．４\": FULL}\n"));
        assertThat(s.ruleFor("4.4")).isEqualTo(ScoringRule.FULL);
        assertThat(s.ruleFor("4.5")).isEqualTo(ScoringRule.COVERAGE);
        assertThat(Scoring.of(settings("")).ruleFor("1.1")).isEqualTo(ScoringRule.BOTH);
    }

    @Test
    void anExpressionIsRefusedWhenDossierYamlIsRead() {
        assertThatThrownBy(() -> settings("scoring:\n  \"4.4\": points * 0.5\n"))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.key()).isEqualTo("report.scoringBadRule");
                    assertThat(e.location().row()).isEqualTo(2);
                    assertThat(e.location().column()).isEqualTo("10");
                });
    }

    private Settings settings(String yaml) throws IOException {
        Files.writeString(repo.resolve("dossier.yaml"), yaml, StandardCharsets.UTF_8);
        return SettingsReader.read(repo, LocalDate.of(2021, 8, 5)).settings();
    }
}
