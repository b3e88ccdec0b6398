package dossier.write.report;

import dossier.i18n.ThresholdText;
import dossier.model.Finding;
import dossier.model.Indicator;
import dossier.model.TaskState;
import dossier.model.TaskStatus;
import dossier.model.ThresholdResult.Status;
import dossier.model.ThresholdResult;
import dossier.model.ThresholdSpec;
import dossier.model.Unit;
import dossier.model.Waiver;
import dossier.shared.IndicatorIds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Results against every threshold, and the gaps (短板弱项) by unit. Counts only: never officers' names. */
final class ThresholdSection {
    private final List<ThresholdResult> results;
    private final Map<String, Indicator> indicators;
    private final ThresholdText text;

    ThresholdSection(List<ThresholdResult> results, Map<String, Indicator> indicators, ThresholdText text) {
        this.results = results;
        this.indicators = indicators;
        this.text = text;
    }

    List<ReportModel.ThresholdGroup> groups() {
        Map<TaskThreshold, List<ThresholdResult>> grouped = new LinkedHashMap<>();
        for (ThresholdResult r : results) {
            grouped.computeIfAbsent(new TaskThreshold(r.spec().task(), r.spec().id()), k -> new ArrayList<>()).add(r);
        }
        List<TaskThreshold> keys = new ArrayList<>(grouped.keySet());
        keys.sort(Comparator.comparing(TaskThreshold::task, IndicatorIds.ORDER));
        List<ReportModel.ThresholdGroup> out = new ArrayList<>();
        for (TaskThreshold key : keys) {
            List<ThresholdResult> rs = grouped.get(key);
            ThresholdSpec spec = rs.get(0).spec();
            Indicator i = indicators.get(spec.task());
            List<ReportModel.ThresholdRow> rows = rs.stream().map(this::row).toList();
            int checked = (int) rs.stream().filter(r -> r.status() != Status.NOT_APPLICABLE).count();
            int passed = (int) rs.stream().filter(r -> r.status() == Status.PASS).count();
            List<String> shortUnits = rs.stream().filter(ThresholdSection::short_).map(ThresholdResult::unit).toList();
            out.add(new ReportModel.ThresholdGroup(spec.id(), text.label(spec), spec.task(), i == null ? "" : i.name(),
                    i == null ? "" : i.area(), text.measure(spec), spec.op().symbol(), spec.target(),
                    text.target(spec), checked, passed, rows, shortUnits));
        }
        return out;
    }

    /** One threshold of one task: the results of every unit are shown together. */
    private record TaskThreshold(String task, String threshold) {
    }

    /** Falls short: failed, not yet met while the period runs, or its figure is missing. */
    static boolean short_(ThresholdResult r) {
        return r.status() == Status.FAIL || r.status() == Status.PROGRESS || r.status() == Status.MISSING;
    }

    private ReportModel.ThresholdRow row(ThresholdResult r) {
        Shortfall s = Shortfall.of(r);
        return new ReportModel.ThresholdRow(r.unit(), r.status().id(), text.status(r), r.value(), text.value(r),
                s.count(), s.kind(), s.officers());
    }

