package dossier.check;

import dossier.core.UnitFigures;
import dossier.i18n.Localized;
import dossier.model.Campaign;
import dossier.model.Finding;
import dossier.model.Location;
import dossier.model.RegisterKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dossier.check.Models.campaign;
import static dossier.check.Models.indicator;
import static dossier.check.Models.model;
import static dossier.check.Models.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AgreementCheckTest {
    private static final Campaign CAMPAIGN = campaign(settings(""), indicator("4.1", "执法规范化", "区司法局", List.of(), null));
    private static final AgreementCheck CHECK = new AgreementCheck();

    private static List<Finding> judged(UnitData unit) {
        UnitFigures u = unit.figures();
        return CHECK.judge(model(CAMPAIGN, Map.of(u.unit(), u))).findings();
    }

    @Test
    void aDeclaredFigureItsRegisterCountsOtherwise() {
        List<Finding> f = judged(UnitData.of("区司法局").declares("enforcement_staff", 3).officer("王建军", "A001").officer("李红梅", "A002"));
        assertThat(f).extracting(Finding::ruleId, Finding::location, Finding::subject, Finding::args).containsExactly(
                tuple("THR003", Location.cell(UnitData.METRICS, 1, "1"), "enforcement_staff",
                        Map.of("figure", Localized.of("figure.enforcement_staff"), "declared", 3L, "register", UnitData.ROSTER, "counted", 2)));
    }

    @Test
    void aDeclaredFigureItsRegisterAgreesWithOrThatNoRegisterCounts() {
        assertThat(judged(UnitData.of("区司法局").declares("enforcement_staff", 2).declares("special_meetings", 1)
                .officer("王建军", "A001").officer("李红梅", "A002"))).isEmpty();
    }

    @Test
    void rowsDatedOutsideThePeriodAreNamedPerRegister() {
        List<Finding> f = judged(UnitData.of("区司法局").outsidePeriod(RegisterKind.TRAINING, UnitData.TRAINING, 2));
        assertThat(f).extracting(Finding::ruleId, Finding::location, Finding::args).containsExactly(
                tuple("THR014", Location.file(UnitData.TRAINING),
                        Map.of("file", UnitData.TRAINING, "rows", 2, "start", LocalDate.of(2021, 1, 1), "end", LocalDate.of(2021, 12, 31))));
    }

    @Test
    void registersWithEveryRowInsideThePeriodSayNothing() {
        assertThat(judged(UnitData.of("区司法局").trained("王建军", "A001", 40))).isEmpty();
    }
}
