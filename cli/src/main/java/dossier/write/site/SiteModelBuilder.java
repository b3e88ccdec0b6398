package dossier.write.site;

import dossier.core.Coverage;
import dossier.core.ValidationResult;
import dossier.i18n.Messages;
import dossier.model.Campaign;
import dossier.model.Indicator;
import dossier.model.Severity;
import dossier.model.Settings;
import dossier.model.TaskState;
import dossier.model.TaskStatus;
import dossier.model.Unit;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the site's model from a validate result: rows are the units, columns the indicators. */
public final class SiteModelBuilder {
    /** The overview lists what falls due within this many days (the plan's fortnightly rhythm). */
    static final int DUE_SOON_DAYS = 14;

    private final ValidationResult result;
    private final Campaign campaign;
    private final SiteOptions options;
    private final SiteFindings findings;
    private final Map<String, String> unitPages = new LinkedHashMap<>();
    private final Map<String, Integer> columnOf = new LinkedHashMap<>();
    private final List<Indicator> indicators = new ArrayList<>();
    /** Indicators and units by id and name, looked up per row, page and due task: made once. */
    private final Map<String, Indicator> indicatorById = new HashMap<>();
    private final Map<String, Unit> unitByName = new HashMap<>();
    private final Map<String, Map<String, TaskStatus>> statusByUnit = new LinkedHashMap<>();

    private SiteModelBuilder(ValidationResult result, Messages messages, SiteOptions options) {
        this.result = result;
        this.campaign = result.campaign();
        this.options = options;
        Map<String, List<TaskStatus>> byIndicator = new LinkedHashMap<>();
        for (TaskStatus s : result.statuses()) {
            byIndicator.computeIfAbsent(s.task().indicator(), k -> new ArrayList<>()).add(s);
            statusByUnit.computeIfAbsent(s.task().unit(), k -> new LinkedHashMap<>()).put(s.task().indicator(), s);
        }
        for (Indicator i : campaign.indicators()) {
            if (!byIndicator.containsKey(i.id())) continue;
            indicators.add(i);
            indicatorById.putIfAbsent(i.id(), i);
            columnOf.put(i.id(), indicators.size());
        }
        for (Unit u : campaign.units()) unitByName.putIfAbsent(u.name(), u);
        for (String unit : result.coverage().byUnit().keySet()) unitPages.put(unit, page("unit", unitPages.size() + 1));
        this.findings = new SiteFindings(messages, unitPages);
    }

    public static SiteModel build(ValidationResult result, Messages messages, SiteOptions options) {
        return new SiteModelBuilder(result, messages, options).build();
    }

    private SiteModel build() {
        Coverage coverage = result.coverage();
        List<SiteModel.AreaBar> areas = new ArrayList<>();
        coverage.byArea().forEach((name, t) -> {
            if (t.tasks() > 0) areas.add(new SiteModel.AreaBar(name, tally(t), SiteCharts.bar(tally(t))));
        });
        List<SiteModel.Column> columns = indicators.stream()
                .map(i -> new SiteModel.Column(i.id(), i.name(), i.area(), page("indicator", columnOf.get(i.id())))).toList();
        List<SiteModel.Row> rows = new ArrayList<>();
        coverage.byUnit().forEach((unit, t) -> rows.add(row(unit, tally(t))));
        SiteThresholds thresholds = new SiteThresholds(result, findings, unitPages, options.names());
        List<SiteModel.UnitPage> units = new UnitPages(result, this, findings, thresholds, options).build(rows);
        return new SiteModel(header(), tally(coverage.overall()), areas, columns, rows, thresholds.table(),
                due(true), due(false), DUE_SOON_DAYS, findings.all(result.findings()), findings.hints(result.findings()),
                options.trend(),
                SiteCharts.trend(options.trend()), units, indicatorPages());
    }

    private SiteModel.Header header() {
        Settings s = campaign.settings();
        return new SiteModel.Header(nonNull(s.name()), nonNull(s.region()), s.year(), campaign.asOf().toString(),
                s.period().start().toString(), s.period().end().toString(), campaign.repositoryName(), result.partial(),
                result.unread(), new SiteModel.FindingCounts(result.count(Severity.ERROR), result.count(Severity.WARNING),
                result.count(Severity.INFO), result.waivedCount()), SiteModel.Header.DISTRICT);
    }

