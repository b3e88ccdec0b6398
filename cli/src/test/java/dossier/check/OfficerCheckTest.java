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
import static org.assertj.core.api.Assertions.tuple;

class OfficerCheckTest {
    private static final Campaign CAMPAIGN = campaign(settings(""), indicator("4.4", "执法人员管理", "区司法局", List.of(), null));
    private static final OfficerCheck CHECK = new OfficerCheck();

    private static List<Finding> judged(UnitData unit) {
        UnitFigures u = unit.figures();
        return CHECK.judge(model(CAMPAIGN, Map.of(u.unit(), u))).findings();
    }

    private static UnitData trainedRoster() {
        return UnitData.of("区司法局").officer("王建军", "A001").officer("李红梅", "A002")
                .trained("王建军", "A001", 40).trained("李红梅", "", 40);
    }

    @Test
    void everyOfficerTrainedAndCertifiedSaysNothing() {
        assertThat(judged(trainedRoster())).isEmpty();
    }

    @Test
    void anOfficerShortOfHoursShowsProgressWhileThePeriodRuns() {
        List<Finding> f = judged(trainedRoster().officer("陈静", "A003").trained("陈静", "A003", 36));
        assertThat(f).extracting(Finding::ruleId, Finding::severity, Finding::subject, Finding::args).containsExactly(
                tuple("THR004", Severity.WARNING, "A003", Map.of("officer", "陈静", "certificate", "A003", "hours", 36L, "minimum", 40L, "running", "1")));
    }

    @Test
    void anOfficerWithoutACertificate() {
        List<Finding> f = judged(trainedRoster().officer("王强", "").trained("王强", "", 40));
        assertThat(f).extracting(Finding::ruleId, Finding::indicator, Finding::location)
                .containsExactly(tuple("THR006", "4.4", Location.cell(UnitData.ROSTER, 4, "B")));
    }

    @Test
    void aNameTwoOfficersShareCreditsNeither() {
        List<Finding> f = judged(trainedRoster().officer("张伟", "A010").officer("张伟", "A011")
                .trained("张伟", "A010", 40).trained("张伟", "A011", 40).trained("张伟", "", 6));
        assertThat(f).extracting(Finding::ruleId, Finding::subject, Finding::args)
                .containsExactly(tuple("THR015", "张伟", Map.of("name", "张伟", "officers", 2, "rows", 1, "hours", 6L)));
    }

    @Test
    void aCertificateNumberNoOfficerHasCreditsNoOneAndIsNamedAtItsRow() {
        List<Finding> f = judged(trainedRoster().officer("陈静", "A003").trained("陈静", "A003", 36).trained("陈静", "A033", 4.5));
        assertThat(f).extracting(Finding::ruleId, Finding::indicator, Finding::location, Finding::subject, Finding::args)
                .containsExactly(
                        tuple("THR017", "4.4", Location.cell(UnitData.TRAINING, 5, "A"), "A033", Map.of("certificate", "A033", "name", "陈静", "hours", 4.5)),
                        tuple("THR004", "4.4", Location.cell(UnitData.ROSTER, 4, "B"), "A003", Map.of("officer", "陈静", "certificate", "A003", "hours", 36L, "minimum", 40L, "running", "1")));
    }

    @Test
    void officerFindingsFileUnderTheirThreshold() {
        List<Finding> f = judged(trainedRoster().officer("王强", "").trained("王强", "A099", 40));
        var specs = dossier.core.ThresholdSpecs.BUILT_IN;
        assertThat(f).extracting(Finding::ruleId).containsExactlyInAnyOrder("THR006", "THR017", "THR004");
        for (Finding x : f) {
            String expected = x.ruleId().equals("THR006") ? "certified" : "training_hours";
            assertThat(specs.stream().filter(s -> Checks.concerns(x, s)).map(s -> s.id())).containsExactly(expected);
        }
    }
}
