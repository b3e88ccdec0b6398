package dossier.rules;

import dossier.model.Finding;
import dossier.model.RegisterKind;
import dossier.model.Severity;
import dossier.model.ThresholdSpec;

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

    private ThresholdRules() {
    }

    /** Whether a finding of its task and unit is about this threshold, since one task can carry several (5.1 has three). */
    public static boolean concerns(Finding f, ThresholdSpec s) {
        String id = f.ruleId();
        if (id.equals(BELOW_TARGET.id())) return s.id().equals(f.subject());
        if (id.equals(FIGURE_MISSING.id())) {
            return f.subject() != null && (f.subject().equals(s.figure()) || f.subject().equals(s.denominator())
                    || (s.kind() == ThresholdSpec.Kind.ANNUAL_REPORT && f.subject().startsWith("annual_report")));
        }
        if (id.equals(OFFICER_BELOW_MINIMUM.id()) || id.equals(TRAINING_NAME_SHARED.id())) return s.kind() == ThresholdSpec.Kind.PER_PERSON;
        if (id.equals(EMPTY_QUARTER.id())) return s.kind() == ThresholdSpec.Kind.COUNT_PER_QUARTER;
        if (id.equals(NO_CERTIFICATE.id())) return s.kind() == ThresholdSpec.Kind.ALL_CERTIFIED;
        if (id.equals(NOT_REVIEWED.id())) return s.register() == RegisterKind.NORMATIVE_DOCS;
        return false;
    }

    public static List<Rule> all() {
        return List.of(BELOW_TARGET, FIGURE_MISSING, DECLARED_DIFFERS, OFFICER_BELOW_MINIMUM, EMPTY_QUARTER,
                NO_CERTIFICATE, NOT_REVIEWED, OUTSIDE_PERIOD, TRAINING_NAME_SHARED);
    }
}
