package dossier.read;

import dossier.shared.ChineseText;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Numbers as offices type them into metrics.yaml and registers: counts with a measure word
 * ("12人", "十二"), percentages ("95%", "95％", "百分之九十五"), hours ("4学时", "4.5小时", "四",
 * "四个半小时"). Anything else — "大约四小时", "4-6", "若干" — is not a number: the caller reports it
 * rather than guessing.
 */
public final class MetricValues {
    private static final Pattern DECIMAL = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern HOURS_UNIT = Pattern.compile("(?:学时|课时|小时|钟头|hours|hour|hrs|hr|h)$");
    private static final Pattern COUNT_UNIT = Pattern.compile("(?:人次|件次|[人名件次个份篇场期项起条家户位批部本])$");

    private MetricValues() {
    }

    /** A non-negative number written in digits or small Chinese numerals: 4, 4.5, 1,200, 四, 十二, 四点五, 四个半, 半. */
    public static OptionalDouble number(String text) {
        String t = ChineseText.compact(text).toLowerCase(Locale.ROOT);
        if (t.isEmpty()) return OptionalDouble.empty();
        if (GROUPED.matcher(t).matches()) t = t.replace(",", "");
        if (DECIMAL.matcher(t).matches()) return OptionalDouble.of(Double.parseDouble(t));
        double half = 0;
        if (t.endsWith("半")) {
            half = 0.5;
            t = t.substring(0, t.length() - 1);
            if (t.endsWith("个")) t = t.substring(0, t.length() - 1);
            if (t.isEmpty()) return OptionalDouble.of(half);
        }
        if (DECIMAL.matcher(t).matches() && !t.contains(".")) return OptionalDouble.of(Integer.parseInt(t) + half);
        int point = t.indexOf('点');
        if (point > 0 && half == 0) {
            Integer whole = ChineseNumerals.value(t.substring(0, point));
            String fraction = digits(t.substring(point + 1));
            return whole == null || fraction == null ? OptionalDouble.empty()
                    : OptionalDouble.of(Double.parseDouble(whole + "." + fraction));
        }
        Integer v = ChineseNumerals.value(t);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v + half);
    }

    /** Hours: 40, 4.5, "4学时", "4.5小时", "4课时", "四", "四个半小时", "2h". */
    public static OptionalDouble hours(String text) {
        String t = ChineseText.compact(text).toLowerCase(Locale.ROOT);
        t = HOURS_UNIT.matcher(t).replaceFirst("");
        if (t.endsWith("个")) t = t.substring(0, t.length() - 1);
        return number(t);
    }

    /** A whole count: 12, "12人", "12件", "12次", "十二", "1,200"; 12.0 is 12, 12.5 is no count. */
    public static OptionalDouble count(String text) {
        String t = ChineseText.compact(text);
        t = COUNT_UNIT.matcher(t).replaceFirst("");
        OptionalDouble n = number(t);
        return n.isPresent() && n.getAsDouble() == Math.rint(n.getAsDouble()) ? n : OptionalDouble.empty();
    }

    /**
     * A percentage as written: 95, "95%", "95％", "95.5%", "百分之九十五", "百分之百". A fraction is
     * not rescaled (0.95 stays 0.95: the target then fails visibly rather than passing by a guess);
     * the caller judges the 0–100 range.
     */
    public static OptionalDouble percent(String text) {
        String t = ChineseText.compact(text);
        if (t.equals("百分之百")) return OptionalDouble.of(100);
        if (t.startsWith("百分之")) t = t.substring(3);
        else if (t.endsWith("%")) t = t.substring(0, t.length() - 1);
        return number(t);
    }

    /** A number as a person writes it: 96, 95.5; never 96.00000000000001. */
    public static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
    }

    private static String digits(String s) {
        if (s.isEmpty()) return null;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            Integer d = ChineseNumerals.value(s.substring(i, i + 1));
            if (d == null || d > 9) {
                if (Character.isDigit(s.charAt(i))) out.append(s.charAt(i));
                else return null;
            } else {
                out.append(d);
            }
        }
        return out.toString();
    }
}
