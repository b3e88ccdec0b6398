package dossier.write.report;

import dossier.check.Checks;
import dossier.model.Finding;
import dossier.model.TaskStatus;
import dossier.model.ThresholdResult;
import dossier.model.Waiver;
import dossier.rules.CoverageRules;
import dossier.rules.Rule;

import java.util.List;

/** Which gaps (短板弱项) an approved waiver covers, and its reason: a waived gap is still shown, never as an open one. */
final class GapWaivers {
    private final List<Finding> findings;

    GapWaivers(List<Finding> findings) {
        this.findings = findings;
    }

    /** The waiver of the finding of the task's state (未提交, 仅情况说明, 待实地核查), or null. */
    Waiver of(TaskStatus s) {
        Rule rule = switch (s.state()) {
            case MISSING -> CoverageRules.MISSING;
            case EXPLAINED -> CoverageRules.EXPLAINED;
            case DEFERRED -> CoverageRules.DEFERRED;
            default -> null;
        };
        if (rule == null) return null;
        return waiver(findings.stream().filter(f -> f.ruleId().equals(rule.id()) && s.task().unit().equals(f.unit())
                && s.task().indicator().equals(f.indicator())).toList());
    }

    /** The waiver when every finding behind a threshold's shortfall is waived, or null. */
    Waiver of(ThresholdResult r) {
        return waiver(findings.stream().filter(f -> r.unit().equals(f.unit()) && r.spec().task().equals(f.indicator())
                && Checks.concerns(f, r.spec())).toList());
    }

    private static Waiver waiver(List<Finding> behind) {
        if (behind.isEmpty() || !behind.stream().allMatch(Finding::waived)) return null;
        return behind.get(0).waiver();
    }
}
