package dossier.read;

import java.time.LocalDate;
import java.util.List;

/**
 * One worksheet (or a whole CSV file) as rows of cells read the way Excel displays them.
 *
 * @param hidden a worksheet hidden in Excel (an old copy, a lookup list): readers look at it last
 */
public record Table(String name, List<Row> rows, boolean hidden) {

    public Table(String name, List<Row> rows) {
        this(name, rows, false);
    }

    /**
     * @param number 1-based, as Excel numbers rows (for a CSV, the record number)
     */
    public record Row(int number, List<Cell> cells) {
        public Cell cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : Cell.EMPTY;
        }

        public boolean isBlank() {
            return cells.stream().allMatch(Cell::isBlank);
        }
    }

    /**
     * @param text       as displayed (a date cell as ISO yyyy-MM-dd)
     * @param date       set for cells Excel shows as a date
     * @param number     set for numeric cells
     * @param mergedCopy true when the value was copied from the top-left of a merged region
     */
    public record Cell(String text, LocalDate date, Double number, boolean mergedCopy) {
        public static final Cell EMPTY = new Cell("", null, null, false);

        public static Cell text(String text) {
            return new Cell(text == null ? "" : text, null, null, false);
        }

        public boolean isBlank() {
            return text.isBlank();
        }
    }

    /** Excel's column letter for a 0-based index: 0 → A, 26 → AA. */
    public static String columnLetter(int column) {
        StringBuilder out = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            out.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return out.toString();
    }
}
