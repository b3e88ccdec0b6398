package dossier.read;

import dossier.model.Unit;
import dossier.shared.ChineseText;
import dossier.shared.UnitNames;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The campaign's units in official order (the units table's, then first appearance), and how
 * names in sheets and folders resolve to them: by name, by alias (司法局 = 区司法局), or by the
 * name without the district prefix when that is unambiguous. Group words (各街道, 区直各部门)
 * expand to the units of a category.
 */
public final class UnitDirectory {
    private static final List<Group> GROUPS = List.of(
            new Group(Pattern.compile("各乡镇[(]?(?:、|和|及)?街道[)]?(?:办事处)?"), List.of(UnitNames.TOWNSHIP, UnitNames.STREET)),
            new Group(Pattern.compile("各街道(?:办事处)?"), List.of(UnitNames.STREET)),
            new Group(Pattern.compile("各乡镇(?:人民政府|政府)?|各乡\\(镇\\)"), List.of(UnitNames.TOWNSHIP)),
            new Group(Pattern.compile("(?:区直各|各区直|区直有关|区直相关|区直各相关|区政府各|政府各)(?:部门|单位)|区直部门|区直单位|各部门"),
                    List.of(UnitNames.DEPARTMENT)),
            new Group(Pattern.compile("全区各单位|各级各部门|各单位"), List.of()));

    private record Group(Pattern pattern, List<String> categories) {
    }

    /** A group word found in a cell and the units it stands for (none: nothing of that category). */
    public record Expansion(String word, List<String> categories, List<String> units) {
    }

    private final List<Unit> units = new ArrayList<>();
    private final Map<String, String> canonical = new LinkedHashMap<>();
    private final String region;

    public UnitDirectory(List<Unit> tableUnits, String region) {
        this.region = ChineseText.compact(region);
        tableUnits.forEach(this::add);
    }

    public void add(Unit unit) {
        units.add(unit);
        canonical.putIfAbsent(UnitNames.normal(unit.name()), unit.name());
        for (String alias : unit.aliases()) canonical.putIfAbsent(UnitNames.normal(alias), unit.name());
    }

    public List<Unit> units() {
        return List.copyOf(units);
    }

    public List<String> names() {
        return units.stream().map(Unit::name).toList();
    }

    public Optional<Unit> unit(String canonicalName) {
        return units.stream().filter(u -> u.name().equals(canonicalName)).findFirst();
    }

    /** The canonical unit a written name stands for, if the directory knows it. */
    public Optional<String> resolve(String written) {
        String n = UnitNames.normal(written);
        String exact = canonical.get(n);
        if (exact != null) return Optional.of(exact);
        String bare = withoutPrefix(n);
        String found = null;
        for (Map.Entry<String, String> e : canonical.entrySet()) {
            if (withoutPrefix(e.getKey()).equals(bare)) {
                if (found != null && !found.equals(e.getValue())) return Optional.empty();
                found = e.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    private String withoutPrefix(String name) {
        String n = name;
        if (!region.isEmpty() && n.startsWith(region) && n.length() > region.length()) n = n.substring(region.length());
        // the region's own name without the province or city above it: 漯河市源汇区 → 源汇区, 河南省某某县 → 某某县
        int above = -1;
        for (int i = 0; i < region.length() - 1; i++) {
            if ("省市州盟".indexOf(region.charAt(i)) >= 0) above = i;
        }
        if (above >= 0) {
            String county = region.substring(above + 1);
            if (n.startsWith(county) && n.length() > county.length()) n = n.substring(county.length());
        }
        String level = level();
        if (n.startsWith(level) && n.length() > level.length() + 1) n = n.substring(level.length());
        return n;
    }

    /** What units write before their name for the region: 区 (区司法局), or 县/市/旗 for such a region. */
    String level() {
        if (region.isEmpty()) return "区";
        char last = region.charAt(region.length() - 1);
        return last == '县' || last == '市' || last == '旗' ? String.valueOf(last) : "区";
    }

    /** The group word in one name-sized part of a cell ("各乡镇（街道）"), with the units it stands for. */
    public Optional<Expansion> group(String part) {
        String text = ChineseText.compact(part);
        for (Group g : GROUPS) {
            Matcher m = g.pattern.matcher(text);
            if (m.find()) return Optional.of(new Expansion(m.group(), g.categories, unitsOf(g.categories)));
        }
        return Optional.empty();
    }

    private List<String> unitsOf(List<String> categories) {
        return units.stream().filter(u -> u.row() > 0)
                .filter(u -> categories.isEmpty() || categories.contains(u.category()))
                .map(Unit::name).toList();
    }
}
