package dossier.supervision;

import dossier.core.Coverage;
import dossier.history.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The coverage trend over the snapshots, overall and per area, laid out for an SVG line chart. */
final class Trends {
    /** Overall first, then one colour per area (colour-blind-safe order, Okabe–Ito then Tableau). */
    static final List<String> COLORS = List.of("222222", "0072B2", "E69F00", "009E73", "CC79A7", "56B4E9", "D55E00",
            "F0E442", "8C564B", "7F7F7F", "BCBD22", "17BECF");

    private Trends() {
    }

    static Bulletin.Trend of(List<Snapshot> series, List<String> areas) {
        List<Double> xs = new ArrayList<>();
        int n = series.size();
        for (int i = 0; i < n; i++) {
            double x = n == 1 ? (Bulletin.Trend.LEFT + Bulletin.Trend.RIGHT) / 2.0
                    : Bulletin.Trend.LEFT + (Bulletin.Trend.RIGHT - Bulletin.Trend.LEFT) * (double) i / (n - 1);
            xs.add(Scores.round(x));
        }
        List<Bulletin.Series> out = new ArrayList<>();
        out.add(series("", true, series.stream().map(Snapshot::overall).toList(), series, xs, 0));
        for (String area : areas) {
            List<Coverage.Tally> tallies = series.stream().map(s -> s.byArea().get(area)).toList();
            out.add(series(area, false, tallies, series, xs, out.size()));
        }
        return new Bulletin.Trend(series.stream().map(s -> s.asOf().toString()).toList(), out, xs);
    }

    private static Bulletin.Series series(String name, boolean overall, List<Coverage.Tally> tallies, List<Snapshot> runs,
                                          List<Double> xs, int index) {
        List<Bulletin.Point> points = new ArrayList<>();
        StringBuilder svg = new StringBuilder();
        for (int i = 0; i < tallies.size(); i++) {
            Double rate = tallies.get(i) == null ? null : tallies.get(i).rate();
            double y = rate == null ? 0 : Scores.round(y(rate));
            points.add(new Bulletin.Point(runs.get(i).asOf().toString(), rate, Ranking.rateText(rate), xs.get(i), y));
            if (rate != null) svg.append(svg.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", xs.get(i), y));
        }
        return new Bulletin.Series(name, overall, COLORS.get(index % COLORS.size()), points, svg.toString());
    }

    static double y(double rate) {
        return Bulletin.Trend.BOTTOM - (Bulletin.Trend.BOTTOM - Bulletin.Trend.TOP) * rate / 100.0;
    }
}
