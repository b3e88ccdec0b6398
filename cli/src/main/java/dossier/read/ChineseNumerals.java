package dossier.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small Chinese numerals (一 … 九十九, 两, 〇) as digits: 七月上旬 → 7月上旬, 四学时 → 4学时. */
public final class ChineseNumerals {
    private static final Pattern RUN = Pattern.compile("[零〇一二两三四五六七八九十]+");

    private ChineseNumerals() {
    }

    /** Every run of Chinese numerals in the text replaced by its value in digits. */
    public static String toDigits(String text) {
        Matcher m = RUN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Integer v = value(m.group());
            m.appendReplacement(out, v == null ? m.group() : String.valueOf(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The value of a numeral such as 十二 or 二十五, or null when it is not one. */
    public static Integer value(String s) {
        if (s.isEmpty()) return null;
        int ten = s.indexOf('十');
        if (ten < 0) {
            if (s.length() == 1) return digit(s.charAt(0));
            StringBuilder digits = new StringBuilder();
            for (char c : s.toCharArray()) {
                Integer d = digit(c);
                if (d == null) return null;
                digits.append(d);
            }
            return Integer.parseInt(digits.toString());
        }
        if (s.indexOf('十', ten + 1) >= 0) return null;
        Integer tens = ten == 0 ? Integer.valueOf(1) : (ten == 1 ? digit(s.charAt(0)) : null);
        Integer ones = ten == s.length() - 1 ? Integer.valueOf(0)
                : (ten == s.length() - 2 ? digit(s.charAt(s.length() - 1)) : null);
        if (tens == null || ones == null) return null;
        return tens * 10 + ones;
    }

    private static Integer digit(char c) {
        int i = "零一二三四五六七八九".indexOf(c);
        if (i >= 0) return i;
        if (c == '〇') return 0;
        if (c == '两') return 2;
        return null;
    }
}
