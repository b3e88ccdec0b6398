package dossier.check;

import dossier.core.ThresholdSpecs;
import dossier.core.UnitFigures;
import dossier.i18n.Localized;
import dossier.model.Campaign;
import dossier.model.DatedEvent;
import dossier.model.Figure;
import dossier.model.Finding;
import dossier.model.Indicator;
import dossier.model.Location;
import dossier.model.NormativeDoc;
import dossier.model.Officer;
import dossier.model.Period;
import dossier.model.RegisterKind;
import dossier.model.Severity;
import dossier.model.ThresholdResult;
import dossier.model.ThresholdResult.Status;
import dossier.model.ThresholdSpec;
import dossier.model.TrainingRow;
import dossier.shared.ChineseText;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the threshold checks share: the thresholds in force, the units each applies to, and what
 * a unit's figures come to against each (the per-unit results every output shows). While the
 * period runs a target not yet met shows progress; once it has ended it fails.
 */
final class ThresholdFigures {
    /** One threshold for one unit it applies to, in the order thresholds are in force and units are listed. */
    record Applied(ThresholdSpec spec, UnitFigures unit) {
    }

    /**
     * A unit's training log against its roster: each row goes to the officer its own 执法证号
     * names, else to the one its 姓名 names.
     *
     * @param sharedNames rows with only a name that several officers share, per name: they count for no one
     * @param unmatched   rows whose 执法证号 no officer of the roster has: they count for no one
     */
    record Training(Map<Officer, Double> hours, Map<String, List<TrainingRow>> sharedNames,
                    Map<String, Integer> officersNamed, List<TrainingRow> unmatched) {
    }

    private final Campaign campaign;
    private final Map<String, UnitFigures> figures;
    private final LocalDate asOf;
    private final Period period;
    private final boolean running;
    private final List<Applied> applied = new ArrayList<>();
    /** Each roster unit's training log is matched once per run, for its results and for the officer check alike. */
    private final Map<UnitFigures, Training> trainings = new IdentityHashMap<>();

    ThresholdFigures(RepositoryModel model) {
        this.campaign = model.campaign();
        this.figures = model.figures();
        this.asOf = model.asOf();
        this.period = campaign.settings().period();
        this.running = !asOf.isAfter(period.end());
        List<String> taskIds = campaign.indicators().stream().map(Indicator::id).toList();
        for (ThresholdSpec spec : ThresholdSpecs.inForce(campaign.settings(), taskIds)) {
            for (String unit : unitsFor(spec)) applied.add(new Applied(spec, of(unit)));
        }
    }

    List<Applied> applied() {
        return applied;
    }

    int year() {
        return campaign.settings().year();
    }

    private UnitFigures of(String unit) {
        return figures.getOrDefault(unit, UnitFigures.none(unit));
    }

    private List<String> unitsFor(ThresholdSpec spec) {
        Indicator indicator = campaign.indicators().stream().filter(i -> i.id().equals(spec.task())).findFirst().orElse(null);
        String lead = indicator == null ? null : indicator.lead();
        List<String> out = new ArrayList<>();
        for (var unit : campaign.units()) {
            String name = unit.name();
            UnitFigures u = of(name);
            boolean roster = u.registers().has(RegisterKind.ROSTER);
            boolean applies = switch (spec.appliesTo()) {
                case LEAD -> lead == null ? hasAny(u, spec) : name.equals(lead);
                case UNITS_WITH_STAFF -> roster || positive(u.value("enforcement_staff"));
                case UNITS_WITH_ROSTER -> roster;
                case LEAD_AND_REGISTER_HOLDERS -> name.equals(lead) || (spec.register() != null && u.registers().has(spec.register()))
                        || (lead == null && hasAny(u, spec));
            };
            if (applies) out.add(name);
        }
        return out;
    }

    private static boolean hasAny(UnitFigures u, ThresholdSpec spec) {
        return u.value(spec.figure()) != null || u.declared().containsKey(spec.figure())
                || (spec.register() != null && u.registers().has(spec.register()));
    }

    private static boolean positive(Double d) {
        return d != null && d > 0;
    }

    // ------------------------------------------------------------------ results

    /** Each threshold's result for each unit it applies to. */
    List<ThresholdResult> results() {
        List<ThresholdResult> out = new ArrayList<>();
        for (Applied a : applied) out.add(result(a.spec(), a.unit()));
        return out;
    }

