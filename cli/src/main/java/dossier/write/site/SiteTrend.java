package dossier.write.site;

import dossier.core.Coverage;
import dossier.core.ValidationResult;
import dossier.history.Snapshot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coverage over time: a point per snapshot of the history folder (validate --save; a city's
 * DIR/history/, one per aggregate) dated before this run, and this run's own as the last point.
 * Without an earlier snapshot there is no trend.
 */
public record SiteTrend(List<SiteModel.TrendPoint> overall, Map<String, List<SiteModel.TrendPoint>> units) {
    public SiteTrend {
        overall = List.copyOf(overall);
        units = Map.copyOf(units);
    }

    public static SiteTrend of(List<Snapshot> before, ValidationResult current) {
        return of(before, current.campaign().asOf(), current.coverage().overall(), current.coverage().byUnit());
    }

    /**
     * @param before the snapshots dated before today, oldest first
     * @param byUnit today's coverage per unit (a city's: per district), whose earlier points come from the snapshots' units
     */
    public static SiteTrend of(List<Snapshot> before, LocalDate today, Coverage.Tally overallToday,
                               Map<String, Coverage.Tally> byUnit) {
        if (before.isEmpty()) return new SiteTrend(List.of(), Map.of());
        List<SiteModel.TrendPoint> overall = new ArrayList<>();
        Map<String, List<SiteModel.TrendPoint>> units = new LinkedHashMap<>();
        for (Snapshot s : before) {
            overall.add(point(s.asOf(), s.overall()));
            for (Snapshot.UnitCounts u : s.units()) {
                units.computeIfAbsent(u.unit(), k -> new ArrayList<>()).add(point(s.asOf(), u.coverage()));
            }
        }
        overall.add(point(today, overallToday));
        byUnit.forEach((unit, tally) -> units.computeIfAbsent(unit, k -> new ArrayList<>()).add(point(today, tally)));
        return new SiteTrend(overall, units);
    }

    private static SiteModel.TrendPoint point(LocalDate day, Coverage.Tally t) {
        return new SiteModel.TrendPoint(day.toString(), t.rate(), t.covered(), t.applicable());
    }
}
