package dossier.read;

import dossier.model.Due;
import dossier.shared.ChineseText;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deadlines as Chinese offices write them: 2021-08-10, 2021/8/10, 2021年8月10日, 8月10日前,
 * 7月中旬 (上/中/下旬 = the 10th, 20th, last day), 年底, 第三季度, 七月上旬, and words such as
 * 长期坚持 for ongoing work. In a range ("7月中旬—8月10日") the last date counts.
 */
public final class ChineseDates {
    private static final List<String> ONGOING = List.of(
            "长期坚持", "持续推进", "长期", "持续", "常态化", "经常性", "日常", "全年", "每年", "每季度", "每月",
            "定期", "随时", "ongoing");

    private static final Pattern FULL = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})[日号]?");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(20\\d{2})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})[年/.-](\\d{1,2})月?(上旬|中旬|下旬|初|底|末|份)?(?![\\d/.-])");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d/.-])(\\d{1,2})月(\\d{1,2})[日号]");
    private static final Pattern MONTH_PART = Pattern.compile("(?<![\\d/.-])(\\d{1,2})月(上旬|中旬|下旬|初|底|末|份)?");
    private static final Pattern SLASH_MONTH_DAY = Pattern.compile("^(\\d{1,2})/(\\d{1,2})$");
    private static final Pattern QUARTER = Pattern.compile("第?([1-4])季度");
    private static final Pattern YEAR_ONLY_END = Pattern.compile("(\\d{4})年(?:底|末|内|12月)");

    private ChineseDates() {
    }

    /** The deadline a cell's text names, or empty when it cannot be read. */
    public static Optional<Due> parse(String text, int year) {
        String raw = text == null ? "" : text.strip();
        String t = ChineseNumerals.toDigits(ChineseText.compact(raw)).toLowerCase();
        if (t.isEmpty()) return Optional.of(Due.NONE);
        Optional<LocalDate> date = lastDate(t, year);
        if (date.isPresent()) return Optional.of(Due.on(date.get(), raw));
        for (String word : ONGOING) {
            if (t.contains(word)) return Optional.of(Due.ongoing(raw));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> lastDate(String t, int year) {
        Hit best = null;
        try {
            best = later(best, find(FULL, t, m -> LocalDate.of(num(m, 1), num(m, 2), num(m, 3))));
            best = later(best, find(COMPACT, t, m -> LocalDate.of(num(m, 1), num(m, 2), num(m, 3))));
            best = later(best, find(YEAR_MONTH, t, m -> inMonth(num(m, 1), num(m, 2), m.group(3))));
            best = later(best, find(MONTH_DAY, t, m -> LocalDate.of(year, num(m, 1), num(m, 2))));
            best = later(best, find(MONTH_PART, t, m -> inMonth(year, num(m, 1), m.group(2))));
            best = later(best, find(SLASH_MONTH_DAY, t, m -> LocalDate.of(year, num(m, 1), num(m, 2))));
            best = later(best, find(QUARTER, t, m -> YearMonth.of(year, num(m, 1) * 3).atEndOfMonth()));
            best = later(best, find(YEAR_ONLY_END, t, m -> LocalDate.of(num(m, 1), 12, 31)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        if (best != null) return Optional.of(best.date);
        if (t.contains("上半年")) return Optional.of(LocalDate.of(year, 6, 30));
        if (t.matches(".*(年底|年末|年内|下半年|年度内).*")) return Optional.of(LocalDate.of(year, 12, 31));
        return Optional.empty();
    }

    private static LocalDate inMonth(int year, int month, String part) {
        YearMonth ym = YearMonth.of(year, month);
        if (part == null) return ym.atEndOfMonth();
        return switch (part) {
            case "上旬", "初" -> ym.atDay(10);
            case "中旬" -> ym.atDay(20);
            default -> ym.atEndOfMonth();
        };
    }

    private record Hit(int end, LocalDate date) {
    }

    private interface DateOf {
        LocalDate of(Matcher m);
    }

    /** The match that ends last: in a range the end date is the deadline. */
    private static Hit find(Pattern p, String t, DateOf dateOf) {
        Matcher m = p.matcher(t);
        Hit last = null;
        while (m.find()) {
            last = new Hit(m.end(), dateOf.of(m));
        }
        return last;
    }

    private static Hit later(Hit a, Hit b) {
        if (a == null) return b;
        if (b == null) return a;
        if (b.end != a.end) return b.end > a.end ? b : a;
        return a;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
