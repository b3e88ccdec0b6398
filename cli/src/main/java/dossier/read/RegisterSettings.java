package dossier.read;

import dossier.model.RegisterKind;
import dossier.model.RegisterSetting;
import dossier.shared.InputException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * dossier.yaml's {@code registers:} section (see {@link RegisterReader} for the format). An entry
 * that cannot be used ("kind: trainning", "columns.工时") makes the file unusable, named by the
 * line and column of what is wrong, whether or not a register file matches it yet: read another
 * way, a register would silently yield other figures.
 */
final class RegisterSettings {
    private static final String BAD_REGISTER = "settings.badRegister";

    private final String file;

    private RegisterSettings(String file) {
        this.file = file;
    }

    static List<RegisterSetting> read(String file, Node section) {
        if (YamlDocs.isNull(section)) return List.of();
        if (!(section instanceof MappingNode)) throw new InputException(YamlDocs.at(file, section), "settings.expectedMapping", "registers");
        RegisterSettings reader = new RegisterSettings(file);
        List<RegisterSetting> out = new ArrayList<>();
        for (NodeTuple t : YamlDocs.entries(section)) {
            out.add(reader.entry(String.valueOf(YamlDocs.scalar(t.getKeyNode())), t.getValueNode()));
        }
        return out;
    }

    private RegisterSetting entry(String key, Node node) {
        Object value = YamlDocs.plain(node);
        RegisterKind kind = null;
        Map<String, List<String>> columns = new LinkedHashMap<>();
        if (value instanceof String s) {
            // shorthand: 学习记录: law_study
            kind = RegisterMapping.kindOf(s);
            if (kind == null && !s.isBlank()) throw bad(node, key, "kind: " + s);
            return new RegisterSetting(key, kind, columns, YamlDocs.at(file, node));
        }
        if (!(node instanceof MappingNode)) throw bad(node, key, String.valueOf(value));
        for (NodeTuple t : YamlDocs.entries(node)) {
            String k = String.valueOf(YamlDocs.scalar(t.getKeyNode())).strip();
            switch (k) {
                case "kind" -> {
                    Object v = YamlDocs.plain(t.getValueNode());
                    String s = String.valueOf(v);
                    if (s.isBlank()) break;
                    kind = RegisterMapping.kindOf(s);
                    if (kind == null) throw bad(t.getValueNode(), key, "kind: " + s);
                }
                case "columns" -> columns(key, t.getValueNode(), columns);
                default -> throw bad(t.getKeyNode(), key, k);
            }
        }
        return new RegisterSetting(key, kind, columns, YamlDocs.at(file, node));
    }

    /** {@code columns: {学时: 折算分值, 姓名: [参训干部, 姓名]}}: a built-in column, then its headers in this file. */
    private void columns(String key, Node node, Map<String, List<String>> out) {
        if (YamlDocs.plain(node) instanceof String s && s.isBlank()) return;
        if (!(node instanceof MappingNode)) throw bad(node, key, "columns");
        for (NodeTuple c : YamlDocs.entries(node)) {
            String builtin = String.valueOf(YamlDocs.scalar(c.getKeyNode()));
            Optional<RegisterColumn> column = RegisterColumn.byMappingKey(builtin);
            if (column.isEmpty()) throw bad(c.getKeyNode(), key, "columns." + builtin);
            Object value = YamlDocs.plain(c.getValueNode());
            List<String> headers = headers(value);
            if (headers.isEmpty()) throw bad(c.getValueNode(), key, "columns." + builtin + ": " + value);
            out.computeIfAbsent(column.get().builtinName(), x -> new ArrayList<>()).addAll(headers);
        }
    }

    private static List<String> headers(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof String s) {
            if (!s.isBlank()) out.add(s.strip());
        } else if (value instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof String s && !s.isBlank()) out.add(s.strip());
            }
        }
        return out;
    }

    private InputException bad(Node at, String key, String problem) {
        return new InputException(YamlDocs.at(file, at), BAD_REGISTER, key, problem);
    }
}
