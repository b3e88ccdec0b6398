package dossier.supervision;

import dossier.history.Snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Units ranked by the keys of {@link BulletinSettings}, the units table's order breaking the last tie. */
final class Ranking {
    private Ranking() {
    }

    private record Standing(int order, Snapshot.UnitCounts counts, Bulletin.Score score, Bulletin.Change change) {
        double rate() {
            return counts.coverage().rate() == null ? 100 : counts.coverage().rate();
        }
    }

    /** @param measures what each unit of now is scored on beyond its counts ({@link UnitMeasures}) */
    static List<Bulletin.Rank> of(Snapshot now, Map<String, UnitMeasures> measures, Snapshot previous, BulletinSettings settings) {
        Map<String, Integer> before = previous == null ? Map.of() : places(previous, UnitMeasures.of(previous), null, settings);
        List<Standing> sorted = sorted(now, measures, previous, settings);
        List<Bulletin.Rank> out = new ArrayList<>();
        for (Standing s : sorted) {
            Snapshot.UnitCounts c = s.counts();
            out.add(new Bulletin.Rank(out.size() + 1, c.unit(), c.coverage().rate(), rateText(c.coverage().rate()),
                    c.coverage().covered(), c.coverage().applicable(), c.overdue(), c.dueSoon(), c.shortfalls(), s.change(),
                    before.getOrDefault(c.unit(), 0), s.score(), c.complete()));
        }
        return out;
    }

    /** Each unit's place (1-based) in a snapshot's ranking. */
    private static Map<String, Integer> places(Snapshot snapshot, Map<String, UnitMeasures> measures, Snapshot before,
                                               BulletinSettings settings) {
        Map<String, Integer> out = new HashMap<>();
        List<Standing> sorted = sorted(snapshot, measures, before, settings);
        for (int i = 0; i < sorted.size(); i++) out.put(sorted.get(i).counts().unit(), i + 1);
        return out;
    }

    private static List<Standing> sorted(Snapshot snapshot, Map<String, UnitMeasures> measures, Snapshot before,
                                         BulletinSettings settings) {
        Map<String, Bulletin.Score> scores = Scores.of(snapshot, measures, settings.weights());
        List<Standing> standings = new ArrayList<>();
        Map<String, Snapshot.UnitCounts> previous = before == null ? Map.of() : before.unitsByName();
        for (Snapshot.UnitCounts u : snapshot.units()) {
            Snapshot.UnitCounts then = previous.get(u.unit());
            Bulletin.Change change = then == null ? Bulletin.Change.NONE : change(u.coverage().rate(), then.coverage().rate());
            standings.add(new Standing(standings.size(), u, scores.get(u.unit()), change));
        }
        Comparator<Standing> order = null;
        for (String key : settings.ranking()) {
            Comparator<Standing> next = by(key);
            order = order == null ? next : order.thenComparing(next);
        }
        Comparator<Standing> official = Comparator.comparingInt(Standing::order);
        standings.sort(order == null ? official : order.thenComparing(official));
        return standings;
    }

    private static Comparator<Standing> by(String key) {
        return switch (key) {
            case "coverage" -> Comparator.comparingDouble(Standing::rate).reversed();
            case "overdue" -> Comparator.comparingInt(s -> s.counts().overdue());
            case "shortfalls" -> Comparator.comparingInt(s -> s.counts().shortfalls());
            case "score" -> Comparator.comparingDouble((Standing s) -> s.score().total() == null ? -1 : s.score().total()).reversed();
            case "change" -> Comparator.comparingDouble((Standing s) -> s.change().value()).reversed();
            case "dueSoon" -> Comparator.comparingInt(s -> s.counts().dueSoon());
            default -> throw new IllegalArgumentException(key);
        };
    }

    /** now − then in percentage points; nothing to compare when either rate is unknown. */
    static Bulletin.Change change(Double now, Double then) {
        if (now == null || then == null) return Bulletin.Change.NONE;
        double d = Scores.round(now - then);
        String direction = d > 0 ? "up" : d < 0 ? "down" : "same";
        return new Bulletin.Change(direction, d, Scores.oneDecimal(Math.abs(d)));
    }

    static String rateText(Double rate) {
        return rate == null ? "—" : String.format(Locale.ROOT, "%.1f%%", rate);
    }
}
