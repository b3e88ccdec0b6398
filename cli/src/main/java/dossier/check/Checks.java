package dossier.check;

import dossier.model.Finding;
import dossier.model.ThresholdSpec;
import dossier.rules.Rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one list of every check, in the order they run, as checkstyle's configuration lists its
 * modules. A check whose rules are all set to `off` in dossier.yaml is not run at all.
 * Waivers come last: they judge the other checks' findings.
 */
public final class Checks {
    public static final List<Check> ALL = List.of(
            new SheetCheck(),
            new LiaisonCheck(),
            new RegisterCheck(),
            new StrayFolderCheck(),
            new FileCheck(),
            new DuplicateCheck(),
            new FreshnessCheck(),
            new CoverageCheck(),
            new DeadlineCheck(),
            new AgreementCheck(),
            new TargetCheck(),
            new OfficerCheck(),
            new QuarterCheck());

    public static final WaiverCheck WAIVERS = new WaiverCheck();

    /**
     * The rules a reader raises itself, because they say an input could not be read as written
     * (a file that cannot be opened, a cell that is no date, an unknown key): no check can judge
     * what was never read.
     */
    public static final Set<String> READ_FAILURES = Set.of(
            "CFG001", "CFG002", "SHT001", "SHT002", "SHT003", "SHT004", "SHT007",
            "FIL011", "THR008", "THR009", "THR010", "THR012", "THR013");

    private static final Map<String, Check> BY_RULE = new HashMap<>();

    static {
        for (Check c : ALL) c.rules().forEach(r -> BY_RULE.put(r.id(), c));
    }

    private Checks() {
    }

    /**
     * Every check that is on, run over the model, their verdicts in the order of {@link #ALL}; and
     * each threshold's result per unit, which every output shows whichever rules are on.
     */
    public static Verdict run(RepositoryModel model) {
        Map<String, String> severity = model.campaign().settings().severity();
        ThresholdFigures figures = new ThresholdFigures(model);
        Verdict all = new Verdict(List.of(), figures.results());
        for (Check check : ALL) {
            if (allOff(check.rules(), severity)) continue;
            all = all.and(check instanceof ThresholdJudge judge ? judge.judge(model, figures) : check.judge(model));
        }
        return all;
    }

    static boolean allOff(List<Rule> rules, Map<String, String> severity) {
        return !rules.isEmpty() && rules.stream().allMatch(r -> "off".equals(severity.get(r.id())));
    }

    /** Every rule some check declares, waivers included: what the rule meta-test holds against the registry. */
    public static List<Rule> declaredRules() {
        List<Rule> out = new ArrayList<>();
        ALL.forEach(c -> out.addAll(c.rules()));
        out.addAll(WAIVERS.rules());
        return out;
    }

    /**
     * Whether a finding, already of the threshold's task and unit, is about this threshold (one
     * task can carry several): as the check that raised it says.
     */
    public static boolean concerns(Finding finding, ThresholdSpec spec) {
        return BY_RULE.get(finding.ruleId()) instanceof ThresholdConcern c && c.concerns(finding, spec);
    }
}
