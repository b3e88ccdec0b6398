package dossier.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Unit names as typed in sheets: several per cell, stray spaces, full-width brackets. */
public final class UnitNames {
    public static final String TOWNSHIP = "乡镇";
    public static final String STREET = "街道";
    public static final String DEPARTMENT = "区直部门";

    // compiled once: display and split run for every cell naming units (a million-row units table)
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern SEPARATORS = Pattern.compile("[、,，;；/\\r\\n]+");
    private static final Pattern STREET_NAME = Pattern.compile(".+街道(?:办|办事处|党工委|工委)?");
    /** 空冢郭镇, 问十乡, 大刘镇人民政府, 某乡政府. */
    private static final Pattern TOWNSHIP_NAME = Pattern.compile(".+[乡镇](?:人民政府|政府|党委)?");

    private UnitNames() {
    }

    /** One unit name, compared by identity: NFKC, no whitespace, no trailing 等. */
    public static String normal(String name) {
        String n = ChineseText.compact(name);
        while (n.endsWith("等") && n.length() > 2) n = n.substring(0, n.length() - 1);
        return n;
    }

    /**
     * One unit name as it is shown: as typed (full-width brackets kept), without whitespace or a
     * trailing 等. Two names are the same unit when their {@link #normal} forms are equal.
     */
    public static String display(String name) {
        String d = SPACES.matcher(ChineseText.display(name)).replaceAll("");
        while (d.endsWith("等") && d.length() > 2) d = d.substring(0, d.length() - 1);
        return d;
    }

    /** The names in one cell as shown, split on 、，,;； and line breaks, each unit once. */
    public static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        if (cell == null) return out;
        for (String part : SEPARATORS.split(ChineseText.display(cell))) {
            String d = display(part);
            if (!d.isEmpty() && !seen.contains(normal(d))) {
                out.add(d);
                seen.add(normal(d));
            }
        }
        return out;
    }

    /** 乡镇, 街道 or 区直部门: from the category column, else guessed from the name. */
    public static String category(String written, String name) {
        String w = ChineseText.compact(written);
        if (!w.isEmpty()) {
            if (w.contains("街道") && (w.contains("乡") || w.contains("镇"))) {
                // "乡镇（街道）" names both: the unit's own name tells which
                String byName = category("", name);
                return byName.equals(DEPARTMENT) ? TOWNSHIP : byName;
            }
            if (w.contains("街道")) return STREET;
            if (w.contains("乡") || w.contains("镇")) return TOWNSHIP;
            if (w.contains("区直") || w.contains("部门") || w.contains("单位") || w.contains("机关")) return DEPARTMENT;
            return w;
        }
        String n = ChineseText.compact(name);
        if (STREET_NAME.matcher(n).matches()) return STREET;
        if (TOWNSHIP_NAME.matcher(n).matches()) return TOWNSHIP;
        return DEPARTMENT;
    }
}
