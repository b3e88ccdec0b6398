package dossier.rules;

import dossier.model.Severity;

import java.util.List;

/** Problems in dossier.yaml that do not stop the run. */
public final class SettingsRules {
    public static final Rule UNKNOWN_KEY = new Rule("CFG001", "settings", Severity.WARNING).args("key", "suggestion");
    public static final Rule UNKNOWN_RULE = new Rule("CFG002", "settings", Severity.WARNING).args("rule", "suggestion");

    private SettingsRules() {
    }

    public static List<Rule> all() {
        return List.of(UNKNOWN_KEY, UNKNOWN_RULE);
    }
}
