package dossier.write.report;

import dossier.app.ValidateRequest;
import dossier.app.Validator;
import dossier.core.ValidationResult;
import dossier.i18n.Lang;
import dossier.i18n.Messages;
import dossier.testing.SampleRepo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The model the templates see, built from the sample repository. */
class ReportModelBuilderTest {
    @TempDir
    Path repo;

    @BeforeEach
    void copySample() throws IOException {
        SampleRepo.copyTo(repo);
    }

    private ReportModel model(List<String> units) {
        ValidationResult result = Validator.validate(new ValidateRequest(repo, LocalDate.of(2021, 8, 5), null, units, List.of()));
        return ReportModelBuilder.build(result, Messages.of(Lang.ZH));
    }

    @Test
    void overviewAreasScoreAndEvidenceAddUp() {
        ReportModel m = model(List.of());
        assertThat(m.campaign().tasks()).isEqualTo(117);
        assertThat(m.overview().coverage()).extracting(ReportModel.Tally::covered, ReportModel.Tally::applicable,
                ReportModel.Tally::rateText).containsExactly(47, 114, "41.2%");
        assertThat(m.areas()).hasSize(8);
        assertThat(m.areas().stream().mapToInt(a -> a.indicators().size()).sum()).isEqualTo(28);
        assertThat(m.score().present()).isTrue();
        assertThat(m.score().pointsText()).isEqualTo("100.0");
        assertThat(m.score().earnedText()).isEqualTo("39.2");
        assertThat(m.evidence()).hasSize(m.overview().evidence().total());
        assertThat(m.evidence()).extracting(ReportModel.EvidenceEntry::no).startsWith(1, 2, 3);
        assertThat(m.highlights()).extracting(ReportModel.Highlight::unit, ReportModel.Highlight::indicator)
                .contains(tuple("区司法局", "6.3"));
        assertThat(m.nextSteps().provided()).isTrue();
    }

    @Test
    void thresholdsAndGapsCountOfficersWithoutNamingThem() {
        ReportModel m = model(List.of());
        ReportModel.ThresholdGroup training = m.thresholds().stream().filter(g -> g.id().equals("training_hours"))
                .findFirst().orElseThrow();
        assertThat(training.shortUnits()).containsExactly("区司法局");
        assertThat(training.results()).extracting(ReportModel.ThresholdRow::shortfall, ReportModel.ThresholdRow::shortfallKind,
                ReportModel.ThresholdRow::officers).containsExactly(tuple(1, "officers_below", 10));
        assertThat(m.gaps().officersBelow()).isEqualTo(1);
        assertThat(m.gaps().units()).extracting(ReportModel.UnitGaps::unit).startsWith("区政府办", "区司法局");
        assertThat(String.valueOf(ModelMaps.of(m))).doesNotContain("陈静");
    }

    @Test
    void aReportForOneUnitHasOnlyItsTasksAndScoringFollowsDossierYaml() throws IOException {
        Path yaml = repo.resolve("dossier.yaml");
        Files.writeString(yaml, Files.readString(yaml, StandardCharsets.UTF_8) + "\nscoring:\n  \"4.4\": full\n",
                StandardCharsets.UTF_8);
        ReportModel m = model(List.of("区司法局"));
        assertThat(m.campaign().filtered()).isTrue();
        assertThat(m.overview().byUnit()).extracting(ReportModel.Row::name).containsExactly("区司法局");
        ReportModel.IndicatorScore i44 = m.score().areas().stream().flatMap(a -> a.indicators().stream())
                .filter(i -> i.id().equals("4.4")).findFirst().orElseThrow();
        assertThat(i44.rule()).isEqualTo("full");
        assertThat(i44.earnedText()).isEqualTo("4.0");
    }

    @Test
    void withoutNextStepsTheModelSaysSo() throws IOException {
        Path yaml = repo.resolve("dossier.yaml");
        String text = Files.readString(yaml, StandardCharsets.UTF_8);
        Files.writeString(yaml, text.substring(0, text.indexOf("next_steps:")), StandardCharsets.UTF_8);
        assertThat(model(List.of()).nextSteps()).extracting(ReportModel.NextSteps::provided, ReportModel.NextSteps::text)
                .containsExactly(false, "");
    }
}
