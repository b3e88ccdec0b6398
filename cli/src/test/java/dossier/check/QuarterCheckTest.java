package dossier.check;

import dossier.core.UnitFigures;
import dossier.model.Campaign;
import dossier.model.Finding;
import dossier.model.Location;
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

class QuarterCheckTest {
    private static final Campaign CAMPAIGN = campaign(settings(""), indicator("7.2", "法治培训", "区政府办", List.of(), null));
    private static final QuarterCheck CHECK = new QuarterCheck();

    private static List<Finding> judged(UnitData unit) {
        UnitFigures u = unit.figures();
        return CHECK.judge(model(CAMPAIGN, Map.of(u.unit(), u))).findings();
    }

    @Test
    void anEndedQuarterWithoutAnEventIsNamed() {
        List<Finding> f = judged(UnitData.of("区政府办").studied(LocalDate.of(2021, 2, 3)).studied(LocalDate.of(2021, 7, 20)));
        assertThat(f).extracting(Finding::ruleId, Finding::indicator, Finding::location, Finding::subject)
                .containsExactly(tuple("THR005", "7.2", Location.file(UnitData.LAW_STUDY), "2021Q2"));
        assertThat(f.get(0).args()).containsEntry("quarter", "2021Q2").containsEntry("start", LocalDate.of(2021, 4, 1))
                .containsEntry("end", LocalDate.of(2021, 6, 30));
    }

    @Test
    void everyEndedQuarterWithAnEventOrOnlyADeclaredCountSaysNothing() {
        assertThat(judged(UnitData.of("区政府办").studied(LocalDate.of(2021, 2, 3)).studied(LocalDate.of(2021, 5, 20)))).isEmpty();
        assertThat(judged(UnitData.of("区政府办").declares("law_study_sessions", 0))).isEmpty();
    }
}
