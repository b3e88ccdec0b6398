package dossier.check;

import dossier.model.Finding;
import dossier.model.TaskStatus;
import dossier.rules.DeadlineRules;
import dossier.rules.Rule;

import java.util.ArrayList;
import java.util.List;

/** Tasks still missing past their due date (overdue) or within due_soon_days of it. */
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
        for (TaskStatus status : model.statuses()) out.addAll(DeadlineRules.check(status, model.asOf(), soon));
        return Verdict.of(out);
    }
}