    private ThresholdResult result(ThresholdSpec spec, UnitFigures u) {
        return switch (spec.kind()) {
            case RATIO -> ratio(spec, u);
            case PER_PERSON -> perPerson(spec, u);
            case ALL_CERTIFIED -> certified(spec, u);
            case COUNT, PERCENT -> single(spec, u);
            case COUNT_PER_QUARTER -> perQuarter(spec, u);
            case ANNUAL_REPORT -> annualReport(spec, u);
        };
    }

    private ThresholdResult ratio(ThresholdSpec spec, UnitFigures u) {
        Map<String, Object> inputs = inputs(u, spec.figure(), spec.denominator());
        Double value = ratioValue(spec, u);
        if (value == null) {
            boolean zero = u.value(spec.figure()) != null && u.value(spec.denominator()) != null;
            return result(spec, u, zero ? Status.NOT_APPLICABLE : Status.MISSING, null, inputs);
        }
        boolean met = spec.op().holds(value, spec.target());
        // a document issued without review is the shortfall itself (THR007), whether or not the period runs
        boolean unreviewed = !met && unreviewedCounts(spec) && !unreviewed(u).isEmpty();
        return result(spec, u, met ? Status.PASS : unreviewed ? Status.FAIL : shortfall(), value, inputs);
    }

    /** The percentage a RATIO comes to, or null when a figure is missing or the denominator is 0. */
    static Double ratioValue(ThresholdSpec spec, UnitFigures u) {
        Double num = u.value(spec.figure());
        Double den = u.value(spec.denominator());
        if (num == null || den == null || den == 0) return null;
        return round(100.0 * num / den);
    }

    /** Whether documents issued without review are what a shortfall of this threshold is (the review rate). */
    static boolean unreviewedCounts(ThresholdSpec spec) {
        return spec.register() == RegisterKind.NORMATIVE_DOCS;
    }

    static List<NormativeDoc> unreviewed(UnitFigures u) {
        return u.registers().normativeDocs().stream().filter(d -> !d.reviewed()).toList();
    }

    private ThresholdResult perPerson(ThresholdSpec spec, UnitFigures u) {
        List<Officer> officers = u.registers().officers();
        Map<String, Object> inputs = inputs(u, "enforcement_staff");
        inputs.put("training", u.registerFile(RegisterKind.TRAINING));
        if (officers.isEmpty()) return result(spec, u, Status.NOT_APPLICABLE, null, inputs);
        int below = officersBelow(spec, u, training(u)).size();
        inputs.put("officers", officers.size());
        inputs.put("below", below);
        return result(spec, u, below == 0 ? Status.PASS : shortfall(), (double) (officers.size() - below), inputs);
    }

    /** The roster's officers whose training hours fall short of a PER_PERSON target, with their hours. */
    static Map<Officer, Double> officersBelow(ThresholdSpec spec, UnitFigures u, Training training) {
        Map<Officer, Double> hours = training.hours();
        Map<Officer, Double> below = new LinkedHashMap<>();
        for (Officer o : u.registers().officers()) {
            double h = hours.getOrDefault(o, 0.0);
            if (!spec.op().holds(h, spec.target())) below.put(o, h);
        }
        return below;
    }

    Training training(UnitFigures u) {
        return trainings.computeIfAbsent(u, ThresholdFigures::matchTraining);
    }

    private static Training matchTraining(UnitFigures u) {
        Map<String, Officer> byCertificate = new HashMap<>();
        Map<String, List<Officer>> byName = new HashMap<>();
        for (Officer o : u.registers().officers()) {
            if (!o.certificate().isBlank()) byCertificate.put(ChineseText.compact(o.certificate()), o);
            byName.computeIfAbsent(ChineseText.compact(o.name()), k -> new ArrayList<>()).add(o);
        }
        Map<Officer, Double> hours = new IdentityHashMap<>();
        Map<String, List<TrainingRow>> shared = new LinkedHashMap<>();
        List<TrainingRow> unmatched = new ArrayList<>();
        for (TrainingRow t : u.registers().training()) {
            Officer officer;
            if (!t.certificate().isBlank()) {
                officer = byCertificate.get(ChineseText.compact(t.certificate()));
                if (officer == null) unmatched.add(t);
            } else {
                String name = ChineseText.compact(t.name());
                List<Officer> named = byName.getOrDefault(name, List.of());
                if (named.size() > 1) shared.computeIfAbsent(name, k -> new ArrayList<>()).add(t);
                officer = named.size() == 1 ? named.get(0) : null;
            }
            if (officer != null) hours.merge(officer, t.hours(), Double::sum);
        }
        Map<String, Integer> named = new HashMap<>();
        shared.keySet().forEach(n -> named.put(n, byName.get(n).size()));
        return new Training(hours, shared, named, unmatched);
    }

