package dossier.write.report;

import dossier.model.ScoringRule;
import dossier.model.ScoringSetting;
import dossier.model.Settings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 自评得分: how many of an indicator's points it earns. The rule per indicator comes from
 * dossier.yaml {@code scoring:} — a name from a fixed list, never an expression:
 * {@code scoring: {default: both, "4.4": coverage, "8.1": full}}.
 */
public final class Scoring {
    private final Map<String, ScoringRule> rules;
    private final ScoringRule fallback;

    private Scoring(Map<String, ScoringRule> rules, ScoringRule fallback) {
        this.rules = rules;
        this.fallback = fallback;
    }

    /** The scoring section as the settings reader read it (and the campaign loader checked against the sheet). */
    public static Scoring of(Settings settings) {
        Map<String, ScoringRule> rules = new LinkedHashMap<>();
        ScoringRule fallback = ScoringRule.BOTH;
        for (ScoringSetting s : settings.scoring()) {
            if (s.isDefault()) fallback = s.rule();
            else rules.put(s.indicator(), s.rule());
        }
        return new Scoring(rules, fallback);
    }

    ScoringRule ruleFor(String indicator) {
        return rules.getOrDefault(indicator, fallback);
    }

    /** The points earned, rounded half up to one decimal. */
    static BigDecimal earned(ScoringRule rule, double points, int covered, int applicable, int passed, int checked) {
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
