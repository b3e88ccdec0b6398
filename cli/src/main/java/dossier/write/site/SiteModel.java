package dossier.write.site;

import java.util.List;

/**
 * What the site's templates see: data only, no wording (the wording is in the templates'
 * labels.ftlh). {@link SiteModelBuilder} makes it from a validate result; another builder (a city
 * over its districts) can make it from anything with rows × columns of task states, and
 * {@link SiteRenderer} draws either. Rows are "units" and columns "indicators" whatever they hold.
 * Pages are named by position (unit-001.html), never by a name read from a sheet or folder.
 */
public record SiteModel(Header header, Tally coverage, List<AreaBar> areas, List<Column> indicators,
                        List<Row> units, ThresholdTable thresholds, List<DueTask> overdue,
                        List<DueTask> dueSoon, int dueSoonDays, List<FindingRow> findings, List<RuleHint> rules,
                        List<TrendPoint> trend,
                        String trendSvg, List<UnitPage> unitPages, List<IndicatorPage> indicatorPages) {
    public SiteModel {
        areas = List.copyOf(areas);
        indicators = List.copyOf(indicators);
        units = List.copyOf(units);
        overdue = List.copyOf(overdue);
        dueSoon = List.copyOf(dueSoon);
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
        trend = List.copyOf(trend);
        unitPages = List.copyOf(unitPages);
        indicatorPages = List.copyOf(indicatorPages);
    }

    /**
     * The campaign as the page header shows it; asOf is an ISO date. level is "district" for one
     * repository's site and "city" one level up, where the rows are districts (区县), not units;
     * "province" over cities' aggregates, where the rows are cities (市).
     */
    public record Header(String name, String region, int year, String asOf, String periodStart, String periodEnd,
                         String repository, boolean partial, List<String> unread, FindingCounts findings, String level) {
        public static final String DISTRICT = "district";
        public static final String CITY = "city";
        public static final String PROVINCE = "province";
    }

    /** Tasks by state; rate = covered / applicable in percent, null when nothing applies. */
    public record Tally(int tasks, int covered, int deferred, int explained, int missing, int notApplicable,
                        int applicable, Double rate, String rateText) {
    }

    public record FindingCounts(long error, long warning, long info, long waived) {
    }

    /** One area's bar: its tally and the bar drawn as SVG (safe markup: only numbers and fixed words). */
    public record AreaBar(String name, Tally tally, String svg) {
    }

    /** A heat-map column. */
    public record Column(String id, String name, String area, String page) {
    }

    /** A heat-map row: one cell per column, in the columns' order. */
    public record Row(String name, String category, String page, Tally tally, List<Cell> cells) {
    }

    /** state "" when the unit has no task for that indicator; href is to the unit's task. */
    public record Cell(String indicator, String state, String href) {
    }

    /** Threshold results, thresholds across and units down (only units with a result). */
    public record ThresholdTable(List<ThresholdColumn> columns, List<ThresholdRow> rows) {
    }

    public record ThresholdColumn(String id, String label, String targetText) {
    }

    /** One unit's threshold results, one per threshold column (status "" where the threshold does not apply). */
    public record ThresholdRow(String unit, String page, List<ThresholdCell> results) {
    }

    /** status: pass, fail, progress, missing, not_applicable or "". */
    public record ThresholdCell(String id, String label, String status, String statusText, String valueText,
                                String targetText, List<String> officers) {
    }

    /**
     * A task still missing: overdue (days &lt; 0) or falling due soon. One level up a row counts a
     * district's tasks of one indicator (tasks; due and days are those of one day, or "" and 0 for all
     * its overdue tasks); a district's own rows are one task each.
     */
    public record DueTask(String unit, String page, String indicator, String indicatorName, String due, long days,
                          String href, int tasks) {
    }

    /** severity error|warning|info; the message never names an officer unless the options allow it there. */
    public record FindingRow(int no, String severity, String severityText, String rule, String unit, String unitPage,
                             String indicator, String message, String fix, String location, boolean waived,
                             String waiverReason) {
    }

    /** A rule that has findings: its title and how to fix, listed once on the findings page. */
    public record RuleHint(String rule, String title, String fix) {
    }

    /** One snapshot of the campaign: its date and overall coverage (percent, null when nothing applied). */
    public record TrendPoint(String date, Double rate, int covered, int applicable) {
    }

    public record Liaison(String name, String title, String officePhone, String mobile, String email) {
    }

    public record UnitPage(String name, String category, String page, Liaison liaison, Tally tally,
                           List<UnitTask> tasks, List<FindingRow> findings, List<ThresholdCell> thresholds,
                           List<TrendPoint> trend, String trendSvg) {
    }

    /** anchor: the id of the task's row on the unit's page (the heat map links to it). */
    public record UnitTask(String anchor, String indicator, String indicatorName, String indicatorPage, String area,
                           String role, String state, String due, List<EvidenceFile> files) {
    }

    /** A file counted as evidence: its path inside the unit's folder, kind, size; href only with --link-evidence. */
    public record EvidenceFile(String name, String kind, long size, String sizeText, String href) {
    }

    public record IndicatorPage(String id, String name, String area, String page, List<String> requirements,
                                String lead, List<String> units, String evidenceAsked, String due, Tally tally,
                                List<UnitState> states) {
    }

    public record UnitState(String unit, String unitPage, String role, String state, String href, int files) {
    }
}
