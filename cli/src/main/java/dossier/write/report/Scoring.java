package dossier.write.report;

import dossier.model.Location;
import dossier.model.Settings;
import dossier.shared.IndicatorIds;
import dossier.shared.InputException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 自评得分: how many of an indicator's points it earns. The rule per indicator comes from
 * dossier.yaml {@code scoring:} — a name from a fixed list, never an expression:
 * {@code scoring: {default: both, "4.4": coverage, "8.1": full}}.
 */
public final class Scoring {
    enum Rule {
        /** points × covered / applicable tasks. */
        COVERAGE,
        /** points × passed / checked thresholds (1 when the indicator has none). */
        THRESHOLDS,
        /** both factors: the default of SPEC §6. */
        BOTH,
        /** the full points. */
        FULL;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final String DEFAULT_KEY = "default";

    private final Map<String, Rule> rules;
    private final Rule fallback;

    private Scoring(Map<String, Rule> rules, Rule fallback) {
        this.rules = rules;
        this.fallback = fallback;
    }

    /**
     * Reads the scoring section; an unknown rule or indicator makes dossier.yaml unusable (exit 2),
     * named with the line and column of its key. Every command reads it when it loads the campaign.
     */
    public static Scoring of(Settings settings, Set<String> indicatorIds) {
        return of(settings.scoring(), indicatorIds, key -> settings.place("scoring", key));
    }

    static Scoring of(Map<String, Object> section, Set<String> indicatorIds) {
        return of(section, indicatorIds, key -> Location.file("dossier.yaml"));
    }

    private static Scoring of(Map<String, Object> section, Set<String> indicatorIds, Function<String, Location> place) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        Rule fallback = Rule.BOTH;
        for (Map.Entry<String, Object> e : section.entrySet()) {
            String key = e.getKey().strip();
            Location at = place.apply(e.getKey());
            Rule rule = parse(at, key, e.getValue());
            if (key.equalsIgnoreCase(DEFAULT_KEY)) {
                fallback = rule;
                continue;
            }
            String id = IndicatorIds.parse(key).orElse(key);
            if (!indicatorIds.contains(id)) {
                throw new InputException(at, "report.scoringUnknownIndicator", key);
            }
            rules.put(id, rule);
        }
        return new Scoring(rules, fallback);
    }

    private static Rule parse(Location at, String key, Object value) {
        String text = value == null ? "" : String.valueOf(value).strip().toLowerCase(Locale.ROOT);
        for (Rule r : Rule.values()) {
            if (r.id().equals(text)) return r;
        }
        String allowed = Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.joining(", "));
        throw new InputException(at, "report.scoringBadRule", key, value, allowed);
    }

    Rule ruleFor(String indicator) {
        return rules.getOrDefault(indicator, fallback);
    }

    /** The points earned, rounded half up to one decimal. */
    static BigDecimal earned(Rule rule, double points, int covered, int applicable, int passed, int checked) {
        double coverage = applicable == 0 ? 1 : (double) covered / applicable;
        double thresholds = checked == 0 ? 1 : (double) passed / checked;
        double factor = switch (rule) {
            case COVERAGE -> coverage;
            case THRESHOLDS -> thresholds;
            case BOTH -> coverage * thresholds;
            case FULL -> 1;
        };
        return oneDecimal(points * factor);
    }

    static BigDecimal oneDecimal(double d) {
        return BigDecimal.valueOf(d).setScale(1, RoundingMode.HALF_UP);
    }

    static String text(BigDecimal d) {
        return d.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
    }
}