    private ThresholdResult certified(ThresholdSpec spec, UnitFigures u) {
        List<Officer> officers = u.registers().officers();
        Map<String, Object> inputs = inputs(u, "enforcement_staff", "certified_staff");
        if (officers.isEmpty()) return result(spec, u, Status.NOT_APPLICABLE, null, inputs);
        long without = officers.stream().filter(o -> o.certificate().isBlank()).count();
        double value = round(100.0 * (officers.size() - without) / officers.size());
        return result(spec, u, without == 0 ? Status.PASS : Status.FAIL, value, inputs);
    }

    private ThresholdResult single(ThresholdSpec spec, UnitFigures u) {
        Double value = u.value(spec.figure());
        Map<String, Object> inputs = inputs(u, spec.figure());
        if (value == null) return result(spec, u, Status.MISSING, null, inputs);
        boolean met = spec.op().holds(value, spec.target());
        return result(spec, u, met ? Status.PASS : shortfall(), value, inputs);
    }

    private ThresholdResult perQuarter(ThresholdSpec spec, UnitFigures u) {
        Map<String, Object> inputs = inputs(u, spec.figure());
        List<LocalDate[]> judged = endedQuarters();
        inputs.put("quartersJudged", judged.size());
        if (declaredOnly(spec, u)) {
            Double declared = u.value(spec.figure());
            if (declared == null) return result(spec, u, Status.MISSING, null, inputs);
            return result(spec, u, declaredMeets(spec, declared) ? Status.PASS : Status.FAIL, declared, inputs);
        }
        int empty = emptyQuarters(spec, u).size();
        // an ended quarter can no longer be met, whether or not the period still runs
        return result(spec, u, empty == 0 ? Status.PASS : Status.FAIL, (double) (judged.size() - empty), inputs);
    }

    /** A per-quarter threshold judged on a declared count, for want of the register that dates each event. */
    static boolean declaredOnly(ThresholdSpec spec, UnitFigures u) {
        return !u.registers().has(RegisterKind.LAW_STUDY) && spec.register() == RegisterKind.LAW_STUDY;
    }

    /** Fewer events than the ended quarters need: some ended quarter went without, which no later event can mend. */
    boolean declaredMeets(ThresholdSpec spec, double declared) {
        return declared >= spec.target() * endedQuarters().size();
    }

    /** The ended quarters with fewer dated events than the target. */
    List<LocalDate[]> emptyQuarters(ThresholdSpec spec, UnitFigures u) {
        List<LocalDate[]> out = new ArrayList<>();
        for (LocalDate[] q : endedQuarters()) {
            long n = u.registers().lawStudies().stream().map(DatedEvent::date)
                    .filter(d -> !d.isBefore(q[0]) && !d.isAfter(q[1])).count();
            if (n < spec.target()) out.add(q);
        }
        return out;
    }

    /** The calendar quarters of the period (clipped to it) that have ended by as-of. */
    List<LocalDate[]> endedQuarters() {
        List<LocalDate[]> out = new ArrayList<>();
        YearMonth first = YearMonth.from(period.start());
        LocalDate start = first.withMonth((first.getMonthValue() - 1) / 3 * 3 + 1).atDay(1);
        while (!start.isAfter(period.end())) {
            LocalDate end = start.plusMonths(3).minusDays(1);
            LocalDate from = start.isBefore(period.start()) ? period.start() : start;
            LocalDate to = end.isAfter(period.end()) ? period.end() : end;
            if (to.isBefore(asOf)) out.add(new LocalDate[]{from, to});
            start = start.plusMonths(3);
        }
        return out;
    }

