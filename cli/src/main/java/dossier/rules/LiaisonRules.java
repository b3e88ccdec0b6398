package dossier.rules;

import dossier.model.Severity;

import java.util.List;

/** Every unit with tasks needs a liaison the office can reach. */
public final class LiaisonRules {
    public static final Rule MISSING = new Rule("LIA001", "liaisons", Severity.WARNING).args("unit");
    public static final Rule BAD_PHONE = new Rule("LIA002", "liaisons", Severity.WARNING).args("unit", "phone");
    public static final Rule DUPLICATE_UNIT = new Rule("LIA003", "liaisons", Severity.WARNING).args("unit", "firstRow");

    private LiaisonRules() {
    }

    public static List<Rule> all() {
        return List.of(MISSING, BAD_PHONE, DUPLICATE_UNIT);
    }
}
