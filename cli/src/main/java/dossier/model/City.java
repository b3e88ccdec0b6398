package dossier.model;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A city's (or a province's) view merged from its districts' results: the districts in their
 * official order with their rank, the city's totals, and what could not be merged — results
 * skipped or superseded, indicators that map to no id of the built-in catalogue, districts
 * listed in districts.yaml that sent nothing.
 */
public record City(String name, String region, LocalDate asOf, List<District> districts, Totals total,
                   List<Unmapped> unmapped, List<Skipped> skipped, List<Duplicate> duplicates, List<String> missing) {
    /** The schema family of aggregate's json ({@code dossier.aggregate/1}), which one level up is merged as a unit. */
    public static final String AGGREGATE_SCHEMA = "dossier.aggregate/";

    /** Whether every result merged was itself an aggregate: a province over its cities (市), not a city over its districts. */
    public boolean ofCities() {
        return !districts.isEmpty() && districts.stream().allMatch(d -> d.schema() != null && d.schema().startsWith(AGGREGATE_SCHEMA));
    }

    /** One district's row; rank 1 is the best. site and liaison come from districts.yaml, else null. */
    public record District(String name, String region, String asOf, String file, String schema, boolean partial,
                           String site, String liaison, int rank, Totals totals) {
        public String label() {
            return name != null ? name : region;
        }
    }

    /**
     * Counts in the built-in catalogue's ids. overall counts every task, mapped or not (so a
     * city's overall is the plain sum of its districts'); indicators holds the mapped ones.
     *
     * @param thresholds threshold id → status id → count of (threshold, unit) results
     * @param findings   severity id (and "waived") → count
     * @param upcoming   tasks waiting for evidence per indicator and time limit, on or after the district's as-of
     *                   date, by day and then the catalogue's order (an indicator not mapped keeps its own id and name)
     * @param dueTasks   tasks due by each district's as-of date ({@link Deadline#dueBy}), what timeliness is measured
     *                   on; null when some input did not say (an aggregate written before it was carried)
     * @param longestOverdue the most days any task is late at its district's as-of date; null when some input did not say
     */
    public record Totals(Map<TaskState, Integer> overall, int overdue, List<DistrictResult.IndicatorTally> indicators,
                         Map<String, Map<String, Integer>> thresholds, Map<String, Integer> findings,
                         List<Upcoming> upcoming, Integer dueTasks, Long longestOverdue) {
        public Totals {
            upcoming = List.copyOf(upcoming);
        }

        /** Task states per area, areas in the order their indicators come. */
        public Map<String, Map<TaskState, Integer>> byArea() {
            Map<String, Map<TaskState, Integer>> out = new LinkedHashMap<>();
            for (DistrictResult.IndicatorTally i : indicators) {
                Map<TaskState, Integer> area = out.computeIfAbsent(i.area(), k -> new EnumMap<>(TaskState.class));
                i.states().forEach((s, n) -> area.merge(s, n, Integer::sum));
            }
            return out;
        }

        /** Threshold results not met: failed, without their figure, or still short while the period runs. */
        public int failed() {
            return thresholds.values().stream().mapToInt(m -> m.getOrDefault("fail", 0) + m.getOrDefault("missing", 0)
                    + m.getOrDefault("progress", 0)).sum();
        }
    }

    /** @param overdue of its tasks, those overdue (counted in the district's overdue, in no indicator's) */
    public record Unmapped(String district, String id, String name, int tasks, int overdue) {
    }

    /** A file not merged, and why: a message key and its arguments. */
    public record Skipped(String file, String reasonKey, List<Object> reasonArgs) {
    }

    /** Two results for one district: the newer as-of is kept. */
    public record Duplicate(String district, String kept, String dropped) {
    }
}
