package dossier.write.report;

import java.util.List;

/**
 * What the report templates see: data only, no wording. Every field is documented in
 * templates/README.md; renaming one breaks users' templates, so add fields rather than change them.
 * Templates get it as nested maps and lists ({@link ModelMaps}), never as Java objects.
 */
public record ReportModel(Campaign campaign, Overview overview, Score score, List<Area> areas,
                          List<ThresholdGroup> thresholds, List<Highlight> highlights, Gaps gaps,
                          NextSteps nextSteps, List<EvidenceEntry> evidence) {

    /** A date, with its parts so a template can write 2021年8月5日 without date formatting. */
    public record Day(String iso, int year, int month, int day) {
        static Day of(java.time.LocalDate d) {
            return new Day(d.toString(), d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        }
    }

    public record Campaign(String name, String region, int year, Day periodStart, Day periodEnd, boolean calendarYear,
                           Day asOf, String repository, int units, int indicators, int areas, int tasks,
                           boolean filtered, boolean partial, List<String> unread) {
    }

    /** Task states counted; rate = covered / applicable in percent with one decimal, null when nothing applies. */
    public record Tally(int tasks, int covered, int notApplicable, int deferred, int explained, int missing,
                        int applicable, Double rate, String rateText) {
    }

    /** One line of a coverage breakdown (an area or a unit), numbered from 1. */
    public record Row(int no, String name, String category, Tally tally) {
    }

    public record EvidenceCounts(int document, int image, int video, int link, int summary, int total) {
    }

    public record FindingCounts(long error, long warning, long info, long waived) {
    }

    public record Overview(Tally coverage, List<Row> byArea, List<Row> byUnit, EvidenceCounts evidence,
                           FindingCounts findings) {
    }

    public record Score(boolean present, double points, double earned, String pointsText, String earnedText,
                        List<AreaScore> areas) {
    }

    public record AreaScore(int no, String name, double points, double earned, String pointsText,
                            String earnedText, List<IndicatorScore> indicators) {
    }

    /** rule: coverage, thresholds, both or full; points null when the sheet gives none. */
    public record IndicatorScore(String id, String name, Double points, String pointsText, String rule,
                                 int covered, int applicable, int passed, int checked, double earned,
                                 String earnedText) {
    }

    public record Area(int no, String name, Tally tally, List<Indicator> indicators, int measures) {
    }

    /** status: complete, partial, none or not_applicable. */
    public record Indicator(String id, String name, List<String> requirements, String lead, List<String> units,
                            Double points, Tally tally, String status, List<Measure> measures, List<Task> tasks,
                            List<String> thresholds) {
    }

    /** A unit's 情况简介, quoted: the text, split into paragraphs, and the file it came from. */
    public record Measure(String unit, String text, List<String> paragraphs, String file) {
    }

    /** role: lead or responsible; state: covered, not_applicable, deferred, explained or missing. */
    public record Task(String unit, String role, String state, EvidenceCounts evidence) {
    }

    public record ThresholdGroup(String id, String label, String indicator, String indicatorName, String area,
                                 String measure, String op, double target, String targetText, int checked,
                                 int passed, List<ThresholdRow> results, List<String> shortUnits) {
    }

    /**
     * status: pass, fail, progress, missing or not_applicable. shortfall counts what falls short
     * (officers below the hours, officers without a certificate, quarters without the event); never names.
     */
    public record ThresholdRow(String unit, String status, String statusText, Double value, String valueText,
                               Integer shortfall, String shortfallKind, Integer officers) {
    }

    public record Highlight(String area, String indicator, String indicatorName, String unit, String text,
                            List<String> paragraphs, String file) {
    }

    /** The counts leave out what is waived; {@code waived} counts those, still listed, marked with their reason. */
    public record Gaps(int missing, int explained, int deferred, int thresholds, int officersBelow,
                       int officersUncertified, List<UnitGaps> units, int waived) {
    }

    public record UnitGaps(String unit, List<Ref> missing, List<Ref> explained, List<Ref> deferred,
                           List<ThresholdGap> thresholds) {
    }

    /** waived: an approved waiver in dossier.yaml covers it; waiverReason is its reason ("" when it gives none). */
    public record Ref(String id, String name, boolean waived, String waiverReason) {
    }

    public record ThresholdGap(String id, String label, String indicator, String status, String statusText,
                               String valueText, String targetText, double target, Integer shortfall,
                               String shortfallKind, boolean waived, String waiverReason) {
    }

    /** provided false: dossier.yaml has no next_steps and the template shows a placeholder. */
    public record NextSteps(boolean provided, String text, List<String> paragraphs) {
    }

    /**
     * folder: the unit's indicator folder it sits in; file: its path inside that folder (for a link,
     * the links file); path: from the repository root; for a link, its line, url and title.
     */
    public record EvidenceEntry(int no, String indicator, String indicatorName, String unit, String folder,
                                String file, String path, String kind, int line, String url, String title) {
    }
}
