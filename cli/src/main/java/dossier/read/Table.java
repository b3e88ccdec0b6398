package dossier.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One worksheet (or a whole CSV file) as rows of cells read the way Excel displays them.
 * <p>
 * A worksheet is read front to back each time its rows are asked for, never held whole: a register
 * of a million rows, or one formatted cell at XFD1048576, costs the memory of one row. The first
 * {@link #HEAD_ROWS} rows, where headers are looked for, are kept.
 */
public final class Table {
    /** How many rows from the top {@link #head()} holds: the header search looks at the first 30 and the one below. */
    public static final int HEAD_ROWS = 32;

    private final String name;
    private final boolean hidden;
    private final Source source;
    private List<Row> head;

    /** The rows of a sheet, in order, each with its 0-based index (Excel's row number − 1 for a worksheet). */
    interface Source {
        Cursor open();
    }

    interface Cursor extends Iterator<Row>, AutoCloseable {
        /** The index of the row {@link #next()} returned last. */
        int index();

        @Override
        void close();
    }

    Table(String name, boolean hidden, Source source) {
        this.name = name;
        this.hidden = hidden;
        this.source = source;
    }

    /** A table held in memory (a YAML list, a test's rows): a row's index is its position. */
    public Table(String name, List<Row> rows) {
        this(name, rows, false);
    }

    /** @param hidden a worksheet hidden in Excel (an old copy, a lookup list): readers look at it last */
    public Table(String name, List<Row> rows, boolean hidden) {
        this(name, hidden, () -> new ListCursor(List.copyOf(rows)));
    }

    public String name() {
        return name;
    }

    public boolean hidden() {
        return hidden;
    }

    Table asHidden() {
        return new Table(name, true, source);
    }

    /**
     * The first {@link #HEAD_ROWS} rows by index, blank ones included (a blank row stands where the
     * sheet has none), up to the last one that has content.
     */
    public List<Row> head() {
        if (head == null) {
            List<Row> rows = new ArrayList<>();
            try (Cursor c = source.open()) {
                while (c.hasNext()) {
                    Row row = c.next();
                    int index = c.index();
                    if (index >= HEAD_ROWS) break;
                    while (rows.size() < index) rows.add(new Row(rows.size() + 1, List.of()));
                    rows.add(row);
                }
            }
            head = List.copyOf(rows);
        }
        return head;
    }

    /** Every row that is not blank, from index {@code from} on, in order. */
    public void forEachRow(int from, Consumer<Row> action) {
        try (Cursor c = source.open()) {
            while (c.hasNext()) {
                Row row = c.next();
                if (c.index() >= from && !row.isBlank()) action.accept(row);
            }
        }
    }

    /** The first row that is not blank. */
    public Optional<Row> firstNonBlank() {
        try (Cursor c = source.open()) {
            while (c.hasNext()) {
                Row row = c.next();
                if (!row.isBlank()) return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    private static final class ListCursor implements Cursor {
        private final List<Row> rows;
        private int next;

        ListCursor(List<Row> rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            return next < rows.size();
        }

        @Override
        public Row next() {
            return rows.get(next++);
        }

        @Override
        public int index() {
            return next - 1;
        }

        @Override
        public void close() {
        }
    }

    /**
     * @param number 1-based, as Excel numbers rows (for a CSV, the record number)
     * @param cells  from column A up to the last one with content: a cell further right is {@link Cell#EMPTY}
     */
    public record Row(int number, List<Cell> cells) {
        public Cell cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : Cell.EMPTY;
        }

        public boolean isBlank() {
            for (Cell c : cells) {
                if (!c.isBlank()) return false;
            }
            return true;
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

        Cell asCopy() {
            return new Cell(text, date, number, true);
        }
    }

    private static final String[] LETTERS = new String[SheetCursor.MAX_COLUMNS];

    static {
        for (int c = 0; c < LETTERS.length; c++) LETTERS[c] = letters(c);
    }

    /** Excel's column letter for a 0-based index: 0 → A, 26 → AA (one shared string per column a sheet can have). */
    public static String columnLetter(int column) {
        return column >= 0 && column < LETTERS.length ? LETTERS[column] : letters(column);
    }

    private static String letters(int column) {
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
