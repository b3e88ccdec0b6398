package dossier.core;

import dossier.i18n.Localized;
import dossier.model.Campaign;
import dossier.model.DatedEvent;
import dossier.model.Figure;
import dossier.model.Finding;
import dossier.model.Indicator;
import dossier.model.Location;
import dossier.model.Officer;
import dossier.model.Period;
import dossier.model.RegisterKind;
import dossier.model.Severity;
import dossier.model.ThresholdResult.Status;
import dossier.model.ThresholdResult;
import dossier.model.ThresholdSpec;
import dossier.model.TrainingRow;
import dossier.rules.Rule;
import dossier.rules.ThresholdRules;
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
 * Checks every threshold in force for every unit it applies to. While the period runs, a target
 * not yet met is a warning that shows progress and only ended quarters are judged; once it has
 * ended, both are errors. A figure missing altogether is an error for the task's lead.
 */
public final class ThresholdEngine {
    public record Outcome(List<ThresholdResult> results, List<Finding> findings) {
    }

    private final Campaign campaign;
    private final Map<String, UnitFigures> figures;
    private final LocalDate asOf;
    private final Period period;
    private final boolean running;
    private final List<ThresholdResult> results = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    private ThresholdEngine(Campaign campaign, Map<String, UnitFigures> figures, LocalDate asOf) {
        this.campaign = campaign;
        this.figures = figures;
        this.asOf = asOf;
        this.period = campaign.settings().period();
        this.running = !asOf.isAfter(period.end());
    }

    public static Outcome evaluate(Campaign campaign, List<ThresholdSpec> specs, Map<String, UnitFigures> figures,
                                   LocalDate asOf) {
        ThresholdEngine e = new ThresholdEngine(campaign, figures, asOf);
        e.registerFindings();
        for (ThresholdSpec spec : specs) {
            for (String unit : e.unitsFor(spec)) e.evaluate(spec, unit);
        }
        return new Outcome(e.results, e.findings);
    }

    /** Declared figures that disagree with their register, and rows left out of the period. */
    private void registerFindings() {
        for (UnitFigures u : figures.values()) {
            for (Figure f : u.declared().values()) {
                Integer derived = u.derived(f.key());
                if (derived == null || f.number() == null || Math.abs(f.number() - derived) < 1e-9) continue;
                String register = u.registerFile(UnitFigures.registerOf(f.key()));
                findings.add(ThresholdRules.DECLARED_DIFFERS.at(f.location(), u.unit(), null, f.key(),
                        figureName(f.key()), number(f.number()), register, derived));
            }
            u.registers().outsidePeriod().forEach((kind, n) -> {
                if (n > 0) {
                    String file = u.registerFile(kind);
                    findings.add(ThresholdRules.OUTSIDE_PERIOD.at(Location.file(file), u.unit(), null, kind.id(),
                            file, n, period.start(), period.end()));
                }
            });
        }
    }

