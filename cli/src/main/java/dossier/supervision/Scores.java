package dossier.supervision;

import dossier.history.Snapshot;
import dossier.model.TaskState;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The year-end 考核 score of each unit (seed 六(四): 督导结果与年底考核挂钩), from a snapshot:
 * coverage (its coverage rate), timeliness (the share of its tasks due by the as-of date that are
 * not overdue) and thresholds (the share of its threshold results that pass), each 0–100, weighed
 * by {@link Bulletin.Weights} (default 60/25/15) and rounded to one decimal. A component with
 * nothing to measure counts 100: a unit is not marked down for what it was never asked.
 */
public final class Scores {
    private Scores() {
    }

    public static Map<String, Bulletin.Score> of(Snapshot snapshot, Bulletin.Weights w) {
        Map<String, Bulletin.Score> out = new LinkedHashMap<>();
        for (Snapshot.UnitCounts u : snapshot.units()) {
            double coverage = u.coverage().rate() == null ? 100 : u.coverage().rate();
            long due = snapshot.tasks().stream().filter(t -> t.unit().equals(u.unit()) && t.due() != null
                    && t.due().isBefore(snapshot.asOf()) && t.state() != TaskState.NOT_APPLICABLE).count();
            double timeliness = due == 0 ? 100 : round(100.0 * Math.max(0, due - u.overdue()) / due);
            long checked = snapshot.thresholds().stream().filter(t -> t.unit().equals(u.unit())
                    && !t.status().equals("not_applicable")).count();
            long passed = snapshot.thresholds().stream().filter(t -> t.unit().equals(u.unit())
                    && t.status().equals("pass")).count();
            double thresholds = checked == 0 ? 100 : round(100.0 * passed / checked);
            double total = round((w.coverage() * coverage + w.timeliness() * timeliness + w.thresholds() * thresholds)
                    / (w.coverage() + w.timeliness() + w.thresholds()));
            out.put(u.unit(), new Bulletin.Score(coverage, timeliness, thresholds, total, oneDecimal(total)));
        }
        return out;
    }

    static double round(double d) {
        return Math.round(d * 10) / 10.0;
    }

    static String oneDecimal(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
