package dossier.shared;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Indicator ids ("4.4") as people type them: ４．４, 4、4, 4-4, "4.4." and so on. */
public final class IndicatorIds {
    private static final String SEPARATORS = "[.、,，。\\-_－—·]";
    private static final Pattern WHOLE = Pattern.compile("(\\d{1,3}(?:" + SEPARATORS + "\\d{1,3})*)" + SEPARATORS + "?");
    private static final Pattern LEADING = Pattern.compile("^(\\d{1,3}(?:" + SEPARATORS + "\\d{1,3})*)(?!\\d)");

    /** Numeric part by part, so 1.9 sorts before 1.10. */
    public static final Comparator<String> ORDER = IndicatorIds::compare;

    private IndicatorIds() {
    }

    /** The canonical id of a cell holding only an id, or empty when it is not one. */
    public static Optional<String> parse(String text) {
        String t = ChineseText.compact(text);
        Matcher m = WHOLE.matcher(t);
        return m.matches() ? Optional.of(canonical(m.group(1))) : Optional.empty();
    }

    /** The id a folder name starts with ("4.4 执法人员培训" → 4.4), or empty. */
    public static Optional<String> leading(String name) {
        Matcher m = LEADING.matcher(ChineseText.clean(name));
        return m.find() ? Optional.of(canonical(m.group(1))) : Optional.empty();
    }

    public static String major(String id) {
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }

    private static String canonical(String raw) {
        String[] parts = raw.split(SEPARATORS);
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (out.length() > 0) out.append('.');
            out.append(Integer.parseInt(p));
        }
        return out.toString();
    }

    public static int compare(String a, String b) {
        String[] pa = a.split("\\.");
        String[] pb = b.split("\\.");
        for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
            int c = compareNumbers(pa[i], pb[i]);
            if (c != 0) return c;
        }
        return Integer.compare(pa.length, pb.length);
    }

    private static int compareNumbers(String a, String b) {
        try {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }
}
