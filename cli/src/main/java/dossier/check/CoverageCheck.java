package dossier.check;

import dossier.model.EvidenceItem;
import dossier.model.EvidenceKind;
import dossier.model.Finding;
import dossier.model.Location;
import dossier.model.Task;
import dossier.model.TaskFolder;
import dossier.model.TaskState;
import dossier.model.TaskStatus;
import dossier.rules.CoverageRules;
import dossier.rules.Rule;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The state of every task (§2.3): missing, explained, deferred, not applicable, and 不涉及 notes beside evidence. */
public final class CoverageCheck implements Check {
    @Override
    public String name() {
        return "coverage";
    }

    @Override
    public List<Rule> rules() {
        return List.of(CoverageRules.MISSING, CoverageRules.EXPLAINED, CoverageRules.DEFERRED,
                CoverageRules.NOT_APPLICABLE, CoverageRules.NOT_APPLICABLE_WITH_EVIDENCE, CoverageRules.EMPTY_NOT_APPLICABLE);
    }

    @Override
    public Verdict judge(RepositoryModel model) {
        List<Finding> out = new ArrayList<>();
        for (TaskStatus status : model.statuses()) out.addAll(findings(status));
        return Verdict.of(out);
    }

    /** Every kind counted 0: one map shared by the tasks with nothing filed (a large sheet has many). */
    private static final Map<EvidenceKind, Integer> NOTHING = nothing();

    private static Map<EvidenceKind, Integer> nothing() {
        Map<EvidenceKind, Integer> counts = new EnumMap<>(EvidenceKind.class);
        for (EvidenceKind k : EvidenceKind.values()) counts.put(k, 0);
        return Map.copyOf(counts);
    }

    /** The state of one task from what its unit filed (folder may be null: nothing filed). */
    public static TaskStatus status(Task task, TaskFolder folder) {
        if (folder == null) return new TaskStatus(task, TaskState.MISSING, NOTHING, null);
        Map<EvidenceKind, Integer> counts = NOTHING;
        if (!folder.items().isEmpty()) {
            counts = new EnumMap<>(NOTHING);
            for (EvidenceItem item : folder.items()) counts.merge(item.kind(), 1, Integer::sum);
        }
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
    private static List<Finding> findings(TaskStatus s) {
        Task t = s.task();
        TaskFolder f = s.folder();
        String folder = f == null || f.folders().isEmpty() ? null : f.folders().get(0);
        return switch (s.state()) {
            case MISSING -> {
                var emptyNotes = f == null ? List.<TaskFolder.Note>of() : f.notApplicable();
                List<Finding> out = new ArrayList<>();
                out.add(CoverageRules.MISSING.at(Location.file(folder), t.unit(), t.indicator(), "task", t.indicator(), t.unit()));
                for (TaskFolder.Note n : emptyNotes) {
                    out.add(CoverageRules.EMPTY_NOT_APPLICABLE.at(Location.file(n.path()), t.unit(), t.indicator(), n.path(), n.path()));
                }
                yield out;
            }
            case EXPLAINED -> List.of(CoverageRules.EXPLAINED.at(Location.file(f.explanations().get(0)), t.unit(), t.indicator(),
                    "task", t.indicator(), t.unit()));
            case DEFERRED -> List.of(CoverageRules.DEFERRED.at(Location.file(f.onsite().get(0)), t.unit(), t.indicator(), "task",
                    t.indicator(), t.unit()));
            case NOT_APPLICABLE -> {
                TaskFolder.Note n = f.notApplicable().stream().filter(x -> !x.text().isBlank()).findFirst().orElseThrow();
                yield List.of(CoverageRules.NOT_APPLICABLE.at(Location.file(n.path()), t.unit(), t.indicator(), "task",
                        t.indicator(), t.unit(), firstLine(n.text())));
            }
            case COVERED -> f.notApplicable().stream().map(n -> CoverageRules.NOT_APPLICABLE_WITH_EVIDENCE.at(Location.file(n.path()),
                    t.unit(), t.indicator(), n.path(), t.indicator(), t.unit())).toList();
        };
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}
