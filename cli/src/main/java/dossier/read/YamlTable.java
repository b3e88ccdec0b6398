package dossier.read;

import dossier.model.Location;
import dossier.shared.InputException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A task sheet written as YAML, a list of indicators (at the root or under "indicators"), seen as
 * a table: the keys are the header (the same names as a sheet's, Chinese or English), one row per
 * item, numbered by the line the item starts on.
 */
final class YamlTable {
    private static final Set<String> LIST_KEYS = Set.of("indicators", "tasks", "指标", "任务");

    private YamlTable() {
    }

    static Table of(Path file, String displayName) {
        Node root = YamlDocs.compose(file, displayName);
        Node list = root;
        for (NodeTuple t : YamlDocs.entries(root)) {
            if (LIST_KEYS.contains(String.valueOf(YamlDocs.scalar(t.getKeyNode())).trim())) list = t.getValueNode();
        }
        if (list == null || list instanceof MappingNode) {
            throw new InputException(Location.file(displayName), "sheet.yamlNotList");
        }
        // one column per meaning: items may name a field differently (id in one, 编号 in another)
        List<String> columns = new ArrayList<>();
        Map<String, String> columnOf = new LinkedHashMap<>();
        Map<Object, String> columnOfField = new LinkedHashMap<>();
        List<Node> items = YamlDocs.items(list);
        for (Node item : items) {
            for (NodeTuple t : YamlDocs.entries(item)) {
                String k = key(t);
                if (columnOf.containsKey(k)) continue;
                Object field = TaskSheetReader.HEADERS.fieldOf(k);
                String column = field == null ? k : columnOfField.computeIfAbsent(field, f -> k);
                columnOf.put(k, column);
                if (!columns.contains(column)) columns.add(column);
            }
        }
        List<Table.Row> rows = new ArrayList<>();
        rows.add(new Table.Row(0, columns.stream().map(Table.Cell::text).toList()));
        for (Node item : items) {
            List<Table.Cell> cells = new ArrayList<>();
            for (String column : columns) cells.add(Table.Cell.text(value(item, column, columnOf)));
            rows.add(new Table.Row(YamlDocs.at(displayName, item).row(), cells));
        }
        return new Table("yaml", rows);
    }

    private static String key(NodeTuple t) {
        return String.valueOf(YamlDocs.scalar(t.getKeyNode())).trim();
    }

    private static String value(Node item, String column, Map<String, String> columnOf) {
        List<String> parts = new ArrayList<>();
        for (NodeTuple t : YamlDocs.entries(item)) {
            if (column.equals(columnOf.get(key(t)))) parts.addAll(YamlDocs.strings(t.getValueNode()));
        }
        return String.join("\n", parts);
    }
}
