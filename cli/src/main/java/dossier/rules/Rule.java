package dossier.rules;

import dossier.model.Finding;
import dossier.model.Location;
import dossier.model.Severity;

import java.util.List;

/**
 * A check users can grep, waive and look up, as ShellCheck's SC codes. Its one-line title,
 * message, fix, why and example live in the message bundles under {@code rule.<id>.*}; what the
 * rule means for other commands (a flagged file left out of the bundle) is a property here.
 */
public record Rule(String id, String family, Severity severity, boolean leavesFileOutOfBundle) {
    public Rule(String id, String family, Severity severity) {
        this(id, family, severity, false);
    }

    /** The same rule, whose flagged file is never uploadable: package leaves it out of the bundle. */
    public Rule leavingFileOutOfBundle() {
        return new Rule(id, family, severity, true);
    }

    /** Whether a finding comes from a threshold (THR…), which junit and the report file under the threshold. */
    public boolean judgesThreshold() {
        return family.equals("thresholds");
    }

    public Finding at(Location location, String unit, String indicator, String subject, Object... args) {
        return new Finding(id, severity, unit, indicator, location, subject, List.of(args));
    }

    public Finding at(Location location, Object... args) {
        return at(location, null, null, null, args);
    }
}