    private List<String> unitsFor(ThresholdSpec spec) {
        Indicator indicator = campaign.indicators().stream().filter(i -> i.id().equals(spec.task())).findFirst().orElse(null);
        String lead = indicator == null ? null : indicator.lead();
        List<String> out = new ArrayList<>();
        for (var unit : campaign.units()) {
            String name = unit.name();
            UnitFigures u = figures.getOrDefault(name, UnitFigures.none(name));
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

    private void evaluate(ThresholdSpec spec, String unit) {
        UnitFigures u = figures.getOrDefault(unit, UnitFigures.none(unit));
        switch (spec.kind()) {
            case RATIO -> ratio(spec, u);
            case PER_PERSON -> perPerson(spec, u);
            case ALL_CERTIFIED -> certified(spec, u);
            case COUNT, PERCENT -> single(spec, u);
            case COUNT_PER_QUARTER -> perQuarter(spec, u);
            case ANNUAL_REPORT -> annualReport(spec, u);
        }
    }

    private void ratio(ThresholdSpec spec, UnitFigures u) {
        Double num = u.value(spec.figure());
        Double den = u.value(spec.denominator());
        Map<String, Object> inputs = inputs(u, spec.figure(), spec.denominator());
        if (num == null || den == null) {
            if (num == null) missing(spec, u, spec.figure());
            if (den == null) missing(spec, u, spec.denominator());
            record(spec, u, Status.MISSING, null, inputs);
            return;
        }
        if (den == 0) {
            record(spec, u, Status.NOT_APPLICABLE, null, inputs);
            return;
        }
        double value = round(100.0 * num / den);
        boolean met = spec.op().holds(value, spec.target());
        // a document issued without review is reported once, as THR007: it is the shortfall, not a cause of another
        boolean unreviewed = !met && spec.register() == RegisterKind.NORMATIVE_DOCS && unreviewed(u);
        record(spec, u, met ? Status.PASS : unreviewed ? Status.FAIL : shortfall(), value, inputs);
        if (!met && !unreviewed) {
            below(spec, u, number(value) + "%", number(spec.target()) + "%", number(num) + "/" + number(den), sourceOf(u, spec.figure()));
        }
    }

    /** THR007 for each document the register lists as issued without review; whether there was one. */
    private boolean unreviewed(UnitFigures u) {
        boolean any = false;
        for (var doc : u.registers().normativeDocs()) {
            if (!doc.reviewed()) {
                findings.add(ThresholdRules.NOT_REVIEWED.at(doc.location(), u.unit(), taskOf("review_rate"),
                        doc.number(), doc.number(), doc.title()));
                any = true;
            }
        }
        return any;
    }

    private void perPerson(ThresholdSpec spec, UnitFigures u) {
        List<Officer> officers = u.registers().officers();
        Map<String, Object> inputs = inputs(u, "enforcement_staff");
        inputs.put("training", u.registerFile(RegisterKind.TRAINING));
        if (officers.isEmpty()) {
            record(spec, u, Status.NOT_APPLICABLE, null, inputs);
            return;
        }
        Map<Officer, Double> hours = trainingHours(spec, u, officers);
        int below = 0;
        for (Officer o : officers) {
            double h = hours.getOrDefault(o, 0.0);
            if (spec.op().holds(h, spec.target())) continue;
            below++;
            findings.add(level(ThresholdRules.OFFICER_BELOW_MINIMUM.at(o.location(), u.unit(), spec.task(),
                    o.certificate().isBlank() ? o.name() : o.certificate(), o.name(), o.certificate(), number(h),
                    number(spec.target()), running ? "1" : "")));
        }
        inputs.put("officers", officers.size());
        inputs.put("below", below);
        record(spec, u, below == 0 ? Status.PASS : shortfall(), (double) (officers.size() - below), inputs);
    }

    /**
     * Each log row goes to the roster officer its own 执法证号 names, else to the one its 姓名
     * names; a name two officers share attributes the row to neither and says so.
     */
    private Map<Officer, Double> trainingHours(ThresholdSpec spec, UnitFigures u, List<Officer> officers) {
        Map<String, Officer> byCertificate = new HashMap<>();
        Map<String, List<Officer>> byName = new HashMap<>();
        for (Officer o : officers) {
            if (!o.certificate().isBlank()) byCertificate.put(ChineseText.compact(o.certificate()), o);
            byName.computeIfAbsent(ChineseText.compact(o.name()), k -> new ArrayList<>()).add(o);
        }
        Map<Officer, Double> hours = new IdentityHashMap<>();
        Map<String, List<TrainingRow>> unattributed = new LinkedHashMap<>();
        for (TrainingRow t : u.registers().training()) {
            Officer officer;
            if (!t.certificate().isBlank()) {
                officer = byCertificate.get(ChineseText.compact(t.certificate()));
            } else {
                String name = ChineseText.compact(t.name());
                List<Officer> named = byName.getOrDefault(name, List.of());
                if (named.size() > 1) unattributed.computeIfAbsent(name, k -> new ArrayList<>()).add(t);
                officer = named.size() == 1 ? named.get(0) : null;
            }
            if (officer != null) hours.merge(officer, t.hours(), Double::sum);
        }
        unattributed.forEach((name, rows) -> findings.add(ThresholdRules.TRAINING_NAME_SHARED.at(rows.get(0).location(),
                u.unit(), spec.task(), name, name, byName.get(name).size(), rows.size(),
                number(rows.stream().mapToDouble(TrainingRow::hours).sum()))));
        return hours;
    }

    private void certified(ThresholdSpec spec, UnitFigures u) {
        List<Officer> officers = u.registers().officers();
        Map<String, Object> inputs = inputs(u, "enforcement_staff", "certified_staff");
        if (officers.isEmpty()) {
            record(spec, u, Status.NOT_APPLICABLE, null, inputs);
            return;
        }
        int without = 0;
        for (Officer o : officers) {
            if (!o.certificate().isBlank()) continue;
            without++;
            findings.add(ThresholdRules.NO_CERTIFICATE.at(o.location(), u.unit(), spec.task(), o.name(), o.name()));
        }
        double value = round(100.0 * (officers.size() - without) / officers.size());
        record(spec, u, without == 0 ? Status.PASS : Status.FAIL, value, inputs);
    }

    private void single(ThresholdSpec spec, UnitFigures u) {
        Double value = u.value(spec.figure());
        Map<String, Object> inputs = inputs(u, spec.figure());
        if (value == null) {
            missing(spec, u, spec.figure());
            record(spec, u, Status.MISSING, null, inputs);
            return;
        }
        boolean met = spec.op().holds(value, spec.target());
        record(spec, u, met ? Status.PASS : shortfall(), value, inputs);
        if (!met) {
            String unitText = spec.kind() == ThresholdSpec.Kind.PERCENT ? "%" : "";
            below(spec, u, number(value) + unitText, number(spec.target()) + unitText, "", sourceOf(u, spec.figure()));
        }
    }

    private void perQuarter(ThresholdSpec spec, UnitFigures u) {
        Map<String, Object> inputs = inputs(u, spec.figure());
        List<LocalDate[]> judged = endedQuarters();
        inputs.put("quartersJudged", judged.size());
        if (!u.registers().has(RegisterKind.LAW_STUDY) && spec.register() == RegisterKind.LAW_STUDY) {
            Double declared = u.value(spec.figure());
            if (declared == null) {
                missing(spec, u, spec.figure());
                record(spec, u, Status.MISSING, null, inputs);
                return;
            }
            // fewer events than ended quarters need: some ended quarter went without, which no later event can mend
            boolean met = declared >= spec.target() * judged.size();
            record(spec, u, met ? Status.PASS : Status.FAIL, declared, inputs);
            if (!met) {
                findings.add(ThresholdRules.BELOW_TARGET.at(locationOf(u, spec.figure(), null), u.unit(), spec.task(),
                        spec.id(), Localized.of("threshold." + spec.id()), number(declared), spec.op().symbol(),
                        number(spec.target() * judged.size()), "", ""));
            }
            return;
        }
        int empty = 0;
        for (LocalDate[] q : judged) {
            long n = u.registers().lawStudies().stream().map(DatedEvent::date)
                    .filter(d -> !d.isBefore(q[0]) && !d.isAfter(q[1])).count();
            if (n >= spec.target()) continue;
            empty++;
            String label = q[0].getYear() + "Q" + ((q[0].getMonthValue() - 1) / 3 + 1);
            findings.add(ThresholdRules.EMPTY_QUARTER.at(Location.file(u.registerFile(RegisterKind.LAW_STUDY)),
                    u.unit(), spec.task(), label, label, q[0], q[1], Localized.of("threshold." + spec.id())));
        }
        // an ended quarter can no longer be met, whether or not the period still runs
        record(spec, u, empty == 0 ? Status.PASS : Status.FAIL, (double) (judged.size() - empty), inputs);
    }

    /** The calendar quarters of the period (clipped to it) that have ended by as-of. */
    private List<LocalDate[]> endedQuarters() {
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

    private void annualReport(ThresholdSpec spec, UnitFigures u) {
        int year = campaign.settings().year();
        LocalDate q1End = LocalDate.of(year, 3, 31);
        Figure date = u.declared().get("annual_report_date");
        Figure url = u.declared().get("annual_report_url");
        Map<String, Object> inputs = inputs(u, "annual_report_date", "annual_report_url");
        boolean due = asOf.isAfter(q1End);
        if (date == null || date.date() == null || url == null || url.text() == null || url.text().isBlank()) {
            if (due) {
                if (date == null || date.date() == null) missing(spec, u, "annual_report_date");
                if (url == null || url.text() == null || url.text().isBlank()) missing(spec, u, "annual_report_url");
            }
            record(spec, u, due ? Status.MISSING : Status.PROGRESS, null, inputs);
            return;
        }
        boolean inQ1 = !date.date().isBefore(LocalDate.of(year, 1, 1)) && !date.date().isAfter(q1End);
        record(spec, u, inQ1 ? Status.PASS : Status.FAIL, inQ1 ? 1.0 : 0.0, inputs);
        if (!inQ1) {
            findings.add(ThresholdRules.BELOW_TARGET.at(date.location(), u.unit(), spec.task(), spec.id(),
                    Localized.of("threshold." + spec.id()), date.date().toString(),
                    "", year + "-01-01 ~ " + q1End, "", ""));
        }
    }

    private void missing(ThresholdSpec spec, UnitFigures u, String figure) {
        if (!isLead(spec, u.unit())) return;
        findings.add(ThresholdRules.FIGURE_MISSING.at(Location.file(metricsPath(u)), u.unit(), spec.task(), figure,
                figureName(figure), figure, Localized.of("threshold." + spec.id())));
    }

    private boolean isLead(ThresholdSpec spec, String unit) {
        return campaign.indicators().stream().filter(i -> i.id().equals(spec.task()))
                .anyMatch(i -> i.lead() == null || unit.equals(i.lead()));
    }

    private String metricsPath(UnitFigures u) {
        if (u.metricsFile() != null) return u.metricsFile();
        return campaign.settings().evidence() + "/" + u.unit() + "/metrics.yaml";
    }

    private void below(ThresholdSpec spec, UnitFigures u, String value, String target, String detail, String source) {
        findings.add(level(ThresholdRules.BELOW_TARGET.at(locationOf(u, spec.figure(), source), u.unit(), spec.task(), spec.id(),
                Localized.of("threshold." + spec.id()), value, spec.op().symbol(), target, detail, running ? "1" : "")));
    }

    /** The register a figure was counted from, else its line in metrics.yaml, else that file. */
    private Location locationOf(UnitFigures u, String figure, String source) {
        if (source != null) return Location.file(source);
        Figure declared = u.declared().get(figure);
        return declared != null ? declared.location() : Location.file(metricsPath(u));
    }

    private String sourceOf(UnitFigures u, String figure) {
        RegisterKind kind = UnitFigures.registerOf(figure);
        return kind == null || u.derived(figure) == null ? null : u.registerFile(kind);
    }

    private String taskOf(String thresholdId) {
        return ThresholdSpecs.BUILT_IN.stream().filter(s -> s.id().equals(thresholdId)).map(ThresholdSpec::task)
                .findFirst().orElse(null);
    }

    /** While the period runs, a target not met is a warning that shows progress. */
    private Finding level(Finding f) {
        return running ? f.withSeverity(Severity.WARNING) : f;
    }

    private Status shortfall() {
        return running ? Status.PROGRESS : Status.FAIL;
    }

    private Map<String, Object> inputs(UnitFigures u, String... names) {
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

    private void record(ThresholdSpec spec, UnitFigures u, Status status, Double value, Map<String, Object> inputs) {
        Map<String, Object> clean = new LinkedHashMap<>();
        inputs.forEach((k, v) -> {
            if (v != null) clean.put(k, v);
        });
        results.add(new ThresholdResult(spec, u.unit(), status, value, clean));
    }

    private static Localized figureName(String key) {
        return Localized.of("figure." + key);
    }

    static Object number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
    }

    private static double round(double d) {
        return Math.round(d * 10) / 10.0;
    }
}
