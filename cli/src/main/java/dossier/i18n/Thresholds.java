package dossier.i18n;

import dossier.model.ThresholdResult;
import dossier.model.ThresholdSpec;

/** How a threshold result reads: its measure, value and target as text, its label and status. */
public final class Thresholds {
    private Thresholds() {
    }

    /** percent, count, officers (meeting a per-person target in hours) or date. */
    public static String measure(ThresholdSpec s) {
        return switch (s.kind()) {
            case RATIO, PERCENT, ALL_CERTIFIED -> "percent";
            case COUNT -> "count";
            case COUNT_PER_QUARTER -> "quarters";
            case PER_PERSON -> "officers";
            case ANNUAL_REPORT -> "date";
        };
    }

    public static String label(Messages m, ThresholdSpec s) {
        String key = "threshold." + s.id();
        return m.has(key) ? m.get(key) : s.id();
    }

    public static String value(Messages m, ThresholdResult r) {
        if (r.value() == null) return "—";
        String v = number(r.value());
        return switch (measure(r.spec())) {
            case "percent" -> v + "%";
            case "officers" -> m.get("threshold.officersMeeting", v, r.inputs().getOrDefault("officers", "?"));
            case "quarters" -> m.get("threshold.quartersMeeting", v, r.inputs().getOrDefault("quartersJudged", "?"));
            case "date" -> r.value() >= 1 ? m.get("threshold.inQ1") : m.get("threshold.notInQ1");
            default -> v;
        };
    }

    public static String target(Messages m, ThresholdSpec s) {
        String t = number(s.target());
        return switch (measure(s)) {
            case "percent" -> s.op().symbol() + " " + t + "%";
            case "officers" -> m.get("threshold.hoursEach", s.op().symbol(), t);
            case "quarters" -> m.get("threshold.perQuarter", s.op().symbol(), t);
            case "date" -> m.get("threshold.q1");
            default -> s.op().symbol() + " " + t;
        };
    }

    public static String status(Messages m, ThresholdResult r) {
        return m.get("threshold.status." + r.status().id());
    }

    public static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
