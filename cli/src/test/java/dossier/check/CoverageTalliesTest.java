package dossier.check;

import dossier.core.Coverage;
import dossier.model.Campaign;
import dossier.model.Task;
import dossier.model.TaskFolder;
import dossier.model.TaskState;
import dossier.model.TaskStatus;
import dossier.model.Unit;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Coverage per unit lists the units that have tasks, in the units table's order, and no other. */
class CoverageTalliesTest {
    @Test
    void unitsWithTasksInTheUnitsTablesOrderAndUnitsWithoutTasksLeftOut() {
        Campaign sheet = Models.campaign(Models.settings(""),
                Models.indicator("1.1", "指标一", "区司法局", List.of("区财政局", "老街街道"), Models.AS_OF));
        // the table lists 老街街道 before 区司法局, and two units the sheet gives no task
        Campaign c = Models.withUnitsTable(sheet, List.of(Unit.named("区教育局"), Unit.named("老街街道"),
                Unit.named("区司法局"), Unit.named("区财政局"), Unit.named("区民政局")), List.of());
        List<TaskStatus> statuses = c.tasks().stream().map(t -> status(t, t.unit().equals("区财政局") ? TaskState.COVERED
                : TaskState.MISSING)).toList();

        Coverage coverage = Coverage.of(c, statuses);

        assertThat(coverage.byUnit().keySet()).containsExactly("老街街道", "区司法局", "区财政局");
        assertThat(coverage.byUnit().get("区财政局").covered()).isEqualTo(1);
        assertThat(coverage.overall().tasks()).isEqualTo(3);
        assertThat(coverage.overall().rate()).isEqualTo(33.3);
    }

    @Test
    void aUnitWithTasksButNotInTheUnitsTableComesAfterTheTablesUnits() {
        Campaign sheet = Models.campaign(Models.settings(""),
                Models.indicator("1.1", "指标一", "区司法局", List.of("区外单位"), Models.AS_OF));
        Campaign c = Models.withUnitsTable(sheet, List.of(Unit.named("区司法局")), List.of());
        List<TaskStatus> statuses = c.tasks().stream().map(t -> status(t, TaskState.MISSING)).toList();

        assertThat(Coverage.of(c, statuses).byUnit().keySet()).containsExactly("区司法局", "区外单位");
    }

    private static TaskStatus status(Task task, TaskState state) {
        return new TaskStatus(task, state, Map.of(), new TaskFolder(task.indicator(), task.unit(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of()));
    }
}
