package dossier.core;

import dossier.model.Campaign;
import dossier.model.Indicator;
import dossier.model.TaskState;
import dossier.model.TaskStatus;
import dossier.model.Unit;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coverage = covered / (tasks − not applicable), overall, per area, per unit and per (area, unit),
 * with the count of every state. Areas and units keep the campaign's official order.
 */
public record Coverage(Tally overall, Map<String, Tally> byArea, Map<String, Tally> byUnit,
                       Map<String, Map<String, Tally>> byAreaAndUnit) {

    /** Counts of task states in one cell of the coverage table. */
    public record Tally(Map<TaskState, Integer> states) {
        public int tasks() {
            return states.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int covered() {
            return states.getOrDefault(TaskState.COVERED, 0);
        }

        public int applicable() {
            return tasks() - states.getOrDefault(TaskState.NOT_APPLICABLE, 0);
        }

        /** Percent with one decimal, or null when nothing applies. */
        public Double rate() {
            return applicable() == 0 ? null : Math.round(1000.0 * covered() / applicable()) / 10.0;
        }
    }

    public static Coverage of(Campaign campaign, List<TaskStatus> statuses) {
        Map<String, String> areaOf = new LinkedHashMap<>();
        for (Indicator i : campaign.indicators()) areaOf.put(i.id(), i.area());
        Map<TaskState, Integer> overall = empty();
        Map<String, Map<TaskState, Integer>> byArea = new LinkedHashMap<>();
        Map<String, Map<TaskState, Integer>> byUnit = new LinkedHashMap<>();
        Map<String, Map<String, Map<TaskState, Integer>>> cells = new LinkedHashMap<>();
        for (String area : campaign.areas()) byArea.put(area, empty());
        for (TaskStatus s : statuses) {
            String area = areaOf.getOrDefault(s.task().indicator(), "");
            TaskState st = s.state();
            overall.merge(st, 1, Integer::sum);
            byArea.computeIfAbsent(area, k -> empty()).merge(st, 1, Integer::sum);
            byUnit.computeIfAbsent(s.task().unit(), k -> empty()).merge(st, 1, Integer::sum);
            cells.computeIfAbsent(area, k -> new LinkedHashMap<>()).computeIfAbsent(s.task().unit(), k -> empty())
                    .merge(st, 1, Integer::sum);
        }
        Map<String, Tally> areaTallies = new LinkedHashMap<>();
        byArea.forEach((k, v) -> areaTallies.put(k, new Tally(v)));
        // Units with tasks, in the units table's order, then any other in order of first appearance;
        // a units table of a million rows must not cost a tally per unit that has no task.
        Map<String, Tally> unitTallies = new LinkedHashMap<>();
        for (Unit u : campaign.units()) {
            Map<TaskState, Integer> counts = byUnit.get(u.name());
            if (counts != null) unitTallies.put(u.name(), new Tally(counts));
        }
        byUnit.forEach((k, v) -> unitTallies.putIfAbsent(k, new Tally(v)));
        Map<String, Map<String, Tally>> cellTallies = new LinkedHashMap<>();
        for (String area : areaTallies.keySet()) {
            Map<String, Tally> row = new LinkedHashMap<>();
            for (String unit : unitTallies.keySet()) {
                Map<TaskState, Integer> c = cells.getOrDefault(area, Map.of()).get(unit);
                if (c != null) row.put(unit, new Tally(c));
            }
            cellTallies.put(area, row);
        }
        return new Coverage(new Tally(overall), areaTallies, unitTallies, cellTallies);
    }

    private static Map<TaskState, Integer> empty() {
        Map<TaskState, Integer> m = new EnumMap<>(TaskState.class);
        for (TaskState s : TaskState.values()) m.put(s, 0);
        return m;
    }
}
