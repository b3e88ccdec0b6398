package dossier.read;

import dossier.shared.ChineseText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the header row of a hand-made sheet: title rows above it, a second header row below it
 * (merged group headings), names with notes in brackets ("完成时限（截止）") or line breaks.
 *
 * @param <F> the fields the caller recognises, each with the header names that mean it
 */
public final class HeaderMatcher<F extends Enum<F>> {
    private static final int SEARCH_ROWS = 30;

    private final Map<F, List<String>> names;
    /** The names in their normal form, made once: every cell of every row is compared with all of them. */
    private final Map<F, List<String>> normalNames = new LinkedHashMap<>();
    private static final int MAX_ANSWERS = 50_000;
    private final Map<String, Optional<F>> answers = new ConcurrentHashMap<>();

    public HeaderMatcher(Map<F, List<String>> names) {
        this.names = names;
        names.forEach((field, list) -> normalNames.put(field, list.stream().map(HeaderMatcher::normal).toList()));
    }

    /** A recognised header: which columns hold each field, and the last header row. */
    public record Header<F>(int rowIndex, Map<F, List<Integer>> columns) {
        public int first(F field) {
            List<Integer> cols = columns.get(field);
            return cols == null || cols.isEmpty() ? -1 : cols.get(0);
        }

        public List<Integer> all(F field) {
            return columns.getOrDefault(field, List.of());
        }

        public boolean has(F field) {
            return columns.containsKey(field);
        }
    }

    public interface Acceptance<F> {
        boolean accepts(Map<F, List<Integer>> columns);
    }

    /** The first row among the first rows of the table that the acceptance test takes as a header. */
    public Header<F> find(Table table, Acceptance<F> acceptance) {
        List<Table.Row> rows = table.head();
        int limit = Math.min(rows.size(), SEARCH_ROWS);
        for (int r = 0; r < limit; r++) {
            Map<F, List<Integer>> columns = match(rows.get(r));
            if (!acceptance.accepts(columns)) continue;
            int last = r;
            if (r + 1 < rows.size()) {
                Map<F, List<Integer>> below = match(rows.get(r + 1));
                if (below.size() >= 2 && addsColumns(columns, below)) {
                    below.forEach((field, cols) -> columns.merge(field, cols, HeaderMatcher::union));
                    last = r + 1;
                }
            }
            return new Header<>(last, preferred(columns, rows.subList(r, last + 1)));
        }
        return null;
    }

    /**
     * When several columns mean one field (序号 and 指标编号), the one whose header is the field's
     * most specific name comes first, so {@link Header#first} reads it; the others keep column order.
     */
    private Map<F, List<Integer>> preferred(Map<F, List<Integer>> columns, List<Table.Row> headerRows) {
        Map<F, List<Integer>> out = new LinkedHashMap<>();
        columns.forEach((field, cols) -> {
            List<Integer> ordered = new ArrayList<>(cols);
            ordered.sort(null);
            if (ordered.size() > 1) {
                Integer best = null;
                int bestRank = Integer.MAX_VALUE;
                for (Integer c : ordered) {
                    int rank = Integer.MAX_VALUE;
                    for (Table.Row row : headerRows) rank = Math.min(rank, rank(field, row.cell(c).text()));
                    if (rank < bestRank) {
                        bestRank = rank;
                        best = c;
                    }
                }
                if (best != null) {
                    ordered.remove(best);
                    ordered.add(0, best);
                }
            }
            out.put(field, ordered);
        });
        return out;
    }

    /** The position in the field's list of the first name the header text is or contains; MAX_VALUE for none. */
    public int rank(F field, String headerText) {
        String h = normal(headerText);
        if (h.isEmpty() || fieldOf(headerText) != field) return Integer.MAX_VALUE;
        List<String> list = normalNames.getOrDefault(field, List.of());
        for (int i = 0; i < list.size(); i++) {
            if (h.contains(list.get(i))) return i;
        }
        return Integer.MAX_VALUE;
    }

    private boolean addsColumns(Map<F, List<Integer>> header, Map<F, List<Integer>> below) {
        return below.keySet().stream().anyMatch(f -> !header.containsKey(f));
    }

    private static List<Integer> union(List<Integer> a, List<Integer> b) {
        List<Integer> out = new ArrayList<>(a);
        for (Integer i : b) if (!out.contains(i)) out.add(i);
        return out;
    }

    public Map<F, List<Integer>> match(Table.Row row) {
        Map<F, List<Integer>> columns = new LinkedHashMap<>();
        for (int c = 0; c < row.cells().size(); c++) {
            Table.Cell cell = row.cell(c);
            if (cell.isBlank() || cell.number() != null) continue;
            F field = fieldOf(cell.text());
            if (field != null) columns.computeIfAbsent(field, k -> new ArrayList<>()).add(c);
        }
        return columns;
    }

    /**
     * The field a header cell names: an exact name first, then the longest name it ends with (the
     * head word of a Chinese header comes last: 联络员手机 is a 手机, 单位简称 a 简称), then the
     * longest it starts with, then the longest it contains.
     */
    public F fieldOf(String headerText) {
        // every cell of every data row is asked (is this the header typed again?): a register of a
        // million rows repeats its values, so the answers are kept, up to a bound
        Optional<F> known = answers.get(headerText);
        if (known != null) return known.orElse(null);
        F field = match(headerText);
        if (answers.size() < MAX_ANSWERS) answers.put(headerText, Optional.ofNullable(field));
        return field;
    }

    private F match(String headerText) {
        String h = normal(headerText);
        if (h.isEmpty() || h.length() > 24) return null;
        F best = null;
        int bestScore = 0;
        for (Map.Entry<F, List<String>> e : normalNames.entrySet()) {
            for (String n : e.getValue()) {
                int score = h.equals(n) ? 1000 : h.endsWith(n) ? 700 + n.length()
                        : h.startsWith(n) ? 500 + n.length() : h.contains(n) ? n.length() : 0;
                if (score > bestScore) {
                    bestScore = score;
                    best = e.getKey();
                }
            }
        }
        return best;
    }

    private static String normal(String text) {
        String c = ChineseText.compact(text).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(c.length());
        for (int k = 0; k < c.length(); k++) {
            char ch = c.charAt(k);
            if (ch != '*' && ch != '＊' && ch != ':' && ch != '：') out.append(ch);
        }
        return out.toString();
    }
}