    /** A gap whose findings are all waived stays listed, marked with the waiver's reason, and is counted apart. */
    ReportModel.Gaps gaps(List<TaskStatus> statuses, List<Unit> units, List<Finding> findings) {
        Set<String> order = new LinkedHashSet<>();
        units.forEach(u -> order.add(u.name()));
        statuses.forEach(s -> order.add(s.task().unit()));
        results.forEach(r -> order.add(r.unit()));
        GapWaivers waivers = new GapWaivers(findings);
        // each unit's tasks and results, in their own order, grouped once rather than searched per unit
        Map<String, List<TaskStatus>> statusesOf = new HashMap<>();
        statuses.forEach(s -> statusesOf.computeIfAbsent(s.task().unit(), u -> new ArrayList<>()).add(s));
        Map<String, List<ThresholdResult>> resultsOf = new HashMap<>();
        results.forEach(r -> resultsOf.computeIfAbsent(r.unit(), u -> new ArrayList<>()).add(r));
        int missing = 0, explained = 0, deferred = 0, gapsCount = 0, below = 0, uncertified = 0, waived = 0;
        List<ReportModel.UnitGaps> out = new ArrayList<>();
        for (String unit : order) {
            List<TaskStatus> own = statusesOf.getOrDefault(unit, List.of());
            List<ReportModel.Ref> m = refs(own, TaskState.MISSING, waivers);
            List<ReportModel.Ref> e = refs(own, TaskState.EXPLAINED, waivers);
            List<ReportModel.Ref> d = refs(own, TaskState.DEFERRED, waivers);
            List<ReportModel.ThresholdGap> t = new ArrayList<>();
            for (ThresholdResult r : resultsOf.getOrDefault(unit, List.of())) {
                if (!short_(r)) continue;
                Shortfall s = Shortfall.of(r);
                Waiver waiver = waivers.of(r);
                t.add(new ReportModel.ThresholdGap(r.spec().id(), text.label(r.spec()), r.spec().task(), r.status().id(),
                        text.status(r), text.value(r), text.target(r.spec()), r.spec().target(), s.count(), s.kind(),
                        waiver != null, reason(waiver)));
                if (waiver != null) {
                    waived++;
                    continue;
                }
                gapsCount++;
                if (s.count() != null && Shortfall.BELOW.equals(s.kind())) below += s.count();
                if (s.count() != null && Shortfall.UNCERTIFIED.equals(s.kind())) uncertified += s.count();
            }
            missing += unwaived(m);
            explained += unwaived(e);
            deferred += unwaived(d);
            waived += m.size() - unwaived(m) + e.size() - unwaived(e) + d.size() - unwaived(d);
            if (!m.isEmpty() || !e.isEmpty() || !t.isEmpty()) out.add(new ReportModel.UnitGaps(unit, m, e, d, t));
        }
        return new ReportModel.Gaps(missing, explained, deferred, gapsCount, below, uncertified, out, waived);
    }

    private static int unwaived(List<ReportModel.Ref> refs) {
        return (int) refs.stream().filter(r -> !r.waived()).count();
    }

    private List<ReportModel.Ref> refs(List<TaskStatus> unitStatuses, TaskState state, GapWaivers waivers) {
        return unitStatuses.stream().filter(s -> s.state() == state)
                .map(s -> {
                    Waiver waiver = waivers.of(s);
                    return new ReportModel.Ref(s.task().indicator(), name(s.task().indicator()), waiver != null, reason(waiver));
                }).toList();
    }

    private static String reason(Waiver w) {
        return w == null || w.reason() == null ? "" : w.reason();
    }

    private String name(String id) {
        Indicator i = indicators.get(id);
        return i == null ? "" : i.name();
    }

    /** What falls short, counted: officers below the hours, officers without a certificate. */
    record Shortfall(Integer count, String kind, Integer officers) {
        static final String BELOW = "officers_below";
        static final String UNCERTIFIED = "officers_uncertified";

        static Shortfall of(ThresholdResult r) {
            Map<String, Object> in = r.inputs();
            return switch (r.spec().kind()) {
                case PER_PERSON -> new Shortfall(number(in.get("below")), BELOW, number(in.get("officers")));
                case ALL_CERTIFIED -> {
                    Integer staff = number(in.get("enforcement_staff"));
                    Integer certified = number(in.get("certified_staff"));
                    yield new Shortfall(staff == null || certified == null ? null : Math.max(0, staff - certified),
                            UNCERTIFIED, staff);
                }
                default -> new Shortfall(null, null, null);
            };
        }

        private static Integer number(Object o) {
            return o instanceof Number n ? n.intValue() : null;
        }
    }
}
