package dossier.rules;

import dossier.model.Severity;

import java.util.List;

/**
 * Waivers from dossier.yaml: a waived finding stays visible, marked with its reason; an expired
 * waiver covers nothing and is itself a finding, and so is one that matched nothing. Both carry the
 * waiver's unit and indicator, and its line in dossier.yaml. Arguments: WAV001 rule, until, reason,
 * unit, indicator, file; WAV002 rule, unit, indicator, file ("" for what the waiver leaves open).
 */
public final class WaiverRules {
    public static final Rule EXPIRED = new Rule("WAV001", "waivers", Severity.WARNING)
            .args("rule", "until", "reason", "unit", "indicator", "file");
    public static final Rule UNUSED = new Rule("WAV002", "waivers", Severity.WARNING)
            .args("rule", "unit", "indicator", "file");

    private WaiverRules() {
    }

    public static List<Rule> all() {
        return List.of(EXPIRED, UNUSED);
    }
}
