package dossier.read;

import dossier.model.BuiltInThresholds;
import dossier.model.RegisterKind;
import dossier.model.ThresholdOverride;
import dossier.model.ThresholdSpec;
import dossier.model.ThresholdSpec.AppliesTo;
import dossier.model.ThresholdSpec.Kind;
import dossier.model.ThresholdSpec.Op;
import dossier.shared.ChineseText;
import dossier.shared.DidYouMean;
import dossier.shared.IndicatorIds;
import dossier.shared.InputException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * dossier.yaml's {@code thresholds} section: a key names a threshold and its value re-keys it
 * ({@code task}), changes its target ({@code op}, {@code target}), changes who it applies to
 * ({@code applies_to}), turns it off ({@code off} or {@code enabled: false}), or — with
 * {@code kind} — defines a new one. Any value that cannot mean one of these makes the file
 * unusable, named by the line and column of the value (or of the threshold, for a key it lacks).
 */
final class ThresholdSettings {
    private static final String BAD_THRESHOLD = "settings.badThreshold";
    private static final Set<String> KEYS = Set.of("task", "kind", "figure", "denominator", "op", "target",
            "applies_to", "register", "enabled");
    /** The figures a threshold can measure: what metrics.yaml declares or a register yields, and training hours. */
    private static final Set<String> FIGURES = figures();
    private static final Set<String> OFF = Set.of("off", "false", "no", "disabled", "停用", "关闭");

    private final String file;
    /** The thresholds as the entries read so far leave them, so each entry starts from the one it changes. */
    private final Map<String, ThresholdSpec> specs = new LinkedHashMap<>();

    private ThresholdSettings(String file) {
        this.file = file;
        BuiltInThresholds.ALL.forEach(s -> specs.put(s.id(), s));
    }

    static List<ThresholdOverride> read(String file, Node section) {
        if (YamlDocs.isNull(section)) return List.of();
        if (!(section instanceof MappingNode)) throw new InputException(YamlDocs.at(file, section), "settings.expectedMapping", "thresholds");
        ThresholdSettings reader = new ThresholdSettings(file);
        List<ThresholdOverride> out = new ArrayList<>();
        for (NodeTuple t : YamlDocs.entries(section)) out.add(reader.entry(t));
        return out;
    }

    private ThresholdOverride entry(NodeTuple t) {
        String id = String.valueOf(YamlDocs.scalar(t.getKeyNode())).strip();
        Entry e = new Entry(id, t.getValueNode());
        Object value = YamlDocs.plain(t.getValueNode());
        if (value instanceof String s && isOff(s)) return off(e);
        if (!(t.getValueNode() instanceof MappingNode)) throw e.bad("", String.valueOf(value));
        for (NodeTuple kv : YamlDocs.entries(t.getValueNode())) {
            Object v = YamlDocs.plain(kv.getValueNode());
            String k = String.valueOf(YamlDocs.scalar(kv.getKeyNode())).strip();
            e.values.put(k, v instanceof String str ? str.strip() : String.valueOf(v));
            e.nodes.put(k, kv.getValueNode());
        }
        for (String k : e.values.keySet()) if (!KEYS.contains(k)) throw e.bad(k, e.values.get(k));
        if (e.values.containsKey("enabled") && isOff(e.values.get("enabled"))) return off(e);
        e.requireKnownFigure("figure");
        e.requireKnownFigure("denominator");
        ThresholdSpec base = specs.get(id);
        if (base == null || e.values.containsKey("kind")) base = e.defined();
        ThresholdSpec spec = e.override(base);
        specs.put(id, spec);
        return new ThresholdOverride(id, spec, YamlDocs.at(file, t.getValueNode()));
    }

    private ThresholdOverride off(Entry e) {
        specs.remove(e.id);
        return new ThresholdOverride(e.id, null, YamlDocs.at(file, e.node));
    }

    private static Set<String> figures() {
        Set<String> out = new LinkedHashSet<>();
        MetricKeys.ALL.forEach(k -> out.add(k.english()));
        BuiltInThresholds.ALL.forEach(t -> out.add(t.figure()));
        return Set.copyOf(out);
    }

