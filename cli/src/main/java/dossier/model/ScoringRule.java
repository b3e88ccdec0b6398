package dossier.model;

import java.util.Locale;

/** How an indicator's 自评得分 is earned from its points (dossier.yaml {@code scoring:}). */
public enum ScoringRule {
    /** points × covered / applicable tasks. */
    COVERAGE,
    /** points × passed / checked thresholds (1 when the indicator has none). */
    THRESHOLDS,
    /** both factors: the default of SPEC §6. */
    BOTH,
    /** the full points. */
    FULL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
