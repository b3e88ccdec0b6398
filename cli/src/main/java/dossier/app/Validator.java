package dossier.app;

import dossier.check.Checks;
import dossier.check.CoverageCheck;
import dossier.check.RepositoryModel;
import dossier.check.Verdict;
import dossier.core.CampaignLoader;
import dossier.core.FigureLoader;
import dossier.core.ValidationResult;
import dossier.model.Campaign;
import dossier.model.Finding;
import dossier.model.Severity;
import dossier.model.TaskKey;
import dossier.model.TaskStatus;
import dossier.model.ThresholdResult;
import dossier.model.Unit;
import dossier.read.EvidenceWalker;
import dossier.shared.IndicatorIds;
import dossier.shared.Progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Runs every rule over a repository and returns the findings filtered, re-levelled and sorted. */
public final class Validator {
    private Validator() {
    }

    public static ValidationResult validate(ValidateRequest request) {
        return validate(request, Progress.NONE);
    }

    public static ValidationResult validate(ValidateRequest request, Progress progress) {
        Campaign campaign = CampaignLoader.load(request.repository(), request.asOf(), request.sheet());
        Selection selection = Selection.of(campaign, request.units(), request.indicators());
        Set<String> units = selection.units();
        Set<String> indicators = selection.indicators();
        EvidenceWalker.Result evidence = EvidenceWalker.walk(request.repository(), campaign.settings(),
                campaign.units(), campaign.indicators(), progress);

        List<Finding> all = new ArrayList<>(campaign.findings());
        all.addAll(evidence.findings());
        FigureLoader.Loaded figures = FigureLoader.load(campaign, evidence.unitFolders());
        all.addAll(figures.findings());
        List<String> unread = new ArrayList<>(evidence.unread());
        unread.addAll(figures.unread());
        List<TaskStatus> every = campaign.tasks().stream()
                .map(task -> CoverageCheck.status(task, evidence.folders().get(TaskKey.of(task))))
                .toList();
        RepositoryModel model = new RepositoryModel(campaign, evidence.inventory(), figures.figures(), every, request.asOf());
        Verdict verdict = Checks.run(model);
        all.addAll(verdict.findings());
        List<ThresholdResult> thresholds = verdict.thresholds().stream()
                .filter(t -> units.isEmpty() || units.contains(t.unit()))
                .filter(t -> indicators.isEmpty() || indicators.contains(t.spec().task()))
                .sorted(Comparator.comparingInt((ThresholdResult t) -> unitIndex(campaign, t.unit()))
                        .thenComparing(t -> t.spec().task(), IndicatorIds.ORDER)).toList();
        List<TaskStatus> statuses = every.stream()
                .filter(s -> units.isEmpty() || units.contains(s.task().unit()))
                .filter(s -> indicators.isEmpty() || indicators.contains(s.task().indicator()))
                .toList();
        // waivers are judged on every finding, so a --unit or --indicator filter narrows what is shown, not what is judged
        Map<String, String> severity = campaign.settings().severity();
        List<Finding> judged = Checks.WAIVERS.apply(relevel(all, severity), model);
        List<Finding> findings = new ArrayList<>();
        for (Finding f : relevel(judged, severity)) {
            if (f.unit() != null && !units.isEmpty() && !units.contains(f.unit())) continue;
            if (f.indicator() != null && !indicators.isEmpty() && !indicators.contains(f.indicator())) continue;
            findings.add(f);
        }
        findings.sort(order(campaign));
        return new ValidationResult(campaign, statuses, thresholds, findings, unread.stream().sorted().distinct().toList(), null);
    }

    private static int unitIndex(Campaign campaign, String unit) {
        for (int i = 0; i < campaign.units().size(); i++) if (campaign.units().get(i).name().equals(unit)) return i;
        return Integer.MAX_VALUE;
    }

    private static List<Finding> relevel(List<Finding> findings, Map<String, String> severity) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Finding levelled = relevel(f, severity);
            if (levelled != null) out.add(levelled);
        }
        return out;
    }

    private static Finding relevel(Finding f, Map<String, String> severity) {
        String level = severity.get(f.ruleId());
        if (level == null) return f;
        if (level.equals("off")) return null;
        return Severity.parse(level).map(f::withSeverity).orElse(f);
    }

    /** One order for every output: by unit (official order, campaign-wide first), indicator, rule, place. */
    public static Comparator<Finding> order(Campaign campaign) {
        // a map, not indexOf: the sort compares n log n times, each across every unit otherwise
        Map<String, Integer> unitOrder = new HashMap<>();
        for (int i = 0; i < campaign.units().size(); i++) unitOrder.putIfAbsent(campaign.units().get(i).name(), i);
        Comparator<String> byUnit = Comparator.nullsFirst(Comparator.comparingInt(
                (String u) -> unitOrder.getOrDefault(u, Integer.MAX_VALUE)).thenComparing(Comparator.naturalOrder()));
        return Comparator.comparing(Finding::unit, byUnit)
                .thenComparing(Finding::indicator, Comparator.nullsFirst(IndicatorIds.ORDER))
                .thenComparing(Finding::ruleId)
                .thenComparing(f -> f.location().file(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(f -> f.location().row(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(f -> Objects.toString(f.location().column(), ""))
                .thenComparing(f -> Objects.toString(f.subject(), ""));
    }
}