    private SiteModel.Row row(String unit, SiteModel.Tally tally) {
        Map<String, TaskStatus> mine = statusByUnit.getOrDefault(unit, Map.of());
        List<SiteModel.Cell> cells = new ArrayList<>();
        for (Indicator i : indicators) {
            TaskStatus s = mine.get(i.id());
            cells.add(new SiteModel.Cell(i.id(), s == null ? "" : s.state().id(), s == null ? "" : taskHref(unit, i.id())));
        }
        return new SiteModel.Row(unit, categoryOf(unit), unitPages.get(unit), tally, cells);
    }

    /** Missing tasks past their date (overdue) or within DUE_SOON_DAYS of it, soonest first, then units' order. */
    private List<SiteModel.DueTask> due(boolean overdue) {
        List<SiteModel.DueTask> out = new ArrayList<>();
        for (TaskStatus s : result.statuses()) {
            if (s.state() != TaskState.MISSING || s.task().due() == null) continue;
            long days = ChronoUnit.DAYS.between(campaign.asOf(), s.task().due());
            if (overdue ? days >= 0 : days < 0 || days > DUE_SOON_DAYS) continue;
            String unit = s.task().unit();
            out.add(new SiteModel.DueTask(unit, unitPages.get(unit), s.task().indicator(), indicatorName(s.task().indicator()),
                    s.task().due().toString(), days, taskHref(unit, s.task().indicator()), 1));
        }
        out.sort(Comparator.comparing(SiteModel.DueTask::due));
        return out;
    }

    private List<SiteModel.IndicatorPage> indicatorPages() {
        List<SiteModel.IndicatorPage> out = new ArrayList<>();
        for (Indicator i : indicators) {
            List<SiteModel.UnitState> states = new ArrayList<>();
            List<TaskStatus> mine = new ArrayList<>();
            for (String unit : unitPages.keySet()) {
                TaskStatus s = statusByUnit.getOrDefault(unit, Map.of()).get(i.id());
                if (s == null) continue;
                mine.add(s);
                states.add(new SiteModel.UnitState(unit, unitPages.get(unit), s.task().role().name().toLowerCase(java.util.Locale.ROOT),
                        s.state().id(), taskHref(unit, i.id()), s.folder() == null ? 0 : s.folder().items().size()));
            }
            out.add(new SiteModel.IndicatorPage(i.id(), i.name(), i.area(), page("indicator", columnOf.get(i.id())),
                    i.requirements(), nonNull(i.lead()), i.units(), nonNull(i.evidenceAsked()),
                    i.due() == null ? "" : nonNull(i.due().raw()), tally(mine), states));
        }
        return out;
    }

    String taskHref(String unit, String indicator) {
        return unitPages.get(unit) + "#" + anchor(indicator);
    }

    String anchor(String indicator) {
        return "task-" + columnOf.get(indicator);
    }

    String indicatorName(String id) {
        Indicator i = indicatorById.get(id);
        return i == null ? "" : i.name();
    }

    String indicatorPage(String id) {
        Integer col = columnOf.get(id);
        return col == null ? "" : page("indicator", col);
    }

    Indicator indicator(String id) {
        return indicatorById.get(id);
    }

    Map<String, TaskStatus> statuses(String unit) {
        return statusByUnit.getOrDefault(unit, Map.of());
    }

    List<Indicator> indicators() {
        return indicators;
    }

    String categoryOf(String unit) {
        Unit u = unitByName.get(unit);
        return u == null || u.category() == null ? "" : u.category();
    }

    Unit unit(String name) {
        return unitByName.get(name);
    }

    static SiteModel.Tally tally(Coverage.Tally t) {
        Map<TaskState, Integer> s = t.states();
        Double rate = t.rate();
        return new SiteModel.Tally(t.tasks(), t.covered(), s.getOrDefault(TaskState.DEFERRED, 0),
                s.getOrDefault(TaskState.EXPLAINED, 0), s.getOrDefault(TaskState.MISSING, 0),
                s.getOrDefault(TaskState.NOT_APPLICABLE, 0), t.applicable(), rate,
                rate == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f%%", rate));
    }

    static SiteModel.Tally tally(List<TaskStatus> statuses) {
        Map<TaskState, Integer> states = new java.util.EnumMap<>(TaskState.class);
        for (TaskState s : TaskState.values()) states.put(s, 0);
        statuses.forEach(s -> states.merge(s.state(), 1, Integer::sum));
        return tally(new Coverage.Tally(states));
    }

    static String page(String kind, int n) {
        return String.format(java.util.Locale.ROOT, "%s-%03d.html", kind, n);
    }

    static String nonNull(String s) {
        return s == null ? "" : s.strip();
    }
}
