package dossier.read;

import dossier.model.Liaison;
import dossier.model.Location;
import dossier.model.RepeatedUnit;
import dossier.model.Unit;
import dossier.shared.ChineseText;
import dossier.shared.InputException;
import dossier.shared.UnitNames;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the units and liaison table (联络员信息表). */
public final class UnitsReader {
    enum Field { NAME, ALIASES, CATEGORY, LIAISON, TITLE, OFFICE_PHONE, MOBILE, EMAIL }

    private static final HeaderMatcher<Field> HEADERS = new HeaderMatcher<>(headerNames());

    private UnitsReader() {
    }

    /** The units, each as its first row names it, and every later row that names one of them again. */
    public record Result(List<Unit> units, List<RepeatedUnit> repeated) {
    }

    private static Map<Field, List<String>> headerNames() {
        Map<Field, List<String>> m = new LinkedHashMap<>();
        m.put(Field.NAME, List.of("单位名称", "单位全称", "单位", "名称", "unit", "name"));
        m.put(Field.ALIASES, List.of("简称/别名", "简称", "别名", "aliases", "alias"));
        m.put(Field.CATEGORY, List.of("类别", "类型", "单位类别", "单位类型", "category"));
        m.put(Field.LIAISON, List.of("联络员", "联络员姓名", "联系人", "姓名", "liaison", "liaison name"));
        m.put(Field.TITLE, List.of("职务", "职位", "title"));
        m.put(Field.OFFICE_PHONE, List.of("办公电话", "座机", "固定电话", "联系电话", "电话", "office phone", "phone"));
        m.put(Field.MOBILE, List.of("手机", "手机号", "手机号码", "移动电话", "mobile", "mobile phone"));
        m.put(Field.EMAIL, List.of("邮箱", "电子邮箱", "email", "e-mail", "mail"));
        return m;
    }

    public static Result read(Path file, String displayName) {
        if (TextFiles.isEmpty(file)) throw new InputException(Location.file(displayName), "input.emptyFile");
        List<Table> tables = TableReader.read(file, displayName);
        for (Table table : tables) {
            HeaderMatcher.Header<Field> header = HEADERS.find(table, cols -> cols.containsKey(Field.NAME)
                    && cols.size() >= 2 && !cols.containsKey(null));
            if (header != null) return rows(table, header, displayName);
        }
        throw new InputException(Location.file(displayName), "units.noHeader", "单位名称, 简称, 类别, 联络员, 手机");
    }

    private static Result rows(Table table, HeaderMatcher.Header<Field> header, String file) {
        List<Unit> units = new ArrayList<>();
        List<RepeatedUnit> repeated = new ArrayList<>();
        Map<String, Integer> rowOfName = new LinkedHashMap<>();
        String[] section = {null};   // the group heading above the row
        table.forEachRow(header.rowIndex() + 1, row -> {
            Optional<String> heading = sectionHeading(row);
            if (heading.isPresent()) {
                section[0] = sectionCategory(heading.get());
                return;
            }
            String name = UnitNames.display(value(row, header, Field.NAME));
            if (name.isEmpty() || name.startsWith("注")) return;
            Location at = Location.cell(file, row.number(), Table.columnLetter(header.first(Field.NAME)));
            Integer earlier = rowOfName.putIfAbsent(UnitNames.normal(name), row.number());
            if (earlier != null) {
                repeated.add(new RepeatedUnit(name, at, earlier));
                return;
            }
            List<String> aliases = UnitNames.split(value(row, header, Field.ALIASES)).stream()
                    .filter(a -> !UnitNames.normal(a).equals(UnitNames.normal(name))).toList();
            Liaison liaison = new Liaison(ChineseText.displayLine(value(row, header, Field.LIAISON)),
                    ChineseText.displayLine(value(row, header, Field.TITLE)),
                    ChineseText.oneLine(value(row, header, Field.OFFICE_PHONE)),
                    ChineseText.oneLine(value(row, header, Field.MOBILE)),
                    ChineseText.oneLine(value(row, header, Field.EMAIL)));
            String written = value(row, header, Field.CATEGORY);
            String guessed = UnitNames.category(written, name);
            String category = written.isBlank() && section[0] != null && guessed.equals(UnitNames.DEPARTMENT) ? section[0] : guessed;
            units.add(new Unit(name, aliases, category, liaison, row.number()));
        });
        return new Result(units, repeated);
    }

    private static final Pattern CATEGORY_WORD = Pattern.compile(
            "各?(?:区直(?:各)?(?:部门|单位)|区直机关|乡镇|街道|乡镇\\(?街道\\)?|街道办事处)(?:\\(\\d+个\\))?");

    /**
     * A row that heads a group of units rather than naming one: "一、区直部门", "（二）乡镇（街道）",
     * or a bare category word, typed once or merged across the row.
     */
    private static Optional<String> sectionHeading(Table.Row row) {
        String only = null;
        int filled = 0;
        boolean merged = true;
        for (Table.Cell cell : row.cells()) {
            if (cell.isBlank()) continue;
            String t = ChineseText.compact(cell.text());
            if (only == null) {
                only = t;
            } else if (!only.equals(t)) {
                return Optional.empty();
            } else if (!cell.mergedCopy()) {
                merged = false;
            }
            filled++;
        }
        if (only == null || only.startsWith("注")) return Optional.empty();
        boolean heading = AreaNames.heading(only).isPresent() || CATEGORY_WORD.matcher(only).matches()
                || (filled >= 2 && merged);
        return heading ? Optional.of(only) : Optional.empty();
    }

    /** The category a section heading names, or null when it names none or several (乡镇（街道）). */
    private static String sectionCategory(String heading) {
        boolean street = heading.contains("街道");
        boolean township = heading.contains("乡") || heading.contains("镇");
        if (street && township) return null;
        if (street) return UnitNames.STREET;
        if (township) return UnitNames.TOWNSHIP;
        if (heading.contains("区直") || heading.contains("部门") || heading.contains("单位") || heading.contains("机关")) {
            return UnitNames.DEPARTMENT;
        }
        return null;
    }

    private static String value(Table.Row row, HeaderMatcher.Header<Field> header, Field field) {
        List<String> parts = new ArrayList<>();
        for (int c : header.all(field)) {
            String t = row.cell(c).text().strip();
            if (!t.isEmpty() && !parts.contains(t)) parts.add(t);
        }
        return String.join("、", parts);
    }
}
