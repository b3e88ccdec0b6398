package dossier.model;

import java.util.Map;

/** A task with its state and what supports it. */
public record TaskStatus(Task task, TaskState state, Map<EvidenceKind, Integer> counts, TaskFolder folder) {
    public TaskStatus {
        counts = Map.copyOf(counts);
    }

    public int evidenceCount() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
