package dossier.write.site;

import dossier.core.Coverage;
import dossier.history.Snapshot;
import dossier.i18n.Messages;
import dossier.model.City;
import dossier.model.DistrictResult.IndicatorTally;
import dossier.model.TaskState;
import dossier.model.Upcoming;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The site one level up: districts as rows, the catalogue's areas as the heat map's columns (a
 * province's thousands of counties stay a readable page), each district's page listing the 28
 * indicators. A cell shows the least advanced state among the district's tasks there (missing
 * before explained, deferred, not applicable, covered), so a city sees where any task lags.
 * A district's row links to its own site when districts.yaml gives the URL, else to its page here.
 */
public final class CitySiteModelBuilder {
    private static final List<TaskState> LEAST_ADVANCED_FIRST = List.of(TaskState.MISSING, TaskState.EXPLAINED,
            TaskState.DEFERRED, TaskState.NOT_APPLICABLE, TaskState.COVERED);

    private final City city;
    private final List<Snapshot> earlier;
    private final Messages messages;
    private final List<IndicatorTally> columns;

    private CitySiteModelBuilder(City city, List<Snapshot> earlier, Messages messages) {
        this.city = city;
        this.earlier = earlier;
        this.messages = messages;
        this.columns = city.total().indicators().stream().filter(i -> tasks(i) > 0).toList();
    }

    /** @param earlier the city's snapshots of earlier merges (DIR/history/), oldest first: the trend's points before this one */
    public static SiteModel build(City city, List<Snapshot> earlier, Messages messages) {
        return new CitySiteModelBuilder(city, earlier, messages).build();
    }