    private static boolean isOff(String s) {
        return OFF.contains(s.strip().toLowerCase(Locale.ROOT));
    }

    /** One threshold's entry: its values as text by key, and where each was written. */
    private final class Entry {
        final String id;
        final Node node;
        final Map<String, String> values = new LinkedHashMap<>();
        final Map<String, Node> nodes = new LinkedHashMap<>();

        Entry(String id, Node node) {
            this.id = id;
            this.node = node;
        }

        ThresholdSpec defined() {
            Kind kind = parse(Kind.class, "kind");
            String figure = values.get("figure");
            if (figure == null || figure.isEmpty() || !values.containsKey("task") || !values.containsKey("target")) {
                throw bad("kind", values.getOrDefault("kind", ""));
            }
            if (kind == Kind.RATIO && !values.containsKey("denominator")) throw bad("denominator", "");
            return new ThresholdSpec(id, "", kind, figure, values.get("denominator"), Op.GE, 0, AppliesTo.LEAD, null);
        }

        ThresholdSpec override(ThresholdSpec s) {
            ThresholdSpec out = s;
            if (values.containsKey("task")) {
                out = out.withTask(IndicatorIds.parse(values.get("task")).orElseThrow(() -> bad("task", values.get("task"))));
            }
            if (values.containsKey("op") || values.containsKey("target")) {
                Op op = values.containsKey("op") ? op(values.get("op")) : out.op();
                double target = values.containsKey("target") ? number(values.get("target")) : out.target();
                out = out.withTarget(op, target);
            }
            if (values.containsKey("applies_to")) out = out.withAppliesTo(parse(AppliesTo.class, "applies_to"));
            if (values.containsKey("register")) {
                RegisterKind r = parse(RegisterKind.class, "register");
                out = new ThresholdSpec(out.id(), out.task(), out.kind(), out.figure(), out.denominator(), out.op(),
                        out.target(), out.appliesTo(), r);
            }
            if (values.containsKey("figure") || values.containsKey("denominator")) {
                out = new ThresholdSpec(out.id(), out.task(), out.kind(), values.getOrDefault("figure", out.figure()),
                        values.getOrDefault("denominator", out.denominator()), out.op(), out.target(), out.appliesTo(),
                        out.register());
            }
            return out;
        }

        private Op op(String text) {
            return switch (ChineseText.compact(text)) {
                case ">=", "≥", "ge", "at_least", "不少于", "不低于" -> Op.GE;
                case "=", "==", "eq", "等于" -> Op.EQ;
                case "<=", "≤", "le", "at_most", "不超过", "不高于" -> Op.LE;
                default -> throw bad("op", text);
            };
        }

        private double number(String text) {
            try {
                return Double.parseDouble(ChineseText.compact(text).replace("%", ""));
            } catch (NumberFormatException e) {
                throw bad("target", text);
            }
        }

        private <E extends Enum<E>> E parse(Class<E> type, String key) {
            String text = values.get(key);
            try {
                return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw bad(key, text);
            }
        }

        /**
         * A figure no metrics.yaml and no register can give would leave the threshold "missing"
         * for every unit forever: it is a mistake in dossier.yaml, with the English key meant.
         */
        void requireKnownFigure(String key) {
            String figure = values.get(key);
            if (figure == null || figure.isEmpty() || FIGURES.contains(figure)) return;
            String meant = MetricKeys.find(figure).map(MetricKeys.Key::english)
                    .orElseGet(() -> DidYouMean.suggest(figure, FIGURES).orElse(""));
            throw new InputException(YamlDocs.at(file, nodes.get(key)), "settings.unknownThresholdFigure", id, key, figure, meant);
        }

        /** Named at the value at fault, or at the threshold when the key is missing. */
        InputException bad(String key, String value) {
            Node at = nodes.getOrDefault(key, node);
            return new InputException(YamlDocs.at(file, at), BAD_THRESHOLD, id, key, value);
        }
    }
}
