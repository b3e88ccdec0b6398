package dossier.city;

import dossier.model.City;
import dossier.model.DistrictResult.IndicatorTally;
import dossier.model.TaskState;
import dossier.model.Upcoming;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The city's totals: plain sums of its districts' counts, indicator by indicator in the catalogue's order. */
final class Sums {
    private Sums() {
    }

    static City.Totals of(List<City.Totals> parts) {
        Map<TaskState, Integer> overall = CatalogueMap.empty();
        int overdue = 0;
        Map<String, IndicatorTally> indicators = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> thresholds = new HashMap<>();
        Map<String, Integer> findings = new TreeMap<>();
        List<Upcoming> upcoming = new ArrayList<>();
        Integer dueTasks = 0;
        Long longestOverdue = 0L;
        for (City.Totals t : parts) {
            dueTasks = dueTasks == null || t.dueTasks() == null ? null : dueTasks + t.dueTasks();
            longestOverdue = longestOverdue == null || t.longestOverdue() == null ? null : Math.max(longestOverdue, t.longestOverdue());
            upcoming.addAll(t.upcoming());
            t.overall().forEach((s, n) -> overall.merge(s, n, Integer::sum));
            overdue += t.overdue();
            for (IndicatorTally i : t.indicators()) indicators.merge(i.id(), i, Sums::plus);
            t.thresholds().forEach((id, m) -> {
                Map<String, Integer> into = thresholds.computeIfAbsent(id, k -> new TreeMap<>());
                m.forEach((s, n) -> into.merge(s, n, Integer::sum));
            });
            t.findings().forEach((k, n) -> findings.merge(k, n, Integer::sum));
        }
        List<IndicatorTally> list = new ArrayList<>(indicators.values());
        if (list.isEmpty()) list = CatalogueMap.map(emptyResult(), "").totals().indicators();
        return new City.Totals(overall, overdue, list, CatalogueMap.ordered(thresholds), findings, CatalogueMap.merged(upcoming),
                dueTasks, longestOverdue);
    }

    private static IndicatorTally plus(IndicatorTally a, IndicatorTally b) {
        Map<TaskState, Integer> states = CatalogueMap.empty();
        a.states().forEach((s, n) -> states.merge(s, n, Integer::sum));
        b.states().forEach((s, n) -> states.merge(s, n, Integer::sum));
        return new IndicatorTally(a.id(), a.area(), a.name(), states, a.overdue() + b.overdue());
    }

    private static dossier.model.DistrictResult emptyResult() {
        return new dossier.model.DistrictResult("", "", "", "", "", false, List.of(), List.of(), Map.of(), null, List.of(), 0, 0L);
    }
}
