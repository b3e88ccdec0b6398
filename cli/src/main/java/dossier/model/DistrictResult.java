package dossier.model;

import java.util.List;
import java.util.Map;

/**
 * What one district's json result (or one city's aggregate, one level up) contributes to a merge,
 * folded while it is read: per indicator the task states and overdue tasks, per threshold the
 * count of each status, the findings per severity. A few kilobytes whatever the result's size.
 *
 * @param file       the file it was read from, as given (an entry of a bundle: zip!/entry)
 * @param indicators in the result's own ids, as its task sheet numbered them
 * @param findings   counts by severity id, and "waived"
 * @param upcoming   tasks waiting for evidence whose time limit is on or after the result's as-of date, per
 *                   indicator (in the result's own ids) and day; empty from an aggregate written before it carried them
 * @param dueTasks   tasks due by the as-of date ({@link Deadline#dueBy}), every indicator's; null from an aggregate
 *                   written before it carried them
 * @param longestOverdue the most days any task is late at the as-of date ({@link Deadline#daysLate}), 0 when none
 *                   is; null from an aggregate written before it carried it
 */
public record DistrictResult(String file, String schema, String name, String region, String asOf, boolean partial,
                            List<IndicatorTally> indicators, List<ThresholdTally> thresholds,
                            Map<String, Integer> findings, Totals totals, List<Upcoming> upcoming, Integer dueTasks,
                            Long longestOverdue) {
    public DistrictResult {
        upcoming = List.copyOf(upcoming);
    }

    /**
     * An aggregate's own overall counts and overdue tasks, which include indicators it could not
     * map (so they are in no indicator tally); null for a validate result, whose tasks say it all.
     */
    public record Totals(Map<TaskState, Integer> overall, int overdue) {
    }

    /** @param states count of tasks per state; overdue counts tasks with a DUE001 finding */
    public record IndicatorTally(String id, String area, String name, Map<TaskState, Integer> states, int overdue) {
    }

    /** @param statuses count of (threshold, unit) results per status id (pass, fail, progress, missing, not_applicable) */
    public record ThresholdTally(String id, String task, Map<String, Integer> statuses) {
    }

    /** Campaign name and region: two results with the same key are the same district. */
    public String key() {
        return (name == null ? "" : name) + " / " + (region == null ? "" : region);
    }
}
