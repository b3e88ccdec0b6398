package dossier.read;

import dossier.model.Location;
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

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * YAML as a node tree that remembers line and column, so a bad value is named where it stands.
 * Nothing is ever constructed from tags (no objects, no code); aliases and depth are bounded
 * against billion-laughs files.
 */
public final class YamlDocs {
    private YamlDocs() {
    }

    /** The document's root node, or null for an empty file; InputException when it is not YAML. */
    public static Node compose(Path file, String displayName) {
        String text;
        try {
            text = TextFiles.read(file);
        } catch (IOException e) {
            throw new InputException(Location.file(displayName), "input.unreadable", e.getMessage());
        }
        return compose(text, displayName);
    }

    public static Node compose(String text, String displayName) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit(10 * 1024 * 1024);
        options.setAllowDuplicateKeys(false);
        try {
            return new Yaml(options).compose(new StringReader(text.replace("\t", "  ")));
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
}
