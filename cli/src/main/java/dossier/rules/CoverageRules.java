package dossier.rules;

import dossier.model.EvidenceItem;
import dossier.model.EvidenceKind;
import dossier.model.Finding;
import dossier.model.Location;
import dossier.model.Severity;
import dossier.model.Task;
import dossier.model.TaskFolder;
import dossier.model.TaskState;
import dossier.model.TaskStatus;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The task states of SPEC §2.3 and the folders that match no task. */
public final class CoverageRules {
    public static final Rule MISSING = new Rule("COV001", "coverage", Severity.ERROR).args("indicator", "unit");
    public static final Rule EXPLAINED = new Rule("COV002", "coverage", Severity.WARNING).args("indicator", "unit");
    public static final Rule DEFERRED = new Rule("COV003", "coverage", Severity.INFO).args("indicator", "unit");
    public static final Rule NOT_APPLICABLE = new Rule("COV004", "coverage", Severity.INFO)
            .args("indicator", "unit", "reason");
    public static final Rule NOT_APPLICABLE_WITH_EVIDENCE = new Rule("COV005", "coverage", Severity.WARNING)
            .args("indicator", "unit");
    public static final Rule UNKNOWN_UNIT_FOLDER = new Rule("COV006", "coverage", Severity.WARNING)
            .args("folder", "suggestion").leavingFileOutOfBundle();
    public static final Rule UNKNOWN_INDICATOR_FOLDER = new Rule("COV007", "coverage", Severity.WARNING)
            .args("folder", "indicator", "suggestion").leavingFileOutOfBundle();
    public static final Rule FOLDER_WITHOUT_ID = new Rule("COV008", "coverage", Severity.WARNING)
            .args("folder", "suggestion").leavingFileOutOfBundle();
    public static final Rule UNASSIGNED_FOLDER = new Rule("COV009", "coverage", Severity.WARNING)
            .args("unit", "indicator").leavingFileOutOfBundle();
    public static final Rule EMPTY_NOT_APPLICABLE = new Rule("COV010", "coverage", Severity.WARNING).args("file");
    public static final Rule LOOSE_FILE = new Rule("COV011", "coverage", Severity.WARNING)
            .args("file").leavingFileOutOfBundle();

    private CoverageRules() {
    }

    public static List<Rule> all() {
        return List.of(MISSING, EXPLAINED, DEFERRED, NOT_APPLICABLE, NOT_APPLICABLE_WITH_EVIDENCE, UNKNOWN_UNIT_FOLDER,
                UNKNOWN_INDICATOR_FOLDER, FOLDER_WITHOUT_ID, UNASSIGNED_FOLDER, EMPTY_NOT_APPLICABLE, LOOSE_FILE);
    }

    /** The state of one task from what its unit filed (folder may be null: nothing filed). */
    public static TaskStatus status(Task task, TaskFolder folder) {
        Map<EvidenceKind, Integer> counts = new EnumMap<>(EvidenceKind.class);
        for (EvidenceKind k : EvidenceKind.values()) counts.put(k, 0);
        if (folder == null) return new TaskStatus(task, TaskState.MISSING, counts, null);
        for (EvidenceItem item : folder.items()) counts.merge(item.kind(), 1, Integer::sum);
        boolean reasoned = folder.notApplicable().stream().anyMatch(n -> !n.text().isBlank());
        TaskState state;
        if (!folder.items().isEmpty()) state = TaskState.COVERED;
        else if (reasoned) state = TaskState.NOT_APPLICABLE;
        else if (!folder.onsite().isEmpty()) state = TaskState.DEFERRED;
        else if (!folder.explanations().isEmpty()) state = TaskState.EXPLAINED;
        else state = TaskState.MISSING;
        return new TaskStatus(task, state, counts, folder);
    }

    /** The findings a task's state gives, placed at the note or folder that decided it. */
    public static List<Finding> check(TaskStatus s) {
        Task t = s.task();
        TaskFolder f = s.folder();
        String folder = f == null || f.folders().isEmpty() ? null : f.folders().get(0);
        return switch (s.state()) {
            case MISSING -> {
                var emptyNotes = f == null ? List.<TaskFolder.Note>of() : f.notApplicable();
                List<Finding> out = new java.util.ArrayList<>();
                out.add(MISSING.at(Location.file(folder), t.unit(), t.indicator(), "task", t.indicator(), t.unit()));
                for (TaskFolder.Note n : emptyNotes) {
                    out.add(EMPTY_NOT_APPLICABLE.at(Location.file(n.path()), t.unit(), t.indicator(), n.path(), n.path()));
                }
                yield out;
            }
            case EXPLAINED -> List.of(EXPLAINED.at(Location.file(f.explanations().get(0)), t.unit(), t.indicator(),
                    "task", t.indicator(), t.unit()));
            case DEFERRED -> List.of(DEFERRED.at(Location.file(f.onsite().get(0)), t.unit(), t.indicator(), "task",
                    t.indicator(), t.unit()));
            case NOT_APPLICABLE -> {
                TaskFolder.Note n = f.notApplicable().stream().filter(x -> !x.text().isBlank()).findFirst().orElseThrow();
                yield List.of(NOT_APPLICABLE.at(Location.file(n.path()), t.unit(), t.indicator(), "task",
                        t.indicator(), t.unit(), firstLine(n.text())));
            }
            case COVERED -> f.notApplicable().stream().map(n -> NOT_APPLICABLE_WITH_EVIDENCE.at(Location.file(n.path()),
                    t.unit(), t.indicator(), n.path(), t.indicator(), t.unit())).toList();
        };
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}
