package dossier.check;

import dossier.model.Campaign;
import dossier.model.Finding;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dossier.check.Models.AS_OF;
import static dossier.check.Models.campaign;
import static dossier.check.Models.folder;
import static dossier.check.Models.indicator;
import static dossier.check.Models.model;
import static dossier.check.Models.settings;
import static org.assertj.core.api.Assertions.assertThat;

class DeadlineCheckTest {
    private static final DeadlineCheck CHECK = new DeadlineCheck();

    private static List<String> fired(LocalDate due, boolean filed) {
        Campaign c = campaign(settings(""), indicator("2.2", "规范性文件", "区司法局", List.of(), due));
        var folders = filed ? new dossier.model.TaskFolder[] {folder("2.2", "区司法局", List.of("a.pdf"), List.of(), List.of(), List.of())}
                : new dossier.model.TaskFolder[0];
        return CHECK.judge(model(c, Map.of(), folders)).findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void missingPastItsDueDateIsOverdue() {
        assertThat(fired(AS_OF.minusDays(1), false)).containsExactly("DUE001");
    }

    @Test
    void missingWithinSevenDaysIsDueSoon() {
        assertThat(fired(AS_OF.plusDays(7), false)).containsExactly("DUE002");
        assertThat(fired(AS_OF, false)).containsExactly("DUE002");
    }

    @Test
    void furtherAwayOrCoveredIsNothing() {
        assertThat(fired(AS_OF.plusDays(8), false)).isEmpty();
        assertThat(fired(AS_OF.minusDays(30), true)).isEmpty();
        assertThat(fired(null, false)).isEmpty();
    }
}
