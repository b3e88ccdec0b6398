package dossier.read;

import dossier.model.Due;
import dossier.model.Finding;
import dossier.model.Indicator;
import dossier.model.Location;
import dossier.rules.SheetRules;
import dossier.shared.ChineseText;
import dossier.shared.IndicatorIds;
import dossier.shared.InputException;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the task sheet (任务分解表) as offices make it by hand: picks the worksheet whose header
 * it recognises, reads merged cells as covering every row, joins rows that share an id and a name
 * into one indicator, and resolves unit names and group words through the {@link UnitDirectory}.
 */
public final class TaskSheetReader {
    enum Field { ID, AREA, INDICATOR, REQUIREMENT, LEAD, UNITS, EVIDENCE, DUE, POINTS }

    static final HeaderMatcher<Field> HEADERS = new HeaderMatcher<>(headerNames());

    public record Result(List<Indicator> indicators, String sheet, List<Finding> findings) {
    }

    private TaskSheetReader() {
    }

    private static Map<Field, List<String>> headerNames() {
        Map<Field, List<String>> m = new LinkedHashMap<>();
        m.put(Field.ID, List.of("指标编号", "编号", "序号", "id"));
        m.put(Field.AREA, List.of("一级指标", "重点任务", "领域", "area"));
        m.put(Field.INDICATOR, List.of("二级指标", "指标名称", "任务", "indicator"));
        m.put(Field.REQUIREMENT, List.of("三级指标", "评估内容", "具体任务", "工作要求", "评分标准", "requirement"));
        m.put(Field.LEAD, List.of("牵头单位", "牵头部门", "lead"));
        m.put(Field.UNITS, List.of("责任单位", "配合单位", "责任部门", "units"));
        m.put(Field.EVIDENCE, List.of("佐证材料", "印证资料", "材料要求", "evidence"));
        m.put(Field.DUE, List.of("完成时限", "时间节点", "截止时间", "完成时间", "截止日期", "due"));
        m.put(Field.POINTS, List.of("分值", "分数", "points"));
        return m;
    }

