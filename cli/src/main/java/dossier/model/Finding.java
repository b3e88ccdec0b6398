package dossier.model;

import java.util.List;

/**
 * One problem a rule found. The message is kept as arguments and rendered in the user's language
 * at output time, so the same finding reads in Chinese or English and compares across runs.
 *
 * @param subject what the finding is about inside its unit/indicator/file (a phone, a key, a
 *                document number): part of the identity used by baselines, never wording
 */
public record Finding(String ruleId, Severity severity, String unit, String indicator,
                      Location location, String subject, List<Object> args) {

    public Finding {
        location = location == null ? Location.NONE : location;
        args = List.copyOf(args);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, unit, indicator, location, subject, args);
    }

    public String file() {
        return location.file();
    }
}
