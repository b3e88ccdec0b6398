package dossier.supervision;

import dossier.history.Snapshot;
import dossier.model.Deadline;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the bulletin takes from a unit's tasks and threshold results beyond its counts: the tasks
 * due by the as-of date (timeliness), the most days one is late (滞后), the threshold results
 * checked and passed. Read from a district's snapshot, or carried for each district by the city,
 * whose snapshot holds no task or threshold row.
 *
 * @param dueTasks       tasks due by the as-of date ({@link Deadline#dueBy}); null when not known (a city's
 *                       aggregate written before it carried them)
 * @param longestOverdue the most days any task is late ({@link Deadline#daysLate}); null when not known
 */
public record UnitMeasures(Integer dueTasks, Long longestOverdue, int thresholdsChecked, int thresholdsPassed) {

    /** @param thresholdStatuses count of the unit's threshold results per status id */
    public static UnitMeasures of(Integer dueTasks, Long longestOverdue, Map<String, Integer> thresholdStatuses) {
        int checked = 0;
        for (var e : thresholdStatuses.entrySet()) if (!e.getKey().equals("not_applicable")) checked += e.getValue();
        return new UnitMeasures(dueTasks, longestOverdue, checked, thresholdStatuses.getOrDefault("pass", 0));
    }

    /** Each unit's measures from the snapshot's tasks and threshold results, in the snapshot's unit order. */
    public static Map<String, UnitMeasures> of(Snapshot snapshot) {
        Map<String, Integer> due = new HashMap<>();
        Map<String, Long> longest = new HashMap<>();
        Map<String, Map<String, Integer>> statuses = new HashMap<>();
        for (Snapshot.TaskEntry t : snapshot.tasks()) {
            if (Deadline.dueBy(t.due(), t.state(), snapshot.asOf())) due.merge(t.unit(), 1, Integer::sum);
            longest.merge(t.unit(), Deadline.daysLate(t.due(), t.state(), snapshot.asOf()), Math::max);
        }
        for (Snapshot.ThresholdEntry t : snapshot.thresholds()) {
            statuses.computeIfAbsent(t.unit(), k -> new HashMap<>()).merge(t.status(), 1, Integer::sum);
        }
        Map<String, UnitMeasures> out = new LinkedHashMap<>();
        for (Snapshot.UnitCounts u : snapshot.units()) {
            out.put(u.unit(), of(due.getOrDefault(u.unit(), 0), longest.getOrDefault(u.unit(), 0L),
                    statuses.getOrDefault(u.unit(), Map.of())));
        }
        return out;
    }
}