    /** The tables of a task sheet file: worksheets or CSV, or the rows of a YAML list. */
    static List<Table> tables(Path file, String displayName) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) return List.of(YamlTable.of(file, displayName));
        return TableReader.read(file, displayName);
    }

    public static Result read(Path file, String displayName, String sheetName, UnitDirectory units, int year) {
        if (TextFiles.isEmpty(file)) throw new InputException(Location.file(displayName), "input.emptyFile");
        List<Table> tables = tables(file, displayName);
        for (Table table : tables) {
            if (sheetName != null && !ChineseText.compact(table.name()).equals(ChineseText.compact(sheetName))) continue;
            HeaderMatcher.Header<Field> header = HEADERS.find(table, TaskSheetReader::isHeader);
            if (header != null) {
                SheetRows rows = new SheetRows(displayName, table, header, units, year);
                return new Result(rows.indicators(), table.name(), rows.findings());
            }
            if (sheetName != null) {
                throw new InputException(Location.file(displayName), "sheet.noHeaderIn", table.name(), expectedHeaders());
            }
        }
        List<String> names = tables.stream().map(Table::name).toList();
        if (sheetName != null) {
            throw new InputException(Location.file(displayName), "sheet.noSuchSheet", sheetName, names);
        }
        throw new InputException(Location.file(displayName), "sheet.noHeader", names, expectedHeaders());
    }

    private static boolean isHeader(Map<Field, List<Integer>> columns) {
        return columns.containsKey(Field.ID) && columns.size() >= 3
                && (columns.containsKey(Field.INDICATOR) || columns.containsKey(Field.REQUIREMENT));
    }

    static String expectedHeaders() {
        return "指标编号/编号/序号, 二级指标/指标名称, 评估内容, 牵头单位, 责任单位, 完成时限";
    }

    /** One pass over the data rows of the recognised sheet. */
    private static final class SheetRows {
        private final String file;
        private final HeaderMatcher.Header<Field> header;
        private final UnitDirectory units;
        private final UnitCells unitCells;
        private final int year;
        private final Map<String, Draft> drafts = new LinkedHashMap<>();
        private final Map<String, Integer> lastMinor = new LinkedHashMap<>();
        private final List<Finding> findings = new ArrayList<>();
        private String area = "";
        private final Map<String, String> areas = new LinkedHashMap<>();
        private Draft previous;
        /** The id cell text and id of the last row that had one, for the rows a merged id cell covers. */
        private String lastIdText;
        private String lastId;

        SheetRows(String file, Table table, HeaderMatcher.Header<Field> header, UnitDirectory units, int year) {
            this.file = file;
            this.header = header;
            this.units = units;
            this.unitCells = new UnitCells(units, file, findings);
            this.year = year;
            table.forEachRow(header.rowIndex() + 1, this::row);
            if (drafts.isEmpty()) throw new InputException(Location.file(file), "sheet.noRows", table.name());
        }

        List<Finding> findings() {
            return findings;
        }

        List<Indicator> indicators() {
            Map<String, Integer> order = new HashMap<>();
            for (String name : units.names()) order.putIfAbsent(name, order.size());
            return drafts.values().stream().map(d -> d.build(order))
                    .sorted((a, b) -> IndicatorIds.compare(a.id(), b.id())).toList();
        }

        private void row(Table.Row row) {
            if (row.isBlank()) return;
            if (isHeader(HEADERS.match(row))) return;   // the header repeated further down (for printing)
            Optional<String> singleText = singleText(row);
            if (singleText.isPresent()) {
                AreaNames.heading(singleText.get()).ifPresent(h -> area = sameArea(h));
                return;
            }
            String areaText = text(row, Field.AREA);
            if (!areaText.isBlank()) area = sameArea(AreaNames.clean(areaText));
            Table.Cell idCell = row.cell(header.first(Field.ID));
            String name = ChineseText.displayLine(text(row, Field.INDICATOR));
            Optional<String> id = idCell.mergedCopy() && idCell.text().equals(lastIdText) ? Optional.of(lastId)
                    : IndicatorIds.parse(idCell.text()).map(i -> retyped(i, idCell, name));
            if (id.isEmpty()) {
                unidentified(row, idCell, name);
                return;
            }
            lastIdText = idCell.text();
            lastId = id.get();
            Draft draft = drafts.get(id.get());
            if (draft == null) {
                draft = new Draft(id.get(), areaOf(id.get()), row.number());
                drafts.put(id.get(), draft);
            } else if (!name.isEmpty() && !draft.name.isEmpty()
                    && !ChineseText.compact(name).equals(ChineseText.compact(draft.name))) {
                throw new InputException(Location.cell(file, row.number(), column(Field.ID)), "sheet.duplicateId",
                        id.get(), draft.row, draft.name, row.number(), name);
            }
            join(draft, row, name);
            remember(id.get());
        }

        /** An area typed again with other punctuation widths or spaces is the one first seen. */
        private String sameArea(String typed) {
            return areas.computeIfAbsent(ChineseText.compact(typed), k -> typed);
        }

        /** The area column's, or the last heading row's ("一、依法全面履行政府职能"), or the built-in one's by id. */
        private String areaOf(String id) {
            if (header.has(Field.AREA) || !area.isEmpty()) return area;
            return id.contains(".") ? BuiltinCatalogue.areaName(IndicatorIds.major(id)) : "";
        }

        private void unidentified(Table.Row row, Table.Cell idCell, String name) {
            boolean continues = previous != null && (name.isEmpty()
                    || ChineseText.compact(name).equals(ChineseText.compact(previous.name)));
            if (idCell.isBlank() && continues && hasContent(row)) {
                join(previous, row, name);
                return;
            }
            if (name.isEmpty() && text(row, Field.REQUIREMENT).isBlank()) return;
            findings.add(SheetRules.UNREADABLE_ID.at(Location.cell(file, row.number(), column(Field.ID)),
                    null, null, "row " + row.number(), ChineseText.displayLine(idCell.text()), name));
        }

        private boolean hasContent(Table.Row row) {
            for (Field f : List.of(Field.REQUIREMENT, Field.UNITS, Field.LEAD, Field.EVIDENCE)) {
                if (!text(row, f).isBlank()) return true;
            }
            return false;
        }

        /**
         * An id typed as a number loses its trailing zero (1.10 is stored as 1.1): after 1.9,
         * a numeric 1.1 is read as 1.10.
         */
        private String retyped(String id, Table.Cell cell, String name) {
            if (cell.number() == null || cell.mergedCopy() || !id.contains(".")) return id;
            String candidate = id + "0";
            String major = IndicatorIds.major(candidate);
            int minor = Integer.parseInt(candidate.substring(candidate.lastIndexOf('.') + 1));
            Integer last = lastMinor.get(major);
            Draft existing = drafts.get(id);
            boolean clash = existing != null && !name.isEmpty()
                    && !ChineseText.compact(existing.name).equals(ChineseText.compact(name));
            return (last != null && last + 1 == minor) || clash ? candidate : id;
        }

        private void remember(String id) {
            int dot = id.lastIndexOf('.');
            if (dot < 0) return;
            lastMinor.put(id.substring(0, dot), Integer.parseInt(id.substring(dot + 1)));
        }

        private void join(Draft draft, Table.Row row, String name) {
            previous = draft;
            if (draft.name.isEmpty()) draft.name = name;
            String requirement = ChineseText.display(text(row, Field.REQUIREMENT));
            if (!requirement.isEmpty() && !draft.requirements.contains(requirement)) draft.requirements.add(requirement);
            String evidence = ChineseText.display(text(row, Field.EVIDENCE));
            if (!evidence.isEmpty() && !draft.evidence.contains(evidence)) draft.evidence.add(evidence);
            List<String> leads = unitCells.resolve(text(row, Field.LEAD), row.number(), column(Field.LEAD), draft.id);
            for (String lead : leads) {
                if (draft.lead == null) draft.lead = lead;
                else if (!draft.lead.equals(lead)) draft.addUnit(lead);
            }
            for (int c : header.all(Field.UNITS)) {
                for (String u : unitCells.resolve(row.cell(c).text(), row.number(), Table.columnLetter(c), draft.id)) {
                    draft.addUnit(u);
                }
            }
            due(draft, row);
            points(draft, row);
        }

        private void due(Draft draft, Table.Row row) {
            if (!header.has(Field.DUE)) return;
            Table.Cell cell = row.cell(header.first(Field.DUE));
            Optional<Due> due = cell.date() != null ? Optional.of(Due.on(cell.date(), cell.text()))
                    : serialDate(cell).or(() -> ChineseDates.parse(cell.text(), year));
            if (due.isEmpty()) {
                findings.add(SheetRules.UNREADABLE_DUE.at(Location.cell(file, row.number(), column(Field.DUE)),
                        null, draft.id, ChineseText.displayLine(cell.text()), ChineseText.displayLine(cell.text())));
                return;
            }
            draft.due = later(draft.due, due.get());
        }

        /** A date typed into a cell formatted as a plain number shows as its Excel serial (44418). */
        private static Optional<Due> serialDate(Table.Cell cell) {
            Double n = cell.number();
            if (n == null || n < 36526 || n > 73051 || n != Math.floor(n)) return Optional.empty();
            return Optional.of(Due.on(LocalDate.of(1899, 12, 30).plusDays(n.longValue()), cell.text()));
        }

        private static Due later(Due a, Due b) {
            if (!b.known()) return a;
            if (!a.known()) return b;
            if (a.date() == null) return b.date() == null ? a : b;
            if (b.date() == null) return a;
            return b.date().isAfter(a.date()) ? b : a;
        }

        private void points(Draft draft, Table.Row row) {
            if (!header.has(Field.POINTS)) return;
            Table.Cell cell = row.cell(header.first(Field.POINTS));
            if (cell.isBlank() || cell.mergedCopy()) return;
            Double value = cell.number() != null ? cell.number() : parsePoints(cell.text());
            if (value == null) {
                findings.add(SheetRules.UNREADABLE_POINTS.at(Location.cell(file, row.number(), column(Field.POINTS)),
                        null, draft.id, "points", ChineseText.displayLine(cell.text())));
                return;
            }
            draft.points = draft.points == null ? value : draft.points + value;
        }

        private static Double parsePoints(String text) {
            String t = ChineseNumerals.toDigits(ChineseText.compact(text)).replace("分", "");
            try {
                return Double.parseDouble(t);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private String text(Table.Row row, Field field) {
            List<String> parts = new ArrayList<>();
            for (int c : header.all(field)) {
                String t = row.cell(c).text();
                if (!t.isBlank() && !parts.contains(t)) parts.add(t);
            }
            return String.join("\n", parts);
        }

        private String column(Field field) {
            int c = header.first(field);
            return c < 0 ? null : Table.columnLetter(c);
        }

        /** A heading or footnote row: one text, typed once or merged across the row (as typed). */
        private static Optional<String> singleText(Table.Row row) {
            String only = null;
            String typed = null;
            int filled = 0;
            for (Table.Cell cell : row.cells()) {
                if (cell.isBlank()) continue;
                filled++;
                String t = ChineseText.compact(cell.text());
                if (only == null) {
                    only = t;
                    typed = ChineseText.displayLine(cell.text());
                } else if (!only.equals(t)) {
                    return Optional.empty();
                }
            }
            return filled >= 2 || (typed != null && AreaNames.heading(typed).isPresent())
                    ? Optional.ofNullable(typed) : Optional.empty();
        }
    }

    /** An indicator while its rows are being joined. */
    private static final class Draft {
        final String id;
        final String area;
        final int row;
        String name = "";
        String lead;
        final List<String> requirements = new ArrayList<>();
        final List<String> evidence = new ArrayList<>();
        final List<String> units = new ArrayList<>();
        /** {@link #units} as a set: a row of 各单位 names thousands, and List.contains would scan them per name. */
        private final Set<String> unitSet = new HashSet<>();
        Due due = Due.NONE;
        Double points;

        Draft(String id, String area, int row) {
            this.id = id;
            this.area = area;
            this.row = row;
        }

        void addUnit(String unit) {
            if (unitSet.add(unit)) units.add(unit);
        }

        /** @param order each unit's place in the units table's order (a unit it lacks sorts first) */
        Indicator build(Map<String, Integer> order) {
            List<String> responsible = units.stream().filter(u -> !u.equals(lead))
                    .sorted(Comparator.comparingInt(u -> order.getOrDefault(u, -1))).toList();
            return new Indicator(id, area, name, requirements, lead, responsible, String.join("；", evidence),
                    due, points, row);
        }
    }
}
