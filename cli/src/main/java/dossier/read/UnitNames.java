package dossier.read;

import java.util.ArrayList;
import java.util.List;

/** Unit names as typed in sheets: several per cell, stray spaces, full-width brackets. */
public final class UnitNames {
    public static final String TOWNSHIP = "乡镇";
    public static final String STREET = "街道";
    public static final String DEPARTMENT = "区直部门";

    private UnitNames() {
    }

    /** One unit name, compared by identity: NFKC, no whitespace, no trailing 等. */
    public static String normal(String name) {
        String n = ChineseText.compact(name);
        while (n.endsWith("等") && n.length() > 2) n = n.substring(0, n.length() - 1);
        return n;
    }

    /** The names in one cell, split on 、，,;； and line breaks. */
    public static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null) return out;
        String c = ChineseText.clean(cell);
        for (String part : c.split("[、,，;；/\\r\\n]+")) {
            String n = normal(part);
            if (!n.isEmpty() && !out.contains(n)) out.add(n);
        }
        return out;
    }

    /** 乡镇, 街道 or 区直部门: from the category column, else guessed from the name. */
    public static String category(String written, String name) {
        String w = ChineseText.compact(written);
        if (!w.isEmpty()) {
            if (w.contains("街道")) return STREET;
            if (w.contains("乡") || w.contains("镇")) return TOWNSHIP;
            if (w.contains("区直") || w.contains("部门") || w.contains("单位") || w.contains("机关")) return DEPARTMENT;
            return w;
        }
        if (name.endsWith("街道") || name.endsWith("街道办") || name.endsWith("街道办事处")) return STREET;
        if (name.endsWith("镇") || name.endsWith("乡") || name.endsWith("镇政府") || name.endsWith("乡政府")) return TOWNSHIP;
        return DEPARTMENT;
    }
}
