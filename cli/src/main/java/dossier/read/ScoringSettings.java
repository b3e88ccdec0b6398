package dossier.read;

import dossier.model.Location;
import dossier.model.ScoringRule;
import dossier.model.ScoringSetting;
import dossier.shared.IndicatorIds;
import dossier.shared.InputException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * dossier.yaml's {@code scoring:} section, {@code {default: both, "4.4": coverage, "8.1": full}}:
 * a rule from a fixed list, never an expression. A rule it does not know makes the file unusable,
 * named by the line and column of the value.
 */
final class ScoringSettings {
    private static final String DEFAULT_KEY = "default";

    private ScoringSettings() {
    }

    static List<ScoringSetting> read(String file, Node section) {
        if (YamlDocs.isNull(section)) return List.of();
        if (!(section instanceof MappingNode)) throw new InputException(YamlDocs.at(file, section), "settings.expectedMapping", "scoring");
        List<ScoringSetting> out = new ArrayList<>();
        for (NodeTuple t : YamlDocs.entries(section)) {
            String key = String.valueOf(YamlDocs.scalar(t.getKeyNode())).strip();
            Location at = YamlDocs.at(file, t.getValueNode());
            ScoringRule rule = rule(key, YamlDocs.plain(t.getValueNode()), at);
            String indicator = key.equalsIgnoreCase(DEFAULT_KEY) ? null : IndicatorIds.parse(key).orElse(key);
            out.add(new ScoringSetting(key, indicator, rule, at));
        }
        return out;
    }

    private static ScoringRule rule(String key, Object value, Location at) {
        String text = String.valueOf(value).strip().toLowerCase(Locale.ROOT);
        for (ScoringRule r : ScoringRule.values()) {
            if (r.id().equals(text)) return r;
        }
        String allowed = Arrays.stream(ScoringRule.values()).map(ScoringRule::id).collect(Collectors.joining(", "));
        throw new InputException(at, "report.scoringBadRule", key, value, allowed);
    }
}
