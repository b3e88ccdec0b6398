package dossier.model;

import java.util.Locale;

/**
 * A quantitative target, as data: which task it belongs to, how it is measured, against what,
 * and which units it applies to. The built-ins are SPEC §4; dossier.yaml may add, override,
 * re-key or disable them.
 *
 * @param figure      the figure measured (RATIO: the numerator; PER_PERSON: "training_hours")
 * @param denominator RATIO only: the figure divided by
 * @param target      in the measure's own unit: percent for RATIO and PERCENT, hours, or a count
 */
public record ThresholdSpec(String id, String task, Kind kind, String figure, String denominator, Op op,
                            double target, AppliesTo appliesTo, RegisterKind register) {

    public enum Kind {
        /** figure / denominator as a percentage. */
        RATIO,
        /** every officer of the roster reaches the target, summed over the training log. */
        PER_PERSON,
        /** every officer of the roster has a certificate number. */
        ALL_CERTIFIED,
        /** a count in the period. */
        COUNT,
        /** at least the target in every quarter of the period. */
        COUNT_PER_QUARTER,
        /** a percentage the unit reports. */
        PERCENT,
        /** last year's report dated in the first quarter, with a public link. */
        ANNUAL_REPORT;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Op {
        GE(">="), EQ("="), LE("<=");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean holds(double value, double target) {
            return switch (this) {
                case GE -> value >= target - 1e-9;
                case EQ -> Math.abs(value - target) < 1e-9;
                case LE -> value <= target + 1e-9;
            };
        }
    }

    public enum AppliesTo {
        /** the task's lead unit. */
        LEAD,
        /** every unit with enforcement staff (a roster, or a declared enforcement_staff above 0). */
        UNITS_WITH_STAFF,
        /** every unit with a roster. */
        UNITS_WITH_ROSTER,
        /** the lead, and every unit holding the threshold's register. */
        LEAD_AND_REGISTER_HOLDERS;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ThresholdSpec withTask(String newTask) {
        return new ThresholdSpec(id, newTask, kind, figure, denominator, op, target, appliesTo, register);
    }

    public ThresholdSpec withTarget(Op newOp, double newTarget) {
        return new ThresholdSpec(id, task, kind, figure, denominator, newOp, newTarget, appliesTo, register);
    }

    public ThresholdSpec withAppliesTo(AppliesTo newAppliesTo) {
        return new ThresholdSpec(id, task, kind, figure, denominator, op, target, newAppliesTo, register);
    }
}
