package dossier.read;

import dossier.shared.ChineseText;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 一级指标 names without their numbering or points: "一、依法全面履行政府职能（20分）" →
 * 依法全面履行政府职能. The rest is kept as typed (full-width punctuation included).
 */
final class AreaNames {
    private static final String CN = "[一二三四五六七八九十]+";
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:第[一二三四五六七八九十\\d０-９]+(?:部分|项)|[(（]" + CN + "[)）]|" + CN + "[、.．]|[\\d０-９]+[、.．](?![\\d０-９]))\\s*");
    private static final Pattern HEADING = Pattern.compile(
            "^(?:第[一二三四五六七八九十\\d０-９]+(?:部分|项)|[(（]" + CN + "[)）]|" + CN + "[、.．]).+");
    /** Points written after the name: （20分）, (20 分), 20分. */
    private static final Pattern POINTS = Pattern.compile("\\s*(?:[(（]\\s*[\\d０-９.．]+\\s*分\\s*[)）]|[\\d０-９.．]+\\s*分)$");

    private AreaNames() {
    }

    static String clean(String text) {
        String t = NUMBERING.matcher(ChineseText.displayLine(text)).replaceFirst("").strip();
        String bare = POINTS.matcher(t).replaceFirst("").strip();
        return bare.isEmpty() ? t : bare;
    }

    /** The area a heading row names, when the row is one ("二、完善依法行政制度体系"). */
    static Optional<String> heading(String text) {
        String t = ChineseText.displayLine(text);
        return HEADING.matcher(t).matches() && ChineseText.compact(t).length() <= 40 ? Optional.of(clean(t)) : Optional.empty();
    }
}
