package dossier.read;

import java.util.Optional;
import java.util.regex.Pattern;

/** 一级指标 names without their numbering: "一、依法全面履行政府职能" → 依法全面履行政府职能. */
final class AreaNames {
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:第[一二三四五六七八九十\\d]+(?:部分|项)|[(（]?[一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．]|\\d+[、.．](?!\\d))\\s*");
    private static final Pattern HEADING = Pattern.compile(
            "^(?:第[一二三四五六七八九十\\d]+(?:部分|项)|[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．]).+");

    private AreaNames() {
    }

    static String clean(String text) {
        return NUMBERING.matcher(ChineseText.oneLine(text)).replaceFirst("").strip();
    }

    /** The area a heading row names, when the row is one ("二、完善依法行政制度体系"). */
    static Optional<String> heading(String text) {
        String t = ChineseText.clean(text);
        return HEADING.matcher(t).matches() && t.length() <= 40 ? Optional.of(clean(t)) : Optional.empty();
    }
}
