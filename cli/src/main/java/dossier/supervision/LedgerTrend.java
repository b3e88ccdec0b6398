package dossier.supervision;

import java.util.List;

/**
 * The ledger's 趋势 sheet: coverage per unit at every snapshot and now, the change since the
 * previous run and the 考核 score; the last row is the whole campaign (no score).
 *
 * @param dates the snapshots' as-of dates and the current one, oldest first
 */
public record LedgerTrend(List<String> dates, List<Row> rows) {
    public LedgerTrend {
        dates = List.copyOf(dates);
        rows = List.copyOf(rows);
    }

    /** @param rates per date, null where the unit had nothing applicable (or no snapshot entry) */
    public record Row(String unit, List<Double> rates, Double change, Double score) {
        public Row {
            rates = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(rates));
        }
    }
}
