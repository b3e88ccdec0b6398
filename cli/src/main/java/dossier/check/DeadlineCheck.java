package dossier.check;

import dossier.i18n.Localized;
import dossier.model.Finding;
import dossier.model.Location;
import dossier.model.Task;
import dossier.model.TaskState;
import dossier.model.TaskStatus;
import dossier.rules.DeadlineRules;
import dossier.rules.Rule;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Tasks still missing past their due date (overdue) or within due_soon_days of it. Tasks
 * explained, deferred to the on-site check or not applicable have their own finding and are not
 * chased for a deadline.
 */
final class DeadlineCheck implements Check {
    @Override
    public String name() {
        return "deadlines";
    }

    @Override
    public List<Rule> rules() {
        return DeadlineRules.all();
    }

    @Override
    public Verdict judge(RepositoryModel model) {
        int soon = model.campaign().settings().dueSoonDays();
        List<Finding> out = new ArrayList<>();
        for (TaskStatus status : model.statuses()) {
            Task t = status.task();
            if (status.state() != TaskState.MISSING || t.due() == null) continue;
            long days = ChronoUnit.DAYS.between(model.asOf(), t.due());
            if (days < 0) {
                out.add(DeadlineRules.OVERDUE.at(Location.NONE, t.unit(), t.indicator(), "due", t.indicator(), t.due(), -days));
            } else if (days <= soon) {
                Localized left = days == 0 ? Localized.of("due.today") : Localized.of("due.daysLeft", days);
                out.add(DeadlineRules.DUE_SOON.at(Location.NONE, t.unit(), t.indicator(), "due", t.indicator(), t.due(), left));
            }
        }
        return Verdict.of(out);
    }
}
