package dossier.read;

import dossier.shared.ChineseText;
import dossier.shared.InputException;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * districts.yaml, the city's own small list: its name and region, and per district the name
 * (matching a result's campaign name or region), the order to list it in, its site's URL and its
 * liaison. Every key is optional; an unknown key stops the run naming its line.
 */
public record DistrictsFile(String name, String region, List<Entry> districts) {
    private static final Set<String> TOP = Set.of("name", "region", "districts");
    private static final Set<String> KEYS = Set.of("name", "order", "site", "liaison");

    public static final DistrictsFile NONE = new DistrictsFile(null, null, List.of());

    /** @param order the position to list it at (1 first); entries without one follow in file order */
    public record Entry(String name, Integer order, String site, String liaison) {
        /** Whether a result of this campaign name and region is this district. */
        public boolean matches(String campaign, String region) {
            String me = ChineseText.compact(name);
            if (me.isEmpty()) return false;
            String r = ChineseText.compact(region);
            return me.equals(ChineseText.compact(campaign)) || me.equals(r) || (!r.isEmpty() && r.endsWith(me));
        }
    }

    public static DistrictsFile read(Path file) {
        String shown = file.toString();
        Node root = YamlDocs.compose(file, shown);
        if (root == null) return NONE;
        String name = null;
        String region = null;
        List<Entry> districts = new ArrayList<>();
        for (NodeTuple t : YamlDocs.entries(root)) {
            String key = YamlDocs.scalar(t.getKeyNode());
            if (!TOP.contains(key)) throw unknown(shown, t, TOP);
            switch (key) {
                case "name" -> name = YamlDocs.scalar(t.getValueNode());
                case "region" -> region = YamlDocs.scalar(t.getValueNode());
                default -> {
                    for (Node item : YamlDocs.items(t.getValueNode())) districts.add(entry(shown, item));
                }
            }
        }
        return new DistrictsFile(name, region, districts);
    }

    private static Entry entry(String shown, Node item) {
        String name = YamlDocs.scalar(item);
        if (name != null) return new Entry(name, null, null, null);
        String site = null;
        String liaison = null;
        Integer order = null;
        for (NodeTuple t : YamlDocs.entries(item)) {
            String key = YamlDocs.scalar(t.getKeyNode());
            if (!KEYS.contains(key)) throw unknown(shown, t, KEYS);
            String value = YamlDocs.scalar(t.getValueNode());
            switch (key) {
                case "name" -> name = value;
                case "site" -> site = value;
                case "liaison" -> liaison = value;
                default -> {
                    try {
                        order = Integer.valueOf(value == null ? "" : value.strip());
                    } catch (NumberFormatException e) {
                        throw new InputException(YamlDocs.at(shown, t.getValueNode()), "districts.badOrder", value);
                    }
                }
            }
        }
        if (name == null || name.isBlank()) throw new InputException(YamlDocs.at(shown, item), "districts.noName");
        return new Entry(name, order, site, liaison);
    }

    private static InputException unknown(String shown, NodeTuple t, Set<String> keys) {
        return new InputException(YamlDocs.at(shown, t.getKeyNode()), "districts.unknownKey",
                YamlDocs.scalar(t.getKeyNode()), String.join(", ", keys.stream().sorted().toList()));
    }

    /** Entries in the order they are to be listed: by order where given, then as written. */
    public List<Entry> ordered() {
        List<Entry> out = new ArrayList<>(districts);
        out.sort(java.util.Comparator.comparing((Entry e) -> e.order() == null ? Integer.MAX_VALUE : e.order()));
        return out;
    }

}
