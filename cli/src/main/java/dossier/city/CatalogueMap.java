package dossier.city;

import dossier.core.ThresholdSpecs;
import dossier.model.City;
import dossier.model.DistrictResult.IndicatorTally;
import dossier.model.DistrictResult;
import dossier.model.Indicator;
import dossier.model.TaskState;
import dossier.model.ThresholdSpec;
import dossier.model.Upcoming;
import dossier.read.BuiltinCatalogue;
import dossier.shared.ChineseText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Brings one district's indicators onto the built-in catalogue's ids, on evidence only: the same
 * indicator name; or a built-in threshold that the district's dossier.yaml re-keyed to this id;
 * or the same id under the same area. Anything else is listed as unmapped, never guessed.
 */
final class CatalogueMap {
    private static final List<Indicator> CATALOGUE = BuiltinCatalogue.indicators(List.of());
    private static final Map<String, Indicator> BY_ID = new LinkedHashMap<>();
    private static final Map<String, Indicator> BY_NAME = new HashMap<>();
    private static final Map<String, String> THRESHOLD_TASK = new HashMap<>();
    /** Threshold ids in the order of SPEC §4, so every output lists them alike. */
    static final List<String> THRESHOLD_ORDER = ThresholdSpecs.BUILT_IN.stream().map(ThresholdSpec::id).toList();

    private static final Map<String, Integer> POSITION = new HashMap<>();

    static {
        for (Indicator i : CATALOGUE) {
            POSITION.put(i.id(), POSITION.size());
            BY_ID.put(i.id(), i);
            BY_NAME.put(ChineseText.compact(i.name()), i);
        }
        for (ThresholdSpec s : ThresholdSpecs.BUILT_IN) THRESHOLD_TASK.put(s.id(), s.task());
    }

    record Mapped(City.Totals totals, List<City.Unmapped> unmapped) {
    }

    private CatalogueMap() {
    }

    static Mapped map(DistrictResult r, String district) {
        Map<String, String> rekeyed = rekeyed(r);
        Map<String, int[]> byBuiltin = new HashMap<>();
        Map<TaskState, Integer> overall = empty();
        int overdue = 0;
        List<City.Unmapped> unmapped = new ArrayList<>();
        for (IndicatorTally t : r.indicators()) {
            t.states().forEach((s, n) -> overall.merge(s, n, Integer::sum));
            overdue += t.overdue();
            String id = builtinId(t, rekeyed);
            int tasks = t.states().values().stream().mapToInt(Integer::intValue).sum();
            if (id == null) {
                if (tasks > 0) unmapped.add(new City.Unmapped(district, t.id(), t.name(), tasks, t.overdue()));
                continue;
            }
            int[] counts = byBuiltin.computeIfAbsent(id, k -> new int[TaskState.values().length + 1]);
            t.states().forEach((s, n) -> counts[s.ordinal()] += n);
            counts[TaskState.values().length] += t.overdue();
        }
        List<IndicatorTally> indicators = new ArrayList<>();
        for (Indicator i : CATALOGUE) {
            int[] counts = byBuiltin.getOrDefault(i.id(), new int[TaskState.values().length + 1]);
            Map<TaskState, Integer> states = empty();
            for (TaskState s : TaskState.values()) states.put(s, counts[s.ordinal()]);
            indicators.add(new IndicatorTally(i.id(), i.area(), i.name(), states, counts[TaskState.values().length]));
        }
        Map<String, Map<String, Integer>> thresholds = thresholds(r.thresholds());
        List<Upcoming> upcoming = upcoming(r, rekeyed);
        if (r.totals() != null) {
            return new Mapped(new City.Totals(r.totals().overall(), r.totals().overdue(), indicators, thresholds,
                    new TreeMap<>(r.findings()), upcoming, r.dueTasks(), r.longestOverdue()), unmapped);
        }
        return new Mapped(new City.Totals(overall, overdue, indicators, thresholds, new TreeMap<>(r.findings()), upcoming,
                r.dueTasks(), r.longestOverdue()), unmapped);
    }

