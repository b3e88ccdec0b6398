package dossier.check;

import dossier.model.Campaign;
import dossier.model.Finding;
import dossier.model.Location;
import dossier.rules.CoverageRules;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dossier.check.Models.campaign;
import static dossier.check.Models.indicator;
import static dossier.check.Models.model;
import static dossier.check.Models.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class WaiverCheckTest {
    private static final Finding MISSING = CoverageRules.MISSING.at(Location.file("evidence/区司法局/4.4"), "区司法局", "4.4",
            "task", "4.4", "区司法局");

    private static List<Finding> applied(String waivers) {
        Campaign c = campaign(settings("waivers:\n" + waivers), indicator("4.4", "执法人员培训", "区司法局", List.of(), null));
        return Checks.WAIVERS.apply(List.of(MISSING), model(c, Map.of()));
    }

    @Test
    void aWaiverInForceMarksTheFindingItCovers() {
        List<Finding> out = applied("  - {rule: COV001, unit: 区司法局, indicator: '4.4', reason: 上级同意缓报, until: 2021-12-31}\n");
        assertThat(out).extracting(Finding::ruleId, Finding::waived).containsExactly(tuple("COV001", true));
    }

    @Test
    void anExpiredWaiverCoversNothingAndSaysSo() {
        List<Finding> out = applied("  - {rule: COV001, unit: 区司法局, reason: 上级同意缓报, until: 2021-08-04}\n");
        assertThat(out).extracting(Finding::ruleId, Finding::waived, Finding::unit)
                .containsExactly(tuple("COV001", false, "区司法局"), tuple("WAV001", false, "区司法局"));
        assertThat(out.get(1).location().row()).isNotNull();
    }

    @Test
    void aWaiverThatMatchesNothingIsUnused() {
        List<Finding> out = applied("  - {rule: COV001, unit: 区财政局, reason: 不涉及}\n  - {rule: COV001, file: evidence/区司法局, reason: 缓报}\n");
        assertThat(out).extracting(Finding::ruleId, Finding::waived, Finding::unit)
                .containsExactly(tuple("COV001", true, "区司法局"), tuple("WAV002", false, "区财政局"));
    }
}
