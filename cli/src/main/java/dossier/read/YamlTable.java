package dossier.read;

import dossier.model.Location;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        List<String> keys = new ArrayList<>();
        List<Node> items = YamlDocs.items(list);
        for (Node item : items) {
            for (NodeTuple t : YamlDocs.entries(item)) {
                String k = String.valueOf(YamlDocs.scalar(t.getKeyNode())).trim();
                if (!keys.contains(k)) keys.add(k);
            }
        }
        List<Table.Row> rows = new ArrayList<>();
        rows.add(new Table.Row(0, keys.stream().map(Table.Cell::text).toList()));
        for (Node item : items) {
            List<Table.Cell> cells = new ArrayList<>();
            for (String k : keys) cells.add(Table.Cell.text(value(item, k)));
            rows.add(new Table.Row(YamlDocs.at(displayName, item).row(), cells));
        }
        return new Table("yaml", rows);
    }

    private static String value(Node item, String key) {
        for (NodeTuple t : YamlDocs.entries(item)) {
            if (String.valueOf(YamlDocs.scalar(t.getKeyNode())).trim().equals(key)) {
                return String.join("\n", YamlDocs.strings(t.getValueNode()));
            }
        }
        return "";
    }
}
