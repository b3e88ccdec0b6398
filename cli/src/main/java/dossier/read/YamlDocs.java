package dossier.read;

import dossier.model.Location;
import dossier.shared.InputException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * YAML as a node tree that remembers line and column, so a bad value is named where it stands.
 * Nothing is ever constructed from tags (no objects, no code); aliases and depth are bounded
 * against billion-laughs files.
 */
public final class YamlDocs {
    /** Values after alias expansion: a large task sheet in YAML has tens of thousands. */
    static final long MAX_EXPANDED_NODES = 200_000;

    private YamlDocs() {
    }

    /** The document's root node, or null for an empty file; InputException when it is not YAML. */
    public static Node compose(Path file, String displayName) {
        return compose(TextFiles.read(file, displayName), displayName);
    }

    public static Node compose(String text, String displayName) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit(10 * 1024 * 1024);
        options.setAllowDuplicateKeys(false);
        try {
            Node root = new Yaml(options).compose(new StringReader(text.replace("\t", "  ")));
            if (root != null) requireBoundedExpansion(root, displayName);
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
            Location at = mark == null ? Location.file(displayName)
                    : Location.cell(displayName, mark.getLine() + 1, String.valueOf(mark.getColumn() + 1));
            throw new InputException(at, "input.yaml.syntax", problem);
        } catch (YAMLException e) {
            throw new InputException(Location.file(displayName), "input.yaml.syntax", e.getMessage());
        }
    }

    /**
     * Aliases share nodes, so a few dozen of them that double each other expand to millions of
     * values in whoever walks the tree; the alias count alone does not bound that. Counts the nodes
     * as a reader would see them (each shared node once per use, memoised so this stays linear).
     */
    private static void requireBoundedExpansion(Node root, String displayName) {
        Map<Node, Long> sizes = new IdentityHashMap<>();
        if (expandedSize(root, sizes) > MAX_EXPANDED_NODES) {
            throw new InputException(Location.file(displayName), "input.yaml.tooManyValues", MAX_EXPANDED_NODES);
        }
    }

    private static long expandedSize(Node node, Map<Node, Long> sizes) {
        Long known = sizes.get(node);
        if (known != null) {
            if (known < 0) return MAX_EXPANDED_NODES + 1; // an alias inside its own anchor: endless
            return known;
        }
        sizes.put(node, -1L);
        long size = 1;
        if (node instanceof SequenceNode s) {
            for (Node item : s.getValue()) size = Math.min(size + expandedSize(item, sizes), MAX_EXPANDED_NODES + 1);
        } else if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                size = Math.min(size + expandedSize(t.getKeyNode(), sizes) + expandedSize(t.getValueNode(), sizes),
                        MAX_EXPANDED_NODES + 1);
            }
        }
        sizes.put(node, size);
        return size;
    }

    public static Location at(String displayName, Node node) {
        Mark m = node.getStartMark();
        return m == null ? Location.file(displayName)
                : Location.cell(displayName, m.getLine() + 1, String.valueOf(m.getColumn() + 1));
    }

    public static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    public static boolean isNull(Node node) {
        return node == null || (node instanceof ScalarNode s && "tag:yaml.org,2002:null".equals(s.getTag().getValue()));
    }

    public static List<NodeTuple> entries(Node node) {
        return node instanceof MappingNode m ? m.getValue() : List.of();
    }

    public static List<Node> items(Node node) {
        if (node instanceof SequenceNode s) return s.getValue();
        return node == null ? List.of() : List.of(node);
    }

    /** A scalar, or the items of a list of scalars, as strings. */
    public static List<String> strings(Node node) {
        List<String> out = new ArrayList<>();
        for (Node item : items(node)) {
            String v = scalar(item);
            if (v != null && !isNull(item)) out.add(v);
        }
        return out;
    }

    /** A node as plain values: a mapping as a map, a list as a list, a scalar as its text, nothing as "". */
    public static Object plain(Node node) {
        if (isNull(node)) return "";
        if (node instanceof MappingNode) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (NodeTuple t : entries(node)) {
                out.put(String.valueOf(scalar(t.getKeyNode())), plain(t.getValueNode()));
            }
            return out;
        }
        String scalar = scalar(node);
        if (scalar != null) return scalar;
        List<Object> out = new ArrayList<>();
        for (Node item : items(node)) out.add(plain(item));
        return out;
    }
}
