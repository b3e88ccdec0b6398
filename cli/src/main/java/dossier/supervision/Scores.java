package dossier.supervision;

import dossier.history.Snapshot;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The year-end 考核 score of each unit (seed 六(四): 督导结果与年底考核挂钩), from a snapshot:
 * coverage (its coverage rate), timeliness (the share of its tasks due by the as-of date that are
 * not overdue) and thresholds (the share of its threshold results that pass), each 0–100, weighed
 * by {@link Bulletin.Weights} (default 60/25/15) and rounded to one decimal. A component with
 * nothing to measure counts 100: a unit is not marked down for what it was never asked. A
 * timeliness not known (a city's district from an aggregate that did not carry its due tasks)
 * leaves it and the total unknown, never guessed.
 */
public final class Scores {
    /** What a score not known shows. */
    public static final String UNKNOWN = "—";

    private Scores() {
    }

    public static Map<String, Bulletin.Score> of(Snapshot snapshot, Bulletin.Weights w) {
        return of(snapshot, UnitMeasures.of(snapshot), w);
    }

    /** @param measures per unit of the snapshot: what its tasks and threshold results give */
    public static Map<String, Bulletin.Score> of(Snapshot snapshot, Map<String, UnitMeasures> measures, Bulletin.Weights w) {
        Map<String, Bulletin.Score> out = new LinkedHashMap<>();
        for (Snapshot.UnitCounts u : snapshot.units()) {
            UnitMeasures m = measures.get(u.unit());
            double coverage = u.coverage().rate() == null ? 100 : u.coverage().rate();
            Integer due = m.dueTasks();
            Double timeliness = due == null ? null : due == 0 ? 100 : round(100.0 * Math.max(0, due - u.overdue()) / due);
            double thresholds = m.thresholdsChecked() == 0 ? 100 : round(100.0 * m.thresholdsPassed() / m.thresholdsChecked());
            Double total = timeliness == null ? null
                    : round((w.coverage() * coverage + w.timeliness() * timeliness + w.thresholds() * thresholds)
                    / (w.coverage() + w.timeliness() + w.thresholds()));
            out.put(u.unit(), new Bulletin.Score(coverage, timeliness, thresholds, total,
                    total == null ? UNKNOWN : oneDecimal(total)));
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
