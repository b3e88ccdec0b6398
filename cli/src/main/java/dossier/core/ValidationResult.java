package dossier.core;

import dossier.model.Campaign;
import dossier.model.Finding;
import dossier.model.Severity;
import dossier.model.Task;
import dossier.model.TaskStatus;
import dossier.model.ThresholdResult;

import java.util.List;

/**
 * The outcome of a validate run, already filtered and sorted: what every reporter prints.
 *
 * @param unread   inputs that could not be read; when any, the result is partial
 * @param baseline the comparison with an earlier result, or null without --baseline
 */
public record ValidationResult(Campaign campaign, List<TaskStatus> statuses, List<ThresholdResult> thresholds,
                               List<Finding> findings, List<String> unread, Baseline.Diff baseline) {
    public ValidationResult {
        statuses = List.copyOf(statuses);
        thresholds = List.copyOf(thresholds);
        findings = List.copyOf(findings);
        unread = List.copyOf(unread);
    }

    public ValidationResult withBaseline(Baseline.Diff diff) {
        return new ValidationResult(campaign, statuses, thresholds, findings, unread, diff);
    }

    /** Whether the finding at this index is absent from the baseline; without a baseline every finding is new. */
    public boolean isNew(int index) {
        return baseline == null || baseline.isNew().get(index);
    }

    public List<Task> tasks() {
        return statuses.stream().map(TaskStatus::task).toList();
    }

    public Coverage coverage() {
        return Coverage.of(campaign, statuses);
    }

    public boolean partial() {
        return !unread.isEmpty();
    }

    /** Findings of this severity that no waiver covers. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity && !f.waived()).count();
    }

    public long waivedCount() {
        return findings.stream().filter(Finding::waived).count();
    }

    /** Whether any finding no waiver covers is at or above the given severity. */
    public boolean hasAtLeast(Severity severity) {
        return findings.stream().anyMatch(f -> f.failsAt(severity));
    }
}
