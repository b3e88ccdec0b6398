package dossier.rules;

import dossier.model.Finding;
import dossier.model.Location;
import dossier.model.Severity;

import java.util.List;

/**
 * A check users can grep, waive and look up, as ShellCheck's SC codes. Its one-line title,
 * message, fix, why and example live in the message bundles under {@code rule.<id>.*}.
 */
public record Rule(String id, String family, Severity severity) {

    public Finding at(Location location, String unit, String indicator, String subject, Object... args) {
        return new Finding(id, severity, unit, indicator, location, subject, List.of(args));
    }

    public Finding at(Location location, Object... args) {
        return at(location, null, null, null, args);
    }
}
