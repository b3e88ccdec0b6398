package dossier.write;

import dossier.Version;
import dossier.core.Coverage;
import dossier.i18n.Messages;
import dossier.model.City;
import dossier.model.DistrictResult.IndicatorTally;
import dossier.model.Upcoming;
import dossier.shared.JsonOut;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dossier.core.TallyJson.named;
import static dossier.shared.JsonOut.ordered;
import static dossier.core.TallyJson.tally;

/**
 * The city's json ({@code dossier.aggregate/1}, described by {@code dossier/aggregate.schema.json}):
 * the validate result's family with districts in place of units. Its indicators and thresholds
 * carry counts in the built-in catalogue's ids, which is what aggregate reads back when a
 * province merges cities.
 */
public final class CityJson {
    public static final String SCHEMA = "dossier.aggregate/1";

    private final Messages messages;

    public CityJson(Messages messages) {
        this.messages = messages;
    }

    public void write(City city, Writer out) throws IOException {
        JsonOut.write(document(city), out);
    }

    Map<String, Object> document(City city) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", SCHEMA);
        doc.put("tool", ordered("name", "dossier", "version", Version.get()));
        doc.put("lang", messages.lang().name().toLowerCase());
        doc.put("asOf", city.asOf() == null ? null : city.asOf().toString());
        doc.put("campaign", ordered("name", city.name(), "region", city.region()));
        doc.put("partial", !city.skipped().isEmpty() || city.districts().stream().anyMatch(City.District::partial));
        City.Totals total = city.total();
        Coverage.Tally overall = new Coverage.Tally(total.overall());
        doc.put("summary", ordered("districts", city.districts().size(), "skipped", city.skipped().size(),
                "duplicates", city.duplicates().size(), "missing", city.missing().size(), "tasks", overall.tasks(),
                "overdue", total.overdue(), "dueTasks", total.dueTasks(), "longestOverdue", total.longestOverdue(),
                "findings", total.findings()));
        Map<String, Object> coverage = new LinkedHashMap<>();
        coverage.put("overall", tally(overall));
        coverage.put("byArea", byArea(total));
        List<Map<String, Object>> byDistrict = new ArrayList<>();
        for (City.District d : city.districts()) byDistrict.add(named("district", d.label(), new Coverage.Tally(d.totals().overall())));
        coverage.put("byDistrict", byDistrict);
        doc.put("coverage", coverage);
        doc.put("indicators", indicators(total));
        doc.put("thresholds", thresholds(total));
        doc.put("upcoming", upcoming(city));
        doc.put("districts", city.districts().stream().map(CityJson::district).toList());
        doc.put("unmapped", city.unmapped().stream().map(u -> ordered("district", u.district(), "id", u.id(),
                "name", u.name(), "tasks", u.tasks())).toList());
        doc.put("skipped", city.skipped().stream().map(s -> ordered("file", s.file(), "reason", s.reasonKey(),
                "message", messages.format(s.reasonKey(), s.reasonArgs()))).toList());
        doc.put("duplicates", city.duplicates().stream().map(d -> ordered("district", d.district(), "kept", d.kept(),
                "dropped", d.dropped())).toList());
        doc.put("missing", city.missing());
        return doc;
    }

    private static Map<String, Object> district(City.District d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", d.name());
        m.put("region", d.region());
        m.put("asOf", d.asOf());
        m.put("file", d.file());
        m.put("schema", d.schema());
        m.put("partial", d.partial());
        m.put("site", d.site());
        m.put("liaison", d.liaison());
        m.put("rank", d.rank());
        m.put("coverage", ordered("overall", tally(new Coverage.Tally(d.totals().overall())), "byArea", byArea(d.totals())));
        m.put("overdue", d.totals().overdue());
        m.put("dueTasks", d.totals().dueTasks());
        m.put("longestOverdue", d.totals().longestOverdue());
        m.put("failedThresholds", d.totals().failed());
        m.put("thresholds", thresholds(d.totals()));
        m.put("findings", d.totals().findings());
        return m;
    }

    /**
     * Tasks waiting for evidence per day and indicator from the city's as-of date on, with the
     * districts they are of: the city bulletin lists those of the next 14 days, and a province
     * merging this file reads them to list its own.
     */
    private static List<Map<String, Object>> upcoming(City city) {
        Map<List<Object>, List<String>> districts = new HashMap<>();
        for (City.District d : city.districts()) {
            for (Upcoming u : d.totals().upcoming()) districts.computeIfAbsent(key(u), k -> new ArrayList<>()).add(d.label());
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Upcoming u : city.total().upcoming()) {
            if (city.asOf() != null && u.due().isBefore(city.asOf())) continue;
            out.add(ordered("date", u.due().toString(), "indicator", u.indicator(), "name", u.indicatorName(),
                    "tasks", u.tasks(), "districts", districts.get(key(u))));
        }
        return out;
    }

    private static List<Object> key(Upcoming u) {
        return List.of(u.indicator(), u.indicatorName(), u.due());
    }

    private static List<Map<String, Object>> byArea(City.Totals t) {
        List<Map<String, Object>> out = new ArrayList<>();
        t.byArea().forEach((area, states) -> out.add(named("area", area, new Coverage.Tally(states))));
        return out;
    }

    private static List<Map<String, Object>> indicators(City.Totals t) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (IndicatorTally i : t.indicators()) {
            Map<String, Object> m = ordered("id", i.id(), "area", i.area(), "name", i.name());
            m.putAll(tally(new Coverage.Tally(i.states())));
            m.put("overdue", i.overdue());
            out.add(m);
        }
        return out;
    }

    /** A built-in threshold's own task id; null for a district's own threshold (its task differs by district). */
    private static String builtinTask(String threshold) {
        return dossier.core.ThresholdSpecs.BUILT_IN.stream().filter(s -> s.id().equals(threshold))
                .map(dossier.model.ThresholdSpec::task).findFirst().orElse(null);
    }

    private static List<Map<String, Object>> thresholds(City.Totals t) {
        List<Map<String, Object>> out = new ArrayList<>();
        t.thresholds().forEach((id, statuses) -> out.add(ordered("id", id, "task", builtinTask(id),
                "statuses", statuses)));
        return out;
    }
}
