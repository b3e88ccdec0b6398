package dossier.read;

import dossier.model.Due;
import dossier.model.Period;
import dossier.shared.ChineseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** The cells of a register read as what they mean: a date, a number of hours, 是/否, a certificate number. */
final class RegisterCells {
    /** Excel's day 0 in the 1900 date system (the day numbers past 1900-03-01 are all the same). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Set<String> NO_CERTIFICATE = Set.of("无", "暂无", "没有", "未取得", "未办理", "-", "--", "—", "——",
            "/", "\\", "0", "n/a", "na", "none", "null");
    private static final List<String> NOT_REVIEWED = List.of("否", "未", "无", "不", "没", "×", "✗", "✘", "false");
    private static final List<String> REVIEWED = List.of("是", "已审核", "√", "✓", "✔", "已", "审核", "通过", "有", "yes",
            "true", "合法");

    private RegisterCells() {
    }

    /**
     * A row's date: a date cell; an unformatted Excel day number (44418); or text as offices write
     * it (2021-03-15, 2021年3月15日, 2021.3.15, 3月15日). A date written without a year takes the
     * year of the period it falls in. Empty for text that names no single day ("长期", "待定").
     */
    static Optional<LocalDate> date(Table.Cell cell, Period period) {
        if (cell.date() != null) return Optional.of(cell.date());
        Double n = cell.number();
        if (n != null && n == Math.rint(n) && n >= 20000 && n <= 80000) {
            return Optional.of(EXCEL_EPOCH.plusDays(n.longValue()));
        }
        int first = period.start().getYear();
        Optional<LocalDate> d = ChineseDates.parse(cell.text(), first).map(Due::date);
        if (d.isEmpty() || period.contains(d.get())) return d;
        for (int year = first + 1; year <= period.end().getYear(); year++) {
            Optional<LocalDate> other = ChineseDates.parse(cell.text(), year).map(Due::date);
            if (other.isPresent() && period.contains(other.get())) return other;
        }
        return d;
    }

    /**
     * Hours: a number cell, or text such as 4学时, 4.5小时, 四. Empty for anything else, a date cell
     * or a negative number included.
     */
    static OptionalDouble hours(Table.Cell cell) {
        if (cell.date() != null) return OptionalDouble.empty();
        if (cell.number() != null) {
            return cell.number() >= 0 ? OptionalDouble.of(cell.number()) : OptionalDouble.empty();
        }
        return MetricValues.hours(cell.text());
    }

    /** 合法性审核: 是/已审核/√/✓/已/审核/通过/Y/yes → reviewed; 否/未/无/不…/blank, and anything unclear → not. */
    static boolean reviewed(String text) {
        String t = ChineseText.compact(text).toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.equals("n") || t.equals("no") || t.equals("x")) return false;
        for (String no : NOT_REVIEWED) {
            if (t.contains(no)) return false;
        }
        if (t.equals("y")) return true;
        for (String yes : REVIEWED) {
            if (t.contains(yes)) return true;
        }
        return false;
    }

    /**
     * A certificate number compared by identity: no spaces, half-width, upper case. A number has
     * digits: "" for 无, -, / and for every placeholder an office writes instead (待申领, 办理中).
     */
    static String certificate(String text) {
        String c = ChineseText.compact(text).toUpperCase(Locale.ROOT);
        boolean digits = c.chars().anyMatch(ch -> ch >= '0' && ch <= '9');
        return !digits || NO_CERTIFICATE.contains(c.toLowerCase(Locale.ROOT)) ? "" : c;
    }

    /** The names in a cell: one, or several separated by 、，,;； or line breaks (a session's attendees). */
    static List<String> names(String text) {
        List<String> out = new ArrayList<>();
        for (String part : ChineseText.clean(text).split("[、，,;；/\\n\\r]+")) {
            String name = ChineseText.compact(part);
            if (!name.isEmpty()) out.add(name);
        }
        return out;
    }
}
