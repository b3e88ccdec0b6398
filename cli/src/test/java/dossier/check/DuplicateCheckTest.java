package dossier.check;

import dossier.model.Campaign;
import dossier.model.FileFacts;
import dossier.model.Finding;
import dossier.model.Inventory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dossier.check.Entries.evidence;
import static dossier.check.Models.campaign;
import static dossier.check.Models.indicator;
import static dossier.check.Models.model;
import static dossier.check.Models.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class DuplicateCheckTest {
    private static final Campaign CAMPAIGN = campaign(settings(""), indicator("4.4", "执法人员培训", "区司法局", List.of(), null));
    private static final DuplicateCheck CHECK = new DuplicateCheck();

    private static List<Finding> findings(List<FileFacts> files, List<List<FileFacts>> same) {
        return CHECK.judge(model(CAMPAIGN, new Inventory(files, List.of(), same))).findings();
    }

    @Test
    void everyCopyIsFlaggedWithTheOtherPlaces() {
        FileFacts a = evidence("a.pdf", 1000);
        FileFacts b = evidence("b.pdf", 1000);
        FileFacts c = evidence("c.pdf", 1000);
        List<Finding> found = findings(List.of(a, b, c), List.of(List.of(a, b, c)));
        assertThat(found).extracting(Finding::ruleId).containsExactly("FIL006", "FIL006", "FIL006");
        assertThat(found).extracting(Finding::file).containsExactly(a.path(), b.path(), c.path());
        assertThat(found.get(1).args()).containsExactly(entry("file", b.path()), entry("count", 2),
                entry("places", List.of(a.path(), c.path())));
    }

    @Test
    void filesOfTheSameSizeButNoSharedContentAreNoDuplicates() {
        assertThat(findings(List.of(evidence("a.pdf", 1000), evidence("b.pdf", 1000)), List.of())).isEmpty();
    }
}
