package dossier.shared;

import dossier.model.Location;

import java.util.List;

/**
 * An input the run cannot go on without (dossier.yaml, the task sheet, the units table) is
 * unusable. Carries a message key so the command can say it in the user's language; exit code 2.
 */
public class InputException extends RuntimeException {
    private final Location location;
    private final String key;
    private final List<Object> args;

    public InputException(Location location, String key, Object... args) {
        super(key);
        this.location = location == null ? Location.NONE : location;
        this.key = key;
        this.args = List.of(args);
    }

    public Location location() {
        return location;
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}
