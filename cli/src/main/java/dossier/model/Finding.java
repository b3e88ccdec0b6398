package dossier.model;

import java.util.Map;

/**
 * One problem a rule found. The message is kept as arguments and rendered in the user's language
 * at output time, so the same finding reads in Chinese or English and compares across runs.
 *
 * @param args    the message's arguments by the names its rule declares, in the rule's order
 *                (a value may be null: shown blank)
 * @param waiver  the dossier.yaml waiver that covers it, or null
 * @param subject what the finding is about inside its unit/indicator/file (a phone, a key, a
 *                document number): part of the identity used by baselines, never wording
 */
public record Finding(String ruleId, Severity severity, String unit, String indicator,
                      Location location, String subject, Map<String, Object> args, Waiver waiver) {

    public Finding {
        location = location == null ? Location.NONE : location;
        args = MessageArgs.copyOf(args);
    }

    public Finding(String ruleId, Severity severity, String unit, String indicator, Location location, String subject,
                   Map<String, Object> args) {
        this(ruleId, severity, unit, indicator, location, subject, args, null);
    }

    /** The message argument of this name, or null when the rule declares none such. */
    public Object arg(String name) {
        return args.get(name);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, unit, indicator, location, subject, args, waiver);
    }

    /** Still shown, marked waived with the waiver's reason; it no longer fails a run. */
    public Finding waivedBy(Waiver w) {
        return new Finding(ruleId, severity, unit, indicator, location, subject, args, w);
    }

    public boolean waived() {
        return waiver != null;
    }

    /** Whether it fails a run that fails at {@code level}: no waiver covers it and it is at least that severe. */
    public boolean failsAt(Severity level) {
        return !waived() && severity.atLeast(level);
    }

    public String file() {
        return location.file();
    }
}
