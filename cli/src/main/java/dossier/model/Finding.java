package dossier.model;

import java.util.List;

/**
 * One problem a rule found. The message is kept as arguments and rendered in the user's language
 * at output time, so the same finding reads in Chinese or English and compares across runs.
 *
 * @param waiver  the dossier.yaml waiver that covers it, or null
 * @param subject what the finding is about inside its unit/indicator/file (a phone, a key, a
 *                document number): part of the identity used by baselines, never wording
 */
public record Finding(String ruleId, Severity severity, String unit, String indicator,
                      Location location, String subject, List<Object> args, Waiver waiver) {

    public Finding {
        location = location == null ? Location.NONE : location;
        args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    public Finding(String ruleId, Severity severity, String unit, String indicator, Location location, String subject,
                   List<Object> args) {
        this(ruleId, severity, unit, indicator, location, subject, args, null);
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

    public String file() {
        return location.file();
    }
}