    private SiteModel build() {
        City.Totals total = city.total();
        List<SiteModel.AreaBar> areas = new ArrayList<>();
        total.byArea().forEach((name, states) -> {
            SiteModel.Tally t = SiteModelBuilder.tally(new Coverage.Tally(states));
            if (t.tasks() > 0) areas.add(new SiteModel.AreaBar(name, t, SiteCharts.bar(t)));
        });
        List<SiteModel.Column> cols = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            IndicatorTally i = columns.get(c);
            cols.add(new SiteModel.Column(i.id(), i.name(), i.area(), SiteModelBuilder.page("indicator", c + 1)));
        }
        List<String> areaNames = new ArrayList<>(total.byArea().keySet());
        List<SiteModel.Column> areaColumns = new ArrayList<>();
        for (int a = 0; a < areaNames.size(); a++) {
            String first = firstIndicatorPage(areaNames.get(a), cols);
            areaColumns.add(new SiteModel.Column(String.valueOf(a + 1), areaNames.get(a), areaNames.get(a), first));
        }
        List<SiteModel.Row> rows = new ArrayList<>();
        List<SiteModel.UnitPage> pages = new ArrayList<>();
        List<SiteModel.ThresholdRow> thresholdRows = new ArrayList<>();
        List<String> thresholdIds = new ArrayList<>(total.thresholds().keySet());
        List<SiteModel.DueTask> dueSoon = new ArrayList<>();
        List<SiteModel.DueTask> overdue = new ArrayList<>();
        Map<String, List<City.Unmapped>> unmapped = new HashMap<>();
        for (City.Unmapped u : city.unmapped()) unmapped.computeIfAbsent(u.district(), k -> new ArrayList<>()).add(u);
        SiteTrend trend = trend();
        for (int r = 0; r < city.districts().size(); r++) {
            City.District d = city.districts().get(r);
            String page = SiteModelBuilder.page("unit", r + 1);
            SiteModel.Tally tally = SiteModelBuilder.tally(new Coverage.Tally(d.totals().overall()));
            List<SiteModel.Cell> cells = new ArrayList<>();
            Map<String, Map<TaskState, Integer>> byArea = d.totals().byArea();
            for (int a = 0; a < areaNames.size(); a++) {
                String state = state(byArea.get(areaNames.get(a)));
                cells.add(new SiteModel.Cell(String.valueOf(a + 1), state, state.isEmpty() ? "" : page + "#tasks"));
            }
            List<SiteModel.UnitTask> tasks = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                IndicatorTally mine = indicator(d, columns.get(c).id());
                String state = state(mine);
                if (!state.isEmpty()) {
                    tasks.add(new SiteModel.UnitTask("task-" + (c + 1), mine.id(), mine.name(), cols.get(c).page(), mine.area(),
                            "", state, "", List.of()));
                }
            }
            List<SiteModel.ThresholdCell> thresholds = thresholdCells(d.totals(), thresholdIds);
            rows.add(new SiteModel.Row(d.label(), "", link(d, page), tally, cells));
            List<SiteModel.TrendPoint> points = trend.units().getOrDefault(d.label(), List.of());
            pages.add(new SiteModel.UnitPage(d.label(), "", page, new SiteModel.Liaison(nonNull(d.liaison()), "", "", "", ""),
                    tally, tasks, List.of(), thresholds, points, SiteCharts.trend(points)));
            if (!d.totals().thresholds().isEmpty()) thresholdRows.add(new SiteModel.ThresholdRow(d.label(), page, thresholds));
            dueSoon.addAll(dueSoon(d, page));
            overdue.addAll(overdue(d, page, unmapped.getOrDefault(d.label(), List.of())));
        }
        dueSoon.sort(Comparator.comparing(SiteModel.DueTask::due));
        List<SiteModel.ThresholdColumn> thresholdColumns = thresholdIds.stream()
                .map(id -> new SiteModel.ThresholdColumn(id, label(id), "")).toList();
        return new SiteModel(header(), SiteModelBuilder.tally(new Coverage.Tally(total.overall())), areas, areaColumns, rows,
                new SiteModel.ThresholdTable(thresholdColumns, thresholdRows), overdue, dueSoon,
                SiteModelBuilder.DUE_SOON_DAYS, List.of(), List.of(), trend.overall(), SiteCharts.trend(trend.overall()),
                pages, indicatorPages(cols));
    }

    private SiteModel.Header header() {
        String asOf = city.asOf() == null ? "" : city.asOf().toString();
        int year = city.asOf() == null ? 0 : city.asOf().getYear();
        Map<String, Integer> f = city.total().findings();
        List<String> unread = city.skipped().stream().map(City.Skipped::file).toList();
        return new SiteModel.Header(nonNull(city.name()), nonNull(city.region()), year, asOf,
                year == 0 ? "" : year + "-01-01", year == 0 ? "" : year + "-12-31", "", !unread.isEmpty(), unread,
                new SiteModel.FindingCounts(f.getOrDefault("error", 0), f.getOrDefault("warning", 0),
                        f.getOrDefault("info", 0), f.getOrDefault("waived", 0)),
                city.ofCities() ? SiteModel.Header.PROVINCE : SiteModel.Header.CITY);
    }

    private List<SiteModel.IndicatorPage> indicatorPages(List<SiteModel.Column> cols) {
        List<SiteModel.IndicatorPage> out = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            IndicatorTally i = columns.get(c);
            List<SiteModel.UnitState> states = new ArrayList<>();
            for (int r = 0; r < city.districts().size(); r++) {
                City.District d = city.districts().get(r);
                IndicatorTally mine = indicator(d, i.id());
                String state = state(mine);
                if (state.isEmpty()) continue;
                String page = SiteModelBuilder.page("unit", r + 1);
                states.add(new SiteModel.UnitState(d.label(), page, "", state, page + "#task-" + (c + 1), tasks(mine)));
            }
            out.add(new SiteModel.IndicatorPage(i.id(), i.name(), i.area(), cols.get(c).page(), List.of(), "", List.of(), "", "",
                    SiteModelBuilder.tally(new Coverage.Tally(i.states())), states));
        }
        return out;
    }

    /** One cell per threshold: failed where any result failed or lacks its figure, then in progress, then passed. */
    private List<SiteModel.ThresholdCell> thresholdCells(City.Totals t, List<String> ids) {
        List<SiteModel.ThresholdCell> out = new ArrayList<>();
        for (String id : ids) {
            Map<String, Integer> st = t.thresholds().getOrDefault(id, Map.of());
            int failed = st.getOrDefault("fail", 0) + st.getOrDefault("missing", 0) + st.getOrDefault("progress", 0);
            String status = failed > 0 ? "fail" : st.getOrDefault("progress", 0) > 0 ? "progress"
                    : st.getOrDefault("pass", 0) > 0 ? "pass" : st.isEmpty() ? "" : "not_applicable";
            int judged = st.entrySet().stream().filter(e -> !e.getKey().equals("not_applicable")).mapToInt(Map.Entry::getValue).sum();
            String value = status.isEmpty() ? "" : messages.get("city.threshold.cell", st.getOrDefault("pass", 0), judged, failed);
            out.add(new SiteModel.ThresholdCell(id, label(id), status,
                    status.isEmpty() ? "" : messages.get("threshold.status." + status), value, "", List.of()));
        }
        return out;
    }

    private String label(String id) {
        return messages.has("threshold." + id) ? messages.get("threshold." + id) : id;
    }

    /**
     * The district's tasks with nothing filed that fall due within DUE_SOON_DAYS of the city's
     * as-of date, one row per indicator and day, linking to the indicator on the district's page.
     */
    private List<SiteModel.DueTask> dueSoon(City.District d, String page) {
        List<SiteModel.DueTask> out = new ArrayList<>();
        if (city.asOf() == null) return out;
        for (Upcoming u : d.totals().upcoming()) {
            long days = ChronoUnit.DAYS.between(city.asOf(), u.due());
            if (days < 0 || days > SiteModelBuilder.DUE_SOON_DAYS) continue;
            int column = columnOf(u.indicator());
            out.add(new SiteModel.DueTask(d.label(), page, u.indicator(), u.indicatorName(), u.due().toString(), days,
                    column < 0 ? page : page + "#task-" + (column + 1), u.tasks()));
        }
        return out;
    }

    /**
     * The district's overdue tasks per indicator, in the catalogue's order and then its own
     * indicators that map to none, each linking to the indicator on the district's page.
     */
    private List<SiteModel.DueTask> overdue(City.District d, String page, List<City.Unmapped> own) {
        List<SiteModel.DueTask> out = new ArrayList<>();
        for (IndicatorTally i : d.totals().indicators()) {
            if (i.overdue() == 0) continue;
            int column = columnOf(i.id());
            out.add(new SiteModel.DueTask(d.label(), page, i.id(), i.name(), "", 0,
                    column < 0 ? page : page + "#task-" + (column + 1), i.overdue()));
        }
        for (City.Unmapped u : own) {
            if (u.overdue() > 0) out.add(new SiteModel.DueTask(d.label(), page, u.id(), nonNull(u.name()), "", 0, page, u.overdue()));
        }
        return out;
    }

    /** Coverage over the earlier merges and this one, the city's and each district's (where earlier snapshots have it). */
    private SiteTrend trend() {
        if (city.asOf() == null) return new SiteTrend(List.of(), Map.of());
        Map<String, Coverage.Tally> byDistrict = new LinkedHashMap<>();
        for (City.District d : city.districts()) byDistrict.put(d.label(), new Coverage.Tally(d.totals().overall()));
        return SiteTrend.of(earlier.stream().filter(s -> s.asOf().isBefore(city.asOf())).toList(), city.asOf(),
                new Coverage.Tally(city.total().overall()), byDistrict);
    }

    private int columnOf(String id) {
        for (int c = 0; c < columns.size(); c++) if (columns.get(c).id().equals(id)) return c;
        return -1;
    }

    private static IndicatorTally indicator(City.District d, String id) {
        return d.totals().indicators().stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }

    private static String state(IndicatorTally t) {
        return t == null ? "" : state(t.states());
    }

    private static String state(Map<TaskState, Integer> states) {
        if (states == null) return "";
        for (TaskState s : LEAST_ADVANCED_FIRST) if (states.getOrDefault(s, 0) > 0) return s.id();
        return "";
    }

    /** An area's column links to the page of its first indicator with tasks. */
    private static String firstIndicatorPage(String area, List<SiteModel.Column> cols) {
        return cols.stream().filter(c -> area.equals(c.area())).map(SiteModel.Column::page).findFirst().orElse("index.html");
    }

    private static int tasks(IndicatorTally t) {
        return t.states().values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The district's own site when districts.yaml gives a web or relative address; never a script URL. */
    private static String link(City.District d, String page) {
        String site = d.site() == null ? "" : d.site().strip();
        if (site.isEmpty()) return page;
        String lower = site.toLowerCase(Locale.ROOT);
        boolean web = lower.startsWith("http://") || lower.startsWith("https://");
        boolean relative = !lower.matches("^[a-z][a-z0-9+.-]*:.*");
        return web || relative ? site : page;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
