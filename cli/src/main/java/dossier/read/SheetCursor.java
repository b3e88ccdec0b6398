package dossier.read;

import org.apache.poi.ss.util.CellRangeAddress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Turns the cells a worksheet stores, one row at a time, into {@link Table.Row}s the way Excel shows
 * them: a merged region's top-left value copied into every cell it covers (marked as a copy), rows
 * under a merged region made where the sheet stores none. Nothing is made for an empty row or column
 * outside a merge, so a million formatted empty rows or one cell at XFD1048576 cost nothing.
 */
abstract class SheetCursor implements Table.Cursor {
    static final int MAX_COLUMNS = 256;
    /** A region taller than this is read as this tall: a whole-column merge copies no further. */
    private static final int MAX_MERGE_ROWS = 5000;

    /** The stored cells of the row {@link #readRow()} read (through {@link #put}), null for none. */
    private final Table.Cell[] cells = new Table.Cell[MAX_COLUMNS];
    /** Set by {@link #readRow()}: the row's 0-based index. */
    protected int rowIndex;
    private int storedWidth;

    private final List<CellRangeAddress> regions;
    private final int width;
    private final List<CellRangeAddress> active = new ArrayList<>();
    private final List<Table.Cell> topLeft = new ArrayList<>();
    private int nextRegion;
    private boolean pending;
    private boolean ended;
    private int lastIndex = -1;
    private Table.Row next;
    private int nextIndex;
    private int index = -1;

    /**
     * @param merged the sheet's merged regions
     * @param width  the sheet's used width, as the file records it (its dimension): copies stop there
     */
    SheetCursor(List<CellRangeAddress> merged, int width) {
        this.width = Math.max(0, Math.min(width, MAX_COLUMNS));
        this.regions = new ArrayList<>(merged);
        this.regions.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
    }

    /** Reads the next row the sheet stores into {@link #cells} and {@link #rowIndex}; false at the end. */
    protected abstract boolean readRow();

    @Override
    public boolean hasNext() {
        if (next != null) return true;
        while (true) {
            if (!pending && !ended) {
                Arrays.fill(cells, null);   // merged copies may sit beyond the stored width
                storedWidth = 0;
                pending = readRow();
                ended = !pending;
                if (pending && rowIndex <= lastIndex) {   // a row stored twice or out of order: the first counts
                    pending = false;
                    continue;
                }
            }
            if (!pending) return false;
            int covered = nextCoveredRow(lastIndex + 1, rowIndex);
            if (covered >= 0) {
                next = build(covered, false);
                nextIndex = covered;
            } else {
                next = build(rowIndex, true);
                nextIndex = rowIndex;
                pending = false;
            }
            lastIndex = nextIndex;
            return true;
        }
    }

    @Override
    public Table.Row next() {
        if (!hasNext()) throw new NoSuchElementException();
        Table.Row row = next;
        next = null;
        index = nextIndex;
        return row;
    }

    @Override
    public int index() {
        return index;
    }

    /** The first row from {@code from} (inclusive) to {@code limit} (exclusive) that a merged region covers, or -1. */
    private int nextCoveredRow(int from, int limit) {
        if (from >= limit) return -1;
        activate(from);
        if (!active.isEmpty()) return from;
        if (nextRegion < regions.size() && regions.get(nextRegion).getFirstRow() < limit) {
            return regions.get(nextRegion).getFirstRow();
        }
        return -1;
    }

    /** Regions that start at or above the row become active; those that end above it are done. */
    private void activate(int row) {
        while (nextRegion < regions.size() && regions.get(nextRegion).getFirstRow() <= row) {
            active.add(regions.get(nextRegion++));
            topLeft.add(Table.Cell.EMPTY);
        }
        for (int i = active.size() - 1; i >= 0; i--) {
            CellRangeAddress r = active.get(i);
            if (Math.min(r.getLastRow(), r.getFirstRow() + MAX_MERGE_ROWS) < row) {
                active.remove(i);
                topLeft.remove(i);
            }
        }
    }

    private Table.Row build(int row, boolean stored) {
        activate(row);
        Table.Cell[] values = stored ? cells : new Table.Cell[MAX_COLUMNS];
        int used = stored ? storedWidth : 0;
        for (int i = 0; i < active.size(); i++) {
            CellRangeAddress r = active.get(i);
            int first = r.getFirstColumn();
            if (r.getFirstRow() == row) {
                Table.Cell origin = first < MAX_COLUMNS && values[first] != null ? values[first] : Table.Cell.EMPTY;
                topLeft.set(i, origin);
            }
            Table.Cell copy = topLeft.get(i).asCopy();
            int last = Math.min(r.getLastColumn(), width - 1);
            for (int c = first; c <= last; c++) {
                if (r.getFirstRow() == row && c == first) continue;
                values[c] = copy;
                used = Math.max(used, c + 1);
            }
        }
        List<Table.Cell> list = new ArrayList<>(used);
        for (int c = 0; c < used; c++) list.add(values[c] == null ? Table.Cell.EMPTY : values[c]);
        return new Table.Row(row + 1, list);
    }

    /** Stores a cell of the row being read; columns from {@link #MAX_COLUMNS} on are not read. */
    protected void put(int column, Table.Cell cell) {
        if (column < 0 || column >= MAX_COLUMNS) return;
        cells[column] = cell;
        storedWidth = Math.max(storedWidth, column + 1);
    }

    /** "B12" → column 1; -1 when the reference holds no column letters. */
    static int column(String reference) {
        int col = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i)) && i < 4) {
            col = col * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? -1 : col - 1;
    }

    /** "B12" → row index 11; -1 when the reference holds no row number. */
    static int row(String reference) {
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) i++;
        int value = 0;
        int digits = 0;
        for (; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < '0' || c > '9' || digits > 8) return -1;
            value = value * 10 + (c - '0');
            digits++;
        }
        return digits == 0 ? -1 : value - 1;
    }
}
