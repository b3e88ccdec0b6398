package dossier.check;

import dossier.core.ThresholdSpecs;
import dossier.core.UnitFigures;
import dossier.model.Figure;
import dossier.model.Finding;
import dossier.model.Location;
import dossier.model.NormativeDoc;
import dossier.model.ThresholdSpec;
import dossier.rules.Rule;
import dossier.rules.ThresholdRules;

import java.util.ArrayList;
import java.util.List;

import static dossier.check.ThresholdFigures.figureName;
import static dossier.check.ThresholdFigures.number;
import static dossier.check.ThresholdFigures.thresholdName;

/**
 * Each threshold's target (§4) for each unit it applies to: a figure below its target (THR001), a
 * figure the task's lead has not declared at all (THR002), and a normative document issued without
 * legality review (THR007), which is the review rate's shortfall itself and so not also a THR001.
 */
final class TargetCheck implements ThresholdJudge, ThresholdConcern {
    @Override
    public String name() {
        return "targets";
    }

    @Override
    public List<Rule> rules() {
        return List.of(ThresholdRules.BELOW_TARGET, ThresholdRules.FIGURE_MISSING, ThresholdRules.NOT_REVIEWED);
    }

    @Override
    public Verdict judge(RepositoryModel model, ThresholdFigures figures) {
        List<Finding> out = new ArrayList<>();
        for (ThresholdFigures.Applied a : figures.applied()) {
            ThresholdSpec spec = a.spec();
            UnitFigures u = a.unit();
            switch (spec.kind()) {
                case RATIO -> ratio(figures, spec, u, out);
                case COUNT, PERCENT -> single(figures, spec, u, out);
                case COUNT_PER_QUARTER -> declaredPerQuarter(figures, spec, u, out);
                case ANNUAL_REPORT -> annualReport(figures, spec, u, out);
                case PER_PERSON, ALL_CERTIFIED -> {
                    // judged officer by officer (OfficerCheck)
                }
            }
        }
        return Verdict.of(out);
    }

    @Override
    public boolean concerns(Finding f, ThresholdSpec s) {
        String id = f.ruleId();
        if (id.equals(ThresholdRules.BELOW_TARGET.id())) return s.id().equals(f.subject());
        if (id.equals(ThresholdRules.FIGURE_MISSING.id())) {
            return f.subject() != null && (f.subject().equals(s.figure()) || f.subject().equals(s.denominator())
                    || (s.kind() == ThresholdSpec.Kind.ANNUAL_REPORT && f.subject().startsWith("annual_report")));
        }
        return id.equals(ThresholdRules.NOT_REVIEWED.id()) && ThresholdFigures.unreviewedCounts(s);
    }

    private static void ratio(ThresholdFigures figures, ThresholdSpec spec, UnitFigures u, List<Finding> out) {
        Double num = u.value(spec.figure());
        Double den = u.value(spec.denominator());
        if (num == null || den == null) {
            if (num == null) missing(figures, spec, u, spec.figure(), out);
            if (den == null) missing(figures, spec, u, spec.denominator(), out);
            return;
        }
        Double value = ThresholdFigures.ratioValue(spec, u);
        if (value == null || spec.op().holds(value, spec.target())) return;
        List<NormativeDoc> unreviewed = ThresholdFigures.unreviewedCounts(spec) ? ThresholdFigures.unreviewed(u) : List.of();
        for (NormativeDoc doc : unreviewed) {
            out.add(ThresholdRules.NOT_REVIEWED.at(doc.location(), u.unit(), reviewRateTask(), doc.number(), doc.number(),
                    doc.title()));
        }
        if (unreviewed.isEmpty()) {
            below(figures, spec, u, number(value) + "%", number(spec.target()) + "%", number(num) + "/" + number(den),
                    ThresholdFigures.sourceOf(u, spec.figure()), out);
        }
    }

    private static void single(ThresholdFigures figures, ThresholdSpec spec, UnitFigures u, List<Finding> out) {
        Double value = u.value(spec.figure());
        if (value == null) {
            missing(figures, spec, u, spec.figure(), out);
        } else if (!spec.op().holds(value, spec.target())) {
            String unitText = spec.kind() == ThresholdSpec.Kind.PERCENT ? "%" : "";
            below(figures, spec, u, number(value) + unitText, number(spec.target()) + unitText, "",
                    ThresholdFigures.sourceOf(u, spec.figure()), out);
        }
    }

    /** A per-quarter count declared without the register that dates each event (QuarterCheck judges the register). */
    private static void declaredPerQuarter(ThresholdFigures figures, ThresholdSpec spec, UnitFigures u, List<Finding> out) {
        if (!ThresholdFigures.declaredOnly(spec, u)) return;
        Double declared = u.value(spec.figure());
        if (declared == null) {
            missing(figures, spec, u, spec.figure(), out);
        } else if (!figures.declaredMeets(spec, declared)) {
            out.add(ThresholdRules.BELOW_TARGET.at(figures.locationOf(u, spec.figure(), null), u.unit(), spec.task(),
                    spec.id(), thresholdName(spec), number(declared), spec.op().symbol(),
                    number(spec.target() * figures.endedQuarters().size()), "", ""));
        }
    }

    private static void annualReport(ThresholdFigures figures, ThresholdSpec spec, UnitFigures u, List<Finding> out) {
        if (!ThresholdFigures.hasAnnualReport(u)) {
            if (!figures.annualReportDue()) return;
            if (!ThresholdFigures.hasReportDate(u)) missing(figures, spec, u, "annual_report_date", out);
            if (!ThresholdFigures.hasReportLink(u)) missing(figures, spec, u, "annual_report_url", out);
            return;
        }
        if (figures.annualReportInQ1(u)) return;
        Figure date = u.declared().get("annual_report_date");
        out.add(ThresholdRules.BELOW_TARGET.at(date.location(), u.unit(), spec.task(), spec.id(), thresholdName(spec),
                date.date().toString(), "", figures.year() + "-01-01 ~ " + figures.firstQuarterEnd(), "", ""));
    }

    /** Only the task's lead is asked for a figure nobody declared. */
    private static void missing(ThresholdFigures figures, ThresholdSpec spec, UnitFigures u, String figure, List<Finding> out) {
        if (!figures.isLead(spec, u.unit())) return;
        out.add(ThresholdRules.FIGURE_MISSING.at(Location.file(figures.metricsPath(u)), u.unit(), spec.task(), figure,
                figureName(figure), figure, thresholdName(spec)));
    }

    private static void below(ThresholdFigures figures, ThresholdSpec spec, UnitFigures u, String value, String target,
                              String detail, String source, List<Finding> out) {
        out.add(figures.level(ThresholdRules.BELOW_TARGET.at(figures.locationOf(u, spec.figure(), source), u.unit(),
                spec.task(), spec.id(), thresholdName(spec), value, spec.op().symbol(), target, detail,
                figures.running() ? "1" : "")));
    }

    private static String reviewRateTask() {
        return ThresholdSpecs.BUILT_IN.stream().filter(s -> s.id().equals("review_rate")).map(ThresholdSpec::task)
                .findFirst().orElse(null);
    }
}
