package dossier.supervision;

import dossier.core.ValidationResult;
import dossier.history.Snapshot;
import dossier.history.Snapshots;
import dossier.i18n.ThresholdText;
import dossier.model.Indicator;
import dossier.model.ThresholdResult;
import dossier.model.Upcoming;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the bulletin from the current result and the snapshots saved before it. */
public final class Bulletins {
    /** What falls due within this many days is listed. */
    public static final int DUE_WINDOW_DAYS = 14;

    private final ThresholdText thresholdText;

    public Bulletins(ThresholdText thresholdText) {
        this.thresholdText = thresholdText;
    }

    /** @param earlier snapshots of this campaign, oldest first; those dated on or after the result's day are ignored */
    public Bulletin of(ValidationResult result, List<Snapshot> earlier, BulletinSettings settings) {
        Snapshot now = Snapshots.of(result);
        return of(now, UnitMeasures.of(now), earlier, result.campaign().areas(), dueNext(result, now), shortfalls(result),
                settings);
    }

    /**
     * The bulletin of any snapshot whose "units" are ranked: a district's units, or a city's
     * districts (aggregate), with what falls due and the shortfalls worked out by the caller.
     *
     * @param measures each unit's {@link UnitMeasures}: from the snapshot's own tasks, or carried by a city for its districts
     */
    public static Bulletin of(Snapshot now, Map<String, UnitMeasures> measures, List<Snapshot> earlier, List<String> areas,
                              List<Bulletin.Due> dueNext, List<Bulletin.Shortfall> shortfalls, BulletinSettings settings) {
        List<Snapshot> series = new ArrayList<>(earlier.stream().filter(s -> s.asOf().isBefore(now.asOf())).toList());
        Snapshot previous = series.isEmpty() ? null : series.get(series.size() - 1);
        Snapshot first = series.isEmpty() ? null : series.get(0);
        series.add(now);
        List<Bulletin.Rank> ranking = Ranking.of(now, measures, previous, settings);
        return new Bulletin(now.asOf().toString(), series.size(), overall(now, previous, first), ranking,
                settings.ranking(), settings.weights(),
                now.units().stream().filter(Snapshot.UnitCounts::complete).map(Snapshot.UnitCounts::unit).toList(),
                lagging(now, measures), dueNext, DUE_WINDOW_DAYS, Trends.of(series, areas), shortfalls);
    }

    private static Bulletin.Overall overall(Snapshot now, Snapshot previous, Snapshot first) {
        int overdue = now.units().stream().mapToInt(Snapshot.UnitCounts::overdue).sum();
        int complete = (int) now.units().stream().filter(Snapshot.UnitCounts::complete).count();
        return new Bulletin.Overall(now.overall().rate(), Ranking.rateText(now.overall().rate()), now.overall().tasks(),
                now.overall().covered(), now.overall().applicable(), overdue, now.units().size(), complete,
                previous == null ? "" : previous.asOf().toString(),
                previous == null ? Bulletin.Change.NONE : Ranking.change(now.overall().rate(), previous.overall().rate()),
                first == null ? "" : first.asOf().toString(),
                first == null ? Bulletin.Change.NONE : Ranking.change(now.overall().rate(), first.overall().rate()));
    }

    private static List<Bulletin.Lagging> lagging(Snapshot now, Map<String, UnitMeasures> measures) {
        List<Bulletin.Lagging> out = new ArrayList<>();
        for (Snapshot.UnitCounts u : now.units()) {
            if (u.overdue() == 0) continue;
            out.add(new Bulletin.Lagging(u.unit(), u.overdue(), measures.get(u.unit()).longestOverdue()));
        }
        out.sort(Comparator.comparingInt(Bulletin.Lagging::overdue).reversed()
                .thenComparing(Bulletin.Lagging::maxDays, Comparator.nullsLast(Comparator.reverseOrder())));
        return out;
    }

    /** A task waiting for its evidence ({@link Upcoming#waiting}), by its time limit, and the unit (or district) it is of. */
    public record Waiting(LocalDate due, String indicator, String indicatorName, String unit) {
    }

    private static List<Bulletin.Due> dueNext(ValidationResult result, Snapshot now) {
        Map<String, Indicator> indicators = new HashMap<>();
        for (Indicator i : result.campaign().indicators()) indicators.put(i.id(), i);
        List<Waiting> waiting = new ArrayList<>();
        for (Snapshot.TaskEntry t : now.tasks()) {
            if (!Upcoming.waiting(t.state()) || t.due() == null) continue;
            waiting.add(new Waiting(t.due(), t.indicator(),
                    indicators.containsKey(t.indicator()) ? indicators.get(t.indicator()).name() : "", t.unit()));
        }
        return dueNext(now.asOf(), waiting);
    }

    /**
     * What falls due from the as-of day to the window's end: the waiting tasks due then, per date
     * and indicator, with their units (or a city's districts) in the order given.
     */
    public static List<Bulletin.Due> dueNext(LocalDate asOf, List<Waiting> waiting) {
        LocalDate end = asOf.plusDays(DUE_WINDOW_DAYS);
        Map<DueIndicator, List<String>> units = new LinkedHashMap<>();
        waiting.stream()
                .filter(t -> !t.due().isBefore(asOf) && !t.due().isAfter(end))
                .sorted(Comparator.comparing(Waiting::due))
                .forEach(t -> units.computeIfAbsent(new DueIndicator(t.due().toString(), t.indicator(), t.indicatorName()),
                        k -> new ArrayList<>()).add(t.unit()));
        List<Bulletin.Due> out = new ArrayList<>();
        units.forEach((k, v) -> out.add(new Bulletin.Due(k.due(), k.indicator(), k.name(), v)));
        return out;
    }

    private record DueIndicator(String due, String indicator, String name) {
    }

    private List<Bulletin.Shortfall> shortfalls(ValidationResult result) {
        Map<String, List<String>> units = new LinkedHashMap<>();
        Map<String, ThresholdResult> first = new LinkedHashMap<>();
        for (ThresholdResult t : result.thresholds()) {
            if (!Snapshots.shortfall(t)) continue;
            first.putIfAbsent(t.spec().id(), t);
            units.computeIfAbsent(t.spec().id(), k -> new ArrayList<>()).add(t.unit());
        }
        List<Bulletin.Shortfall> out = new ArrayList<>();
        first.forEach((id, t) -> out.add(new Bulletin.Shortfall(id, thresholdText.label(t.spec()),
                t.spec().task() == null ? "" : t.spec().task(), units.get(id))));
        return out;
    }
}
