package dossier.supervision;

import dossier.core.ValidationResult;
import dossier.history.Snapshot;
import dossier.history.Snapshots;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The coverage of every unit over the snapshots and now, for the ledger's 趋势 sheet. */
public final class UnitTrends {
    private UnitTrends() {
    }

    /** @param earlier this campaign's snapshots, oldest first; those dated on or after the result's day are left out */
    public static LedgerTrend of(ValidationResult result, List<Snapshot> earlier, BulletinSettings settings) {
        Snapshot now = Snapshots.of(result);
        List<Snapshot> series = new ArrayList<>(earlier.stream().filter(s -> s.asOf().isBefore(now.asOf())).toList());
        series.add(now);
        Map<String, Bulletin.Score> scores = Scores.of(now, settings.weights());
        List<LedgerTrend.Row> rows = new ArrayList<>();
        List<Map<String, Snapshot.UnitCounts>> seriesUnits = series.stream().map(Snapshot::unitsByName).toList();
        for (Snapshot.UnitCounts u : now.units()) {
            List<Double> rates = new ArrayList<>();
            for (Map<String, Snapshot.UnitCounts> s : seriesUnits) {
                Snapshot.UnitCounts then = s.get(u.unit());
                rates.add(then == null ? null : then.coverage().rate());
            }
            rows.add(new LedgerTrend.Row(u.unit(), rates, change(rates), scores.get(u.unit()).total()));
        }
        List<Double> overall = series.stream().map(s -> s.overall().rate()).toList();
        rows.add(new LedgerTrend.Row(null, overall, change(overall), null));
        return new LedgerTrend(series.stream().map(s -> s.asOf().toString()).toList(), rows);
    }

    private static Double change(List<Double> rates) {
        if (rates.size() < 2) return null;
        Bulletin.Change c = Ranking.change(rates.get(rates.size() - 1), rates.get(rates.size() - 2));
        return c.direction().isEmpty() ? null : c.value();
    }
}
