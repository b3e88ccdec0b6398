package dossier.city;

import dossier.core.Coverage;
import dossier.model.City;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks districts as the bulletin ranks units: coverage rate (highest first, none last), then
 * fewer overdue tasks, then fewer thresholds not met, then the official order. The list keeps
 * the official order; only the rank numbers follow the ranking.
 */
final class Ranking {
    private static final Comparator<City.District> BEST_FIRST = Comparator
            .comparing((City.District d) -> rate(d) == null ? -1.0 : rate(d), Comparator.reverseOrder())
            .thenComparingInt(d -> d.totals().overdue())
            .thenComparingInt(d -> d.totals().failed());

    private Ranking() {
    }

    static List<City.District> rank(List<City.District> official) {
        List<City.District> sorted = new ArrayList<>(official);
        sorted.sort(BEST_FIRST);
        java.util.Map<City.District, Integer> ranks = new java.util.IdentityHashMap<>();
        for (int i = 0; i < sorted.size(); i++) ranks.put(sorted.get(i), i + 1);
        List<City.District> out = new ArrayList<>();
        for (City.District d : official) {
            out.add(new City.District(d.name(), d.region(), d.asOf(), d.file(), d.schema(), d.partial(), d.site(),
                    d.liaison(), ranks.get(d), d.totals()));
        }
        return out;
    }

    static Double rate(City.District d) {
        return new Coverage.Tally(d.totals().overall()).rate();
    }
}
