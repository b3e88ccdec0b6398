package dossier.write.report;

import dossier.check.Checks;
import dossier.model.Finding;
import dossier.model.TaskKey;
import dossier.model.TaskStatus;
import dossier.model.ThresholdResult;
import dossier.model.Waiver;
import dossier.rules.CoverageRules;
import dossier.rules.Rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which gaps (短板弱项) an approved waiver covers, and its reason: a waived gap is still shown, never as an open one. */
final class GapWaivers {
    /** The findings about each task, in the result's order: grouped once, not searched per gap. */
    private final Map<TaskKey, List<Finding>> byTask = new HashMap<>();

    GapWaivers(List<Finding> findings) {
        for (Finding f : findings) {
            if (f.unit() != null && f.indicator() != null) byTask.computeIfAbsent(TaskKey.of(f), k -> new ArrayList<>()).add(f);
        }
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
        return waiver(about(s.task().indicator(), s.task().unit()).stream().filter(f -> f.ruleId().equals(rule.id())).toList());
    }

    /** The waiver when every finding behind a threshold's shortfall is waived, or null. */
    Waiver of(ThresholdResult r) {
        return waiver(about(r.spec().task(), r.unit()).stream().filter(f -> Checks.concerns(f, r.spec())).toList());
    }

    private List<Finding> about(String indicator, String unit) {
        return byTask.getOrDefault(new TaskKey(indicator, unit), List.of());
    }

    private static Waiver waiver(List<Finding> behind) {
        if (behind.isEmpty() || !behind.stream().allMatch(Finding::waived)) return null;
        return behind.get(0).waiver();
    }
}
