package dossier.rules;

import dossier.model.Severity;

import java.util.List;

/**
 * A task with nothing filed by its due date is overdue; within due_soon_days it is due soon.
 * Tasks explained, deferred to the on-site check or not applicable have their own finding and
 * are not chased for a deadline.
 */
public final class DeadlineRules {
    public static final Rule OVERDUE = new Rule("DUE001", "deadlines", Severity.ERROR)
            .args("indicator", "due", "daysLate");
    public static final Rule DUE_SOON = new Rule("DUE002", "deadlines", Severity.WARNING)
            .args("indicator", "due", "left");

    private DeadlineRules() {
    }

    public static List<Rule> all() {
        return List.of(OVERDUE, DUE_SOON);
    }
}
