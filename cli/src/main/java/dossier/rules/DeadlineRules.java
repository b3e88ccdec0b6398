package dossier.rules;

import dossier.i18n.Localized;
import dossier.model.Finding;
import dossier.model.Location;
import dossier.model.Severity;
import dossier.model.Task;
import dossier.model.TaskState;
import dossier.model.TaskStatus;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

    public static List<Finding> check(TaskStatus status, LocalDate asOf, int dueSoonDays) {
        Task t = status.task();
        if (status.state() != TaskState.MISSING || t.due() == null) return List.of();
        long days = ChronoUnit.DAYS.between(asOf, t.due());
        if (days < 0) {
            return List.of(OVERDUE.at(Location.NONE, t.unit(), t.indicator(), "due", t.indicator(), t.due(), -days));
        }
        if (days <= dueSoonDays) {
            Localized left = days == 0 ? Localized.of("due.today") : Localized.of("due.daysLeft", days);
            return List.of(DUE_SOON.at(Location.NONE, t.unit(), t.indicator(), "due", t.indicator(), t.due(), left));
        }
        return List.of();
    }
}
