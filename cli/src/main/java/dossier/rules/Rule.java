package dossier.rules;

import dossier.model.Finding;
import dossier.model.Location;
import dossier.model.MessageArgs;
import dossier.model.Severity;

import java.util.List;

/**
 * A check users can grep, waive and look up, as ShellCheck's SC codes. Its one-line title,
 * message, fix, why and example live in the message bundles under {@code rule.<id>.*}; what the
 * rule means for other commands (a flagged file left out of the bundle) is a property here.
 *
 * @param argNames the names of its findings' message arguments, in the order {@link #at} takes
 *                 them; the bundles' {@code rule.<id>.message} refer to them as {@code {name}}.
 *                 An argument named {@code file} is the finding's own file, which a message may
 *                 leave out because the location already shows it.
 */
public record Rule(String id, String family, Severity severity, boolean leavesFileOutOfBundle, List<String> argNames) {
    public Rule {
        argNames = List.copyOf(argNames);
    }

    public Rule(String id, String family, Severity severity) {
        this(id, family, severity, false, List.of());
    }

    /** The same rule, whose findings carry these message arguments, in this order. */
    public Rule args(String... names) {
        return new Rule(id, family, severity, leavesFileOutOfBundle, List.of(names));
    }

    /** The same rule, whose flagged file is never uploadable: package leaves it out of the bundle. */
    public Rule leavingFileOutOfBundle() {
        return new Rule(id, family, severity, true, argNames);
    }

    /** Whether a finding comes from a threshold (THR…), which junit and the report file under the threshold. */
    public boolean judgesThreshold() {
        return family.equals("thresholds");
    }

    /**
     * A finding of this rule; {@code args} are the values of {@link #argNames}, in that order.
     *
     * @throws IllegalArgumentException when there are more or fewer values than names: a message
     *                                  would otherwise show a blank or lose a value
     */
    public Finding at(Location location, String unit, String indicator, String subject, Object... args) {
        if (args.length != argNames.size()) {
            throw new IllegalArgumentException(id + " takes " + argNames.size() + " message arguments " + argNames
                    + ", given " + args.length);
        }
        return new Finding(id, severity, unit, indicator, location, subject, MessageArgs.of(argNames, args));
    }

    public Finding at(Location location, Object... args) {
        return at(location, null, null, null, args);
    }
}
