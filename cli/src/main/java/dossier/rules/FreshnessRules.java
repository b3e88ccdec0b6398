package dossier.rules;

import dossier.model.Severity;

import java.util.List;

/** A document whose own date is after as-of, or before the year that precedes the period. */
public final class FreshnessRules {
    public static final Rule FUTURE = new Rule("FRS001", "freshness", Severity.WARNING).args("file", "date", "asOf");
    public static final Rule STALE = new Rule("FRS002", "freshness", Severity.WARNING)
            .args("file", "date", "oldestYear");

    private FreshnessRules() {
    }

    public static List<Rule> all() {
        return List.of(FUTURE, STALE);
    }
}
