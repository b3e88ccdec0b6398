package dossier.read;

import dossier.model.Finding;
import dossier.model.Location;
import dossier.model.Milestone;
import dossier.model.Period;
import dossier.model.Settings;
import dossier.model.Waiver;
import dossier.rules.Rules;
import dossier.rules.SettingsRules;
import dossier.shared.ChineseText;
import dossier.shared.DidYouMean;
import dossier.shared.IndicatorIds;
import dossier.shared.InputException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dossier.yaml. A value that cannot mean anything (year: abc) makes the file unusable;
 * an unknown key is only a finding, with the key it was probably meant to be.
 */
public final class SettingsReader {
    public static final String FILE_NAME = "dossier.yaml";
    private static final Set<String> TOP_KEYS = Set.of("name", "region", "year", "period", "indicators",
            "units", "evidence", "out", "sheet", "milestones", "due_soon_days", "thresholds", "files",
            "registers", "waivers", "severity", "next_steps", "scoring",
            "history", "notices", "bulletin");
    private static final Set<String> FILES_KEYS = Set.of("allowed", "max_size");
    private static final Set<String> MILESTONE_KEYS = Set.of("name", "start", "due");
    private static final Set<String> PERIOD_KEYS = Set.of("start", "end");
    private static final Set<String> WAIVER_KEYS = Set.of("rule", "unit", "indicator", "file", "reason",
            "approved_by", "until");
    private static final Set<String> SEVERITIES = Set.of("error", "warning", "info", "off");
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?i?b?)?", Pattern.CASE_INSENSITIVE);

    private final String file;
    private final List<Finding> findings = new ArrayList<>();

    private SettingsReader(String file) {
        this.file = file;
    }

    public record Result(Settings settings, List<Finding> findings) {
    }

    /** The settings of a repository; every key has a default, so a missing file is fine. */
    public static Result read(Path repository, LocalDate asOf) {
        Path path = repository.resolve(FILE_NAME);
        SettingsReader reader = new SettingsReader(FILE_NAME);
        Node root = Files.isRegularFile(path) ? YamlDocs.compose(path, FILE_NAME) : null;
        return new Result(reader.settings(root, asOf), List.copyOf(reader.findings));
    }

    private Settings settings(Node root, LocalDate asOf) {
        if (root != null && !YamlDocs.isNull(root) && !(root instanceof MappingNode)) {
            throw new InputException(YamlDocs.at(file, root), "settings.notMapping");
        }
        Map<String, Node> keys = mapping(root, TOP_KEYS, "");
        int year = keys.containsKey("year") ? year(keys.get("year")) : asOf.getYear();
        Period period = keys.containsKey("period") ? period(keys.get("period"), year) : Period.year(year);
        Map<String, Node> files = mapping(keys.get("files"), FILES_KEYS, "files.");
        String out = orDefault(path(keys.get("out")), "out");
        return new Settings(
                text(keys.get("name")), text(keys.get("region")), year, period,
                insidePath(keys, "indicators"), insidePath(keys, "units"),
                orDefault(insidePath(keys, "evidence"), "evidence"), out,
                path(keys.get("sheet")),
                keys.containsKey("milestones") ? milestones(keys.get("milestones"), year) : defaultMilestones(year),
                keys.containsKey("due_soon_days") ? wholeNumber(keys.get("due_soon_days")) : 7,
                files.containsKey("allowed") ? extensions(files.get("allowed")) : Settings.DEFAULT_EXTENSIONS,
                files.containsKey("max_size") ? size(files.get("max_size")) : Settings.DEFAULT_MAX_SIZE,
                ThresholdSettings.read(file, keys.get("thresholds")), RegisterSettings.read(file, keys.get("registers")),
                ScoringSettings.read(file, keys.get("scoring")),
                waivers(keys.get("waivers"), year), severity(keys.get("severity")), text(keys.get("next_steps")),
                orDefault(path(keys.get("history")), out + "/history"),
                plainMap(keys.get("notices")), plainMap(keys.get("bulletin")));
    }

    public static List<Milestone> defaultMilestones(int year) {
        return List.of(
                new Milestone("动员部署", LocalDate.of(year, 6, 21), LocalDate.of(year, 7, 10)),
                new Milestone("集中督导", LocalDate.of(year, 7, 1), LocalDate.of(year, 11, 30)),
                new Milestone(Settings.COLLECT_MILESTONE, LocalDate.of(year, 7, 11), LocalDate.of(year, 8, 10)),
                new Milestone("形成自评报告", LocalDate.of(year, 8, 1), LocalDate.of(year, 8, 15)),
                new Milestone("总结提升", LocalDate.of(year, 12, 10), LocalDate.of(year, 12, 31)));
    }

    /** The entries of a mapping by key; unknown keys become findings, a non-mapping is unusable. */
    private Map<String, Node> mapping(Node node, Set<String> known, String prefix) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (YamlDocs.isNull(node)) return out;
        if (!(node instanceof MappingNode)) {
            throw new InputException(YamlDocs.at(file, node), "settings.expectedMapping", prefix.isEmpty() ? "/" : prefix);
        }
        for (NodeTuple t : YamlDocs.entries(node)) {
            String key = String.valueOf(YamlDocs.scalar(t.getKeyNode())).trim();
            if (out.containsKey(key)) {
                throw new InputException(YamlDocs.at(file, t.getKeyNode()), "settings.duplicateKey", prefix + key);
            }
            if (known.contains(key)) {
                out.put(key, t.getValueNode());
            } else {
                String hint = DidYouMean.suggest(key, known).map(k -> prefix + k).orElse("");
                findings.add(SettingsRules.UNKNOWN_KEY.at(YamlDocs.at(file, t.getKeyNode()), null, null,
                        prefix + key, prefix + key, hint));
            }
        }
        return out;
    }

    private String text(Node node) {
        if (YamlDocs.isNull(node)) return "";
        String v = YamlDocs.scalar(node);
        if (v == null) throw new InputException(YamlDocs.at(file, node), "settings.expectedText");
        return v.strip();
    }

    private String path(Node node) {
        String t = text(node);
        return t.isEmpty() ? null : t;
    }

    /** A path dossier reads from: it must stay inside the repository (a link out of it is refused when opened). */
    private String insidePath(Map<String, Node> keys, String key) {
        String p = path(keys.get(key));
        if (p != null && !RepoPaths.staysInside(p)) {
            throw new InputException(YamlDocs.at(file, keys.get(key)), "settings.pathOutside", key, p);
        }
        return p;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private int year(Node node) {
        String t = ChineseText.compact(text(node)).replace("年", "");
        if (!t.matches("(19|20)\\d{2}")) throw new InputException(YamlDocs.at(file, node), "settings.badYear", text(node));
        return Integer.parseInt(t);
    }

    private int wholeNumber(Node node) {
        String t = ChineseText.compact(text(node));
        if (!t.matches("\\d{1,4}")) throw new InputException(YamlDocs.at(file, node), "settings.badNumber", text(node));
        return Integer.parseInt(t);
    }

    private Period period(Node node, int year) {
        if (node instanceof MappingNode) {
            Map<String, Node> keys = mapping(node, PERIOD_KEYS, "period.");
            if (!keys.containsKey("start") || !keys.containsKey("end")) {
                throw new InputException(YamlDocs.at(file, node), "settings.periodBounds");
            }
            Period p = new Period(date(keys.get("start"), year), date(keys.get("end"), year));
            if (p.end().isBefore(p.start())) throw new InputException(YamlDocs.at(file, node), "settings.periodBounds");
            return p;
        }
        return Period.year(year(node));
    }

    private LocalDate date(Node node, int year) {
        String raw = text(node);
        return ChineseDates.parse(raw, year).map(d -> d.date())
                .orElseThrow(() -> new InputException(YamlDocs.at(file, node), "settings.badDate", raw));
    }

    private List<Milestone> milestones(Node node, int year) {
        List<Milestone> out = new ArrayList<>();
        for (Node item : YamlDocs.items(node)) {
            Map<String, Node> keys = mapping(item, MILESTONE_KEYS, "milestones.");
            String name = text(keys.get("name"));
            if (name.isEmpty() || !keys.containsKey("due")) {
                throw new InputException(YamlDocs.at(file, item), "settings.milestoneIncomplete");
            }
            LocalDate due = date(keys.get("due"), year);
            LocalDate start = keys.containsKey("start") ? date(keys.get("start"), year) : due;
            out.add(new Milestone(name, start, due));
        }
        return out;
    }

    private Set<String> extensions(Node node) {
        Set<String> out = new LinkedHashSet<>();
        for (String e : YamlDocs.strings(node)) {
            for (String part : e.split("[,，、\\s]+")) {
                String ext = part.strip().toLowerCase(Locale.ROOT);
                while (ext.startsWith("*") || ext.startsWith(".")) ext = ext.substring(1);
                if (!ext.isEmpty()) out.add(ext);
            }
        }
        return out;
    }

    private long size(Node node) {
        String raw = text(node);
        Matcher m = SIZE.matcher(ChineseText.clean(raw));
        if (!m.matches()) throw new InputException(YamlDocs.at(file, node), "settings.badSize", raw);
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        int power = unit.isEmpty() ? 0 : "bkmgt".indexOf(unit.charAt(0));
        return (long) (n * Math.pow(1024, Math.max(power, 0)));
    }

    private List<Waiver> waivers(Node node, int year) {
        List<Waiver> out = new ArrayList<>();
        for (Node item : YamlDocs.items(node)) {
            if (YamlDocs.isNull(item)) continue;
            Map<String, Node> keys = waiverKeys(item);
            String rule = text(keys.get("rule")).toUpperCase(Locale.ROOT);
            if (rule.isEmpty()) throw new InputException(YamlDocs.at(file, item), "settings.waiverRule");
            Location at = YamlDocs.at(file, item);
            if (Rules.byId(rule).isEmpty()) {
                // a waiver for a rule that does not exist would never match: it waives nothing the user meant
                throw new InputException(YamlDocs.at(file, keys.get("rule")), "settings.waiverUnknownRule", rule,
                        DidYouMean.suggest(rule, Rules.ids()).orElse(""));
            }
            out.add(new Waiver(rule, path(keys.get("unit")), indicatorId(keys.get("indicator")), path(keys.get("file")),
                    text(keys.get("reason")), text(keys.get("approved_by")),
                    keys.containsKey("until") ? date(keys.get("until"), year) : null, at));
        }
        return out;
    }

    /** A waiver's keys: one that is not a waiver key (a typo of reason:, until:…) would silently widen or keep the waiver. */
    private Map<String, Node> waiverKeys(Node item) {
        if (!(item instanceof MappingNode)) {
            throw new InputException(YamlDocs.at(file, item), "settings.expectedMapping", "waivers.");
        }
        for (NodeTuple t : YamlDocs.entries(item)) {
            String key = String.valueOf(YamlDocs.scalar(t.getKeyNode())).trim();
            if (!WAIVER_KEYS.contains(key)) {
                throw new InputException(YamlDocs.at(file, t.getKeyNode()), "settings.waiverUnknownKey", key,
                        DidYouMean.suggest(key, new java.util.TreeSet<>(WAIVER_KEYS)).orElse(""));
            }
        }
        return mapping(item, WAIVER_KEYS, "waivers.");
    }

    private String indicatorId(Node node) {
        String raw = path(node);
        return raw == null ? null : IndicatorIds.parse(raw).orElse(raw);
    }

    private Map<String, String> severity(Node node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (YamlDocs.isNull(node)) return out;
        if (!(node instanceof MappingNode)) throw new InputException(YamlDocs.at(file, node), "settings.expectedMapping", "severity");
        for (NodeTuple t : YamlDocs.entries(node)) {
            String rule = String.valueOf(YamlDocs.scalar(t.getKeyNode())).trim().toUpperCase(Locale.ROOT);
            String level = text(t.getValueNode()).toLowerCase(Locale.ROOT);
            if (!SEVERITIES.contains(level)) {
                throw new InputException(YamlDocs.at(file, t.getValueNode()), "settings.badSeverity", rule, level);
            }
            checkRuleId(rule, t.getKeyNode());
            out.put(rule, level);
        }
        return out;
    }

    private void checkRuleId(String rule, Node node) {
        if (Rules.byId(rule).isEmpty()) {
            String hint = DidYouMean.suggest(rule, Rules.ids()).orElse("");
            findings.add(SettingsRules.UNKNOWN_RULE.at(YamlDocs.at(file, node), null, null, rule, rule, hint));
        }
    }

    /** A section read later by its own part of dossier, as plain maps, lists and strings. */
    private static Map<String, Object> plainMap(Node node) {
        Object plain = YamlDocs.plain(node);
        if (plain instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), v));
            return out;
        }
        return Map.of();
    }
}
