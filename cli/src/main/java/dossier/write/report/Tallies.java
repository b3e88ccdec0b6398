package dossier.write.report;

import dossier.core.Coverage;
import dossier.model.EvidenceKind;
import dossier.model.TaskState;
import dossier.model.TaskStatus;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** Task-state counts and evidence counts as the model carries them. */
final class Tallies {
    private Tallies() {
    }

    static ReportModel.Tally of(Coverage.Tally t) {
        return of(t.states());
    }

    static ReportModel.Tally of(Collection<TaskStatus> statuses) {
        Map<TaskState, Integer> states = new EnumMap<>(TaskState.class);
        for (TaskState s : TaskState.values()) states.put(s, 0);
        statuses.forEach(s -> states.merge(s.state(), 1, Integer::sum));
        return of(states);
    }

    private static ReportModel.Tally of(Map<TaskState, Integer> states) {
        Coverage.Tally t = new Coverage.Tally(states);
        Double rate = t.rate();
        return new ReportModel.Tally(t.tasks(), t.covered(), count(states, TaskState.NOT_APPLICABLE),
                count(states, TaskState.DEFERRED), count(states, TaskState.EXPLAINED), count(states, TaskState.MISSING),
                t.applicable(), rate, rate == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f%%", rate));
    }

    private static int count(Map<TaskState, Integer> states, TaskState s) {
        return states.getOrDefault(s, 0);
    }

    static ReportModel.EvidenceCounts evidence(Collection<TaskStatus> statuses) {
        Map<EvidenceKind, Integer> sum = new EnumMap<>(EvidenceKind.class);
        for (TaskStatus s : statuses) s.counts().forEach((k, v) -> sum.merge(k, v, Integer::sum));
        return evidence(sum);
    }

    static ReportModel.EvidenceCounts evidence(Map<EvidenceKind, Integer> counts) {
        int d = counts.getOrDefault(EvidenceKind.DOCUMENT, 0);
        int i = counts.getOrDefault(EvidenceKind.IMAGE, 0);
        int v = counts.getOrDefault(EvidenceKind.VIDEO, 0);
        int l = counts.getOrDefault(EvidenceKind.LINK, 0);
        int s = counts.getOrDefault(EvidenceKind.SUMMARY, 0);
        return new ReportModel.EvidenceCounts(d, i, v, l, s, d + i + v + l + s);
    }
}
