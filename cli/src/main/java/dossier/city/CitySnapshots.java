package dossier.city;

import dossier.Version;
import dossier.core.Coverage;
import dossier.history.Snapshot;
import dossier.model.City;
import dossier.model.Severity;
import dossier.supervision.Bulletin;
import dossier.supervision.UnitMeasures;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The city as a snapshot whose units are its districts: the form the bulletin ranks and follows
 * over time, saved beside the city's outputs (history/) so the next merge shows the trend.
 * Counts only; it holds no task, finding or officer of any district.
 */
public final class CitySnapshots {
    private CitySnapshots() {
    }

    public static Snapshot of(City city) {
        List<Snapshot.UnitCounts> units = new ArrayList<>();
        for (City.District d : city.districts()) {
            City.Totals t = d.totals();
            Map<Severity, Integer> findings = new EnumMap<>(Severity.class);
            for (Severity s : Severity.values()) findings.put(s, t.findings().getOrDefault(s.id(), 0));
            units.add(new Snapshot.UnitCounts(d.label(), new Coverage.Tally(t.overall()), t.overdue(), 0, t.failed(),
                    findings, t.findings().getOrDefault("waived", 0)));
        }
        Map<String, Coverage.Tally> byArea = new LinkedHashMap<>();
        city.total().byArea().forEach((area, states) -> byArea.put(area, new Coverage.Tally(states)));
        return new Snapshot(city.asOf(), Version.get(), source(city), !city.skipped().isEmpty(),
                new Coverage.Tally(city.total().overall()), byArea, units, List.of(), List.of(), List.of());
    }

    /**
     * What each district is scored on and how late it is, from the counts its result carried: the
     * city's snapshot has none of the task and threshold rows a district's own is measured on.
     */
    public static Map<String, UnitMeasures> measures(City city) {
        Map<String, UnitMeasures> out = new LinkedHashMap<>();
        for (City.District d : city.districts()) {
            Map<String, Integer> statuses = new LinkedHashMap<>();
            d.totals().thresholds().values().forEach(m -> m.forEach((s, n) -> statuses.merge(s, n, Integer::sum)));
            out.put(d.label(), UnitMeasures.of(d.totals().dueTasks(), d.totals().longestOverdue(), statuses));
        }
        return out;
    }

    public static Snapshot.Source source(City city) {
        return new Snapshot.Source("", city.name() == null ? "" : city.name(), city.asOf().getYear());
    }

    /** Thresholds some district has not met (failed, without its figure or still short), and those districts. */
    public static List<Bulletin.Shortfall> shortfalls(City city, java.util.function.Function<String, String> label) {
        Map<String, List<String>> districts = new LinkedHashMap<>();
        for (String id : city.total().thresholds().keySet()) {
            for (City.District d : city.districts()) {
                Map<String, Integer> st = d.totals().thresholds().getOrDefault(id, Map.of());
                if (st.getOrDefault("fail", 0) + st.getOrDefault("missing", 0) + st.getOrDefault("progress", 0) > 0) {
                    districts.computeIfAbsent(id, k -> new ArrayList<>()).add(d.label());
                }
            }
        }
        List<Bulletin.Shortfall> out = new ArrayList<>();
        districts.forEach((id, names) -> out.add(new Bulletin.Shortfall(id, label.apply(id),
                CatalogueMap.taskOf(id) == null ? "" : CatalogueMap.taskOf(id), names)));
        return out;
    }
}