    private ThresholdResult annualReport(ThresholdSpec spec, UnitFigures u) {
        Map<String, Object> inputs = inputs(u, "annual_report_date", "annual_report_url");
        if (!hasAnnualReport(u)) return result(spec, u, annualReportDue() ? Status.MISSING : Status.PROGRESS, null, inputs);
        boolean inQ1 = annualReportInQ1(u);
        return result(spec, u, inQ1 ? Status.PASS : Status.FAIL, inQ1 ? 1.0 : 0.0, inputs);
    }

    static boolean hasReportDate(UnitFigures u) {
        Figure date = u.declared().get("annual_report_date");
        return date != null && date.date() != null;
    }

    static boolean hasReportLink(UnitFigures u) {
        Figure url = u.declared().get("annual_report_url");
        return url != null && url.text() != null && !url.text().isBlank();
    }

    static boolean hasAnnualReport(UnitFigures u) {
        return hasReportDate(u) && hasReportLink(u);
    }

    /** Last year's report is due by the end of the first quarter. */
    boolean annualReportDue() {
        return asOf.isAfter(firstQuarterEnd());
    }

    LocalDate firstQuarterEnd() {
        return LocalDate.of(year(), 3, 31);
    }

    boolean annualReportInQ1(UnitFigures u) {
        LocalDate date = u.declared().get("annual_report_date").date();
        return !date.isBefore(LocalDate.of(year(), 1, 1)) && !date.isAfter(firstQuarterEnd());
    }

    // ------------------------------------------------------------------ shared by the checks

    /** Whether a unit leads the threshold's task (a task without a lead is everyone's to declare). */
    boolean isLead(ThresholdSpec spec, String unit) {
        return campaign.indicators().stream().filter(i -> i.id().equals(spec.task()))
                .anyMatch(i -> i.lead() == null || unit.equals(i.lead()));
    }

    String metricsPath(UnitFigures u) {
        if (u.metricsFile() != null) return u.metricsFile();
        return campaign.settings().evidence() + "/" + u.unit() + "/metrics.yaml";
    }

    /** The register a figure was counted from, else its line in metrics.yaml, else that file. */
    Location locationOf(UnitFigures u, String figure, String source) {
        if (source != null) return Location.file(source);
        Figure declared = u.declared().get(figure);
        return declared != null ? declared.location() : Location.file(metricsPath(u));
    }

    static String sourceOf(UnitFigures u, String figure) {
        RegisterKind kind = UnitFigures.registerOf(figure);
        return kind == null || u.derived(figure) == null ? null : u.registerFile(kind);
    }

    boolean running() {
        return running;
    }

    /** While the period runs, a target not met is a warning that shows progress. */
    Finding level(Finding f) {
        return running ? f.withSeverity(Severity.WARNING) : f;
    }

    private Status shortfall() {
        return running ? Status.PROGRESS : Status.FAIL;
    }

    static Localized thresholdName(ThresholdSpec spec) {
        return Localized.of("threshold." + spec.id());
    }

    static Localized figureName(String key) {
        return Localized.of("figure." + key);
    }

    private static Map<String, Object> inputs(UnitFigures u, String... names) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String n : names) {
            if (n == null) continue;
            Double v = u.value(n);
            m.put(n, v == null ? null : (Object) number(v));
            Figure f = u.declared().get(n);
            if (f != null && f.date() != null) m.put(n, f.date().toString());
            if (f != null && f.text() != null && f.number() == null && f.date() == null) m.put(n, f.text());
            RegisterKind kind = UnitFigures.registerOf(n);
            if (kind != null && u.derived(n) != null) m.put(n + "Source", u.registerFile(kind));
            else if (f != null) m.put(n + "Source", f.location().file());
        }
        return m;
    }

    private static ThresholdResult result(ThresholdSpec spec, UnitFigures u, Status status, Double value,
                                          Map<String, Object> inputs) {
        Map<String, Object> clean = new LinkedHashMap<>();
        inputs.forEach((k, v) -> {
            if (v != null) clean.put(k, v);
        });
        return new ThresholdResult(spec, u.unit(), status, value, clean);
    }

    /** A whole number without its ".0", as messages and the json show figures. */
    static Object number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
    }

    private static double round(double d) {
        return Math.round(d * 10) / 10.0;
    }
}
