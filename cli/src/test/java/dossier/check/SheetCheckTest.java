package dossier.check;

import dossier.model.Campaign;
import dossier.model.Finding;
import dossier.model.Location;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dossier.check.Models.campaign;
import static dossier.check.Models.indicator;
import static dossier.check.Models.model;
import static dossier.check.Models.settings;
import static dossier.check.Models.withoutSheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SheetCheckTest {
    private static final SheetCheck CHECK = new SheetCheck();

    private static List<Finding> judged(Campaign c) {
        return CHECK.judge(model(c, Map.of())).findings();
    }

    @Test
    void anIndicatorWithNeitherLeadNorUnitsIsNobodysTask() {
        Campaign c = campaign(settings(""), indicator("3.1", "重大行政决策", null, List.of(), null),
                indicator("4.4", "执法人员培训", "区司法局", List.of(), null));
        assertThat(judged(c)).extracting(Finding::ruleId, Finding::indicator, Finding::location, Finding::args)
                .containsExactly(tuple("SHT005", "3.1", Location.cell("indicators.xlsx", 0, null), Map.of("indicator", "3.1", "name", "重大行政决策")));
    }

    @Test
    void anIndicatorWithOnlyResponsibleUnitsHasSomeoneToDeliverIt() {
        Campaign c = campaign(settings(""), indicator("3.1", "重大行政决策", null, List.of("区政府办"), null));
        assertThat(judged(c)).isEmpty();
    }

    @Test
    void noSheetMeansTheBuiltInCatalogue() {
        Campaign c = withoutSheet(campaign(settings(""), indicator("4.4", "执法人员培训", "区司法局", List.of(), null),
                indicator("3.1", "重大行政决策", null, List.of(), null)));
        assertThat(judged(c)).extracting(Finding::ruleId, Finding::args).containsExactly(tuple("SHT006", Map.of("tasks", 2)));
    }
}