    /**
     * The district's upcoming tasks under the catalogue's ids, mapped as its indicators are; an
     * indicator that maps to none keeps the district's own id and name, as in the unmapped list.
     */
    private static List<Upcoming> upcoming(DistrictResult r, Map<String, String> rekeyed) {
        Map<String, IndicatorTally> own = new HashMap<>();
        for (IndicatorTally t : r.indicators()) own.put(t.id(), t);
        List<Upcoming> out = new ArrayList<>();
        for (Upcoming u : r.upcoming()) {
            IndicatorTally t = own.getOrDefault(u.indicator(), new IndicatorTally(u.indicator(), null, u.indicatorName(), empty(), 0));
            String id = builtinId(t, rekeyed);
            out.add(id == null ? u : new Upcoming(id, BY_ID.get(id).name(), u.due(), u.tasks()));
        }
        return merged(out);
    }

    /** Entries for the same indicator and day summed, by day, then the catalogue's order, then id and name. */
    static List<Upcoming> merged(List<Upcoming> entries) {
        Map<List<Object>, Upcoming> byKey = new HashMap<>();
        for (Upcoming u : entries) {
            byKey.merge(List.of(u.indicator(), u.indicatorName(), u.due()), u,
                    (a, b) -> new Upcoming(a.indicator(), a.indicatorName(), a.due(), a.tasks() + b.tasks()));
        }
        List<Upcoming> out = new ArrayList<>(byKey.values());
        out.sort(UPCOMING_ORDER);
        return out;
    }

    /** By day, then the catalogue's order (an indicator not in it after those that are), then id and name. */
    static final Comparator<Upcoming> UPCOMING_ORDER = Comparator.comparing(Upcoming::due)
            .thenComparingInt((Upcoming u) -> position(u.indicator()))
            .thenComparing(Upcoming::indicator).thenComparing(Upcoming::indicatorName);

    private static int position(String builtinId) {
        Integer at = POSITION.get(builtinId);
        return at == null ? Integer.MAX_VALUE : at;
    }

    /** District id → built-in id, from built-in thresholds found under another id than their own. */
    private static Map<String, String> rekeyed(DistrictResult r) {
        Map<String, String> out = new HashMap<>();
        Map<String, Boolean> conflicting = new HashMap<>();
        for (DistrictResult.ThresholdTally t : r.thresholds()) {
            String builtin = THRESHOLD_TASK.get(t.id());
            if (builtin == null || t.task() == null || t.task().equals(builtin)) continue;
            String before = out.putIfAbsent(t.task(), builtin);
            if (before != null && !before.equals(builtin)) conflicting.put(t.task(), true);
        }
        conflicting.keySet().forEach(out::remove);
        return out;
    }

    private static String builtinId(IndicatorTally t, Map<String, String> rekeyed) {
        Indicator byName = t.name() == null ? null : BY_NAME.get(ChineseText.compact(t.name()));
        if (byName != null) return byName.id();
        if (rekeyed.containsKey(t.id())) return rekeyed.get(t.id());
        Indicator byId = BY_ID.get(t.id());
        if (byId != null && t.area() != null && ChineseText.compact(t.area()).equals(ChineseText.compact(byId.area()))) {
            return byId.id();
        }
        return null;
    }

    /** Threshold id → status → count, built-in thresholds first in their order, then the district's own by id. */
    static Map<String, Map<String, Integer>> thresholds(List<DistrictResult.ThresholdTally> tallies) {
        Map<String, Map<String, Integer>> byId = new HashMap<>();
        for (DistrictResult.ThresholdTally t : tallies) {
            Map<String, Integer> m = byId.computeIfAbsent(t.id(), k -> new TreeMap<>());
            t.statuses().forEach((s, n) -> m.merge(s, n, Integer::sum));
        }
        return ordered(byId);
    }

    static Map<String, Map<String, Integer>> ordered(Map<String, Map<String, Integer>> byId) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (String id : THRESHOLD_ORDER) if (byId.containsKey(id)) out.put(id, byId.get(id));
        new TreeMap<>(byId).forEach(out::putIfAbsent);
        return out;
    }

    static Map<TaskState, Integer> empty() {
        Map<TaskState, Integer> m = new EnumMap<>(TaskState.class);
        for (TaskState s : TaskState.values()) m.put(s, 0);
        return m;
    }

    /** The built-in task a threshold attaches to, or null for a district's own threshold. */
    static String taskOf(String threshold) {
        return THRESHOLD_TASK.get(threshold);
    }
}
