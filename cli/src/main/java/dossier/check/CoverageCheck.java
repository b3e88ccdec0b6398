package dossier.check;

import dossier.model.Finding;
import dossier.model.TaskStatus;
import dossier.rules.CoverageRules;
import dossier.rules.Rule;

import java.util.ArrayList;
import java.util.List;

/** The state of every task (§2.3): missing, explained, deferred, not applicable, and 不涉及 notes beside evidence. */
final class CoverageCheck implements Check {
    @Override
    public String name() {
        return "coverage";
    }

    @Override
    public List<Rule> rules() {
        return List.of(CoverageRules.MISSING, CoverageRules.EXPLAINED, CoverageRules.DEFERRED,
                CoverageRules.NOT_APPLICABLE, CoverageRules.NOT_APPLICABLE_WITH_EVIDENCE, CoverageRules.EMPTY_NOT_APPLICABLE);
    }

    @Override
    public Verdict judge(RepositoryModel model) {
        List<Finding> out = new ArrayList<>();
        for (TaskStatus status : model.statuses()) out.addAll(CoverageRules.check(status));
        return Verdict.of(out);
    }
}
