package dossier.supervision;

import java.util.List;

/**
 * 工作进展通报: where the campaign stands and how it moved since the earlier snapshots. Counts
 * and unit names only — never an officer's name. Plain strings and numbers for the templates.
 *
 * @param snapshots   how many runs the trend has, the current one included
 * @param rankingKeys the order units are ranked by (from dossier.yaml's bulletin.ranking), the
 *                    units table's order breaking the last tie
 */
public record Bulletin(String asOf, int snapshots, Overall overall, List<Rank> ranking, List<String> rankingKeys,
                       Weights weights, List<String> complete, List<Lagging> lagging, List<Due> dueNext,
                       int dueWindowDays, Trend trend, List<Shortfall> shortfalls) {

    /**
     * A change between two runs in percentage points.
     *
     * @param direction up, down, same, or "" when there is nothing to compare with
     * @param text      the size of the change, one decimal, without a sign
     */
    public record Change(String direction, double value, String text) {
        public static final Change NONE = new Change("", 0, "");
    }

    public record Overall(Double rate, String rateText, int tasks, int covered, int applicable, int overdue,
                          int units, int completeUnits, String previousDate, Change sincePrevious,
                          String firstDate, Change sinceFirst) {
    }

    /** Each component 0–100; the total weighs them by {@link Weights}. timeliness and total are null when not known. */
    public record Score(double coverage, Double timeliness, double thresholds, Double total, String totalText) {
    }

    /** The 考核 score formula: weights of coverage, timeliness and thresholds met (dossier.yaml bulletin.score). */
    public record Weights(double coverage, double timeliness, double thresholds) {
        public static final Weights DEFAULT = new Weights(60, 25, 15);
    }

    /** @param previousNo the unit's place in the previous snapshot's ranking by the same order, 0 when none */
    public record Rank(int no, String unit, Double rate, String rateText, int covered, int applicable, int overdue,
                       int dueSoon, int shortfalls, Change change, int previousNo, Score score, boolean complete) {
    }

    /** A unit with overdue tasks (滞后): how many, and the most days any of them is late (null when not known). */
    public record Lagging(String unit, int overdue, Long maxDays) {
    }

    /** An indicator falling due within the window, and the units that have filed nothing for it yet. */
    public record Due(String date, String indicator, String indicatorName, List<String> units) {
        public Due {
            units = List.copyOf(units);
        }
    }

    /**
     * Coverage over the snapshots, overall first and then per area; x/y are laid out for an SVG
     * of {@link Trend#WIDTH}×{@link Trend#HEIGHT} (100% at the top of the plot, 0% at its bottom).
     */
    public record Trend(List<String> dates, List<Series> series, List<Double> xs) {
        public static final int WIDTH = 640;
        public static final int HEIGHT = 260;
        public static final int LEFT = 48;
        public static final int RIGHT = 620;
        public static final int TOP = 16;
        public static final int BOTTOM = 220;
    }

    /** @param svgPoints "x,y x,y …" for a polyline, skipping runs without a rate */
    public record Series(String name, boolean overall, String color, List<Point> points, String svgPoints) {
    }

    public record Point(String date, Double rate, String rateText, double x, double y) {
    }

    /** A threshold that some units have not met, with those units. */
    public record Shortfall(String id, String label, String task, List<String> units) {
        public Shortfall {
            units = List.copyOf(units);
        }
    }
}
