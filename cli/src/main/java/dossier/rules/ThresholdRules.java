package dossier.rules;

import dossier.model.Severity;

import java.util.List;

/** The quantitative targets of SPEC §4: who or what falls short, and figures that disagree. */
public final class ThresholdRules {
    public static final Rule BELOW_TARGET = new Rule("THR001", "thresholds", Severity.ERROR)
            .args("threshold", "value", "operator", "target", "basis", "running");
    public static final Rule FIGURE_MISSING = new Rule("THR002", "thresholds", Severity.ERROR)
            .args("figureName", "figure", "threshold");
    public static final Rule DECLARED_DIFFERS = new Rule("THR003", "thresholds", Severity.ERROR)
            .args("figure", "declared", "register", "counted");
    public static final Rule OFFICER_BELOW_MINIMUM = new Rule("THR004", "thresholds", Severity.ERROR)
            .args("officer", "certificate", "hours", "minimum", "running");
    public static final Rule EMPTY_QUARTER = new Rule("THR005", "thresholds", Severity.ERROR)
            .args("quarter", "start", "end", "threshold");
    public static final Rule NO_CERTIFICATE = new Rule("THR006", "thresholds", Severity.ERROR).args("officer");
    public static final Rule NOT_REVIEWED = new Rule("THR007", "thresholds", Severity.ERROR).args("number", "title");
    public static final Rule OUTSIDE_PERIOD = new Rule("THR014", "thresholds", Severity.INFO)
            .args("file", "rows", "start", "end");
    /** A training row with only a name that two roster officers share: its hours go to neither. */
    public static final Rule TRAINING_NAME_SHARED = new Rule("THR015", "thresholds", Severity.WARNING)
            .args("name", "officers", "rows", "hours");
    /** A training row whose 执法证号 no roster officer has: its hours go to no one. */
    public static final Rule TRAINING_CERTIFICATE_UNKNOWN = new Rule("THR017", "thresholds", Severity.WARNING)
            .args("certificate", "name", "hours");

    private ThresholdRules() {
    }

    public static List<Rule> all() {
        return List.of(BELOW_TARGET, FIGURE_MISSING, DECLARED_DIFFERS, OFFICER_BELOW_MINIMUM, EMPTY_QUARTER,
                NO_CERTIFICATE, NOT_REVIEWED, OUTSIDE_PERIOD, TRAINING_NAME_SHARED,
                TRAINING_CERTIFICATE_UNKNOWN);
    }
}
