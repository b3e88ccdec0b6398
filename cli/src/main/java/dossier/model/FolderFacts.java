package dossier.model;

/**
 * A folder of evidence/ as the walk found it: one at the top that names no unit, or one inside a
 * unit folder with its indicator id (or without one).
 *
 * @param path      relative to the repository, "/" between names
 * @param unit      the unit folder it is in; null at the top of evidence/
 * @param indicator the id its name starts with, or null when it starts with none
 */
public record FolderFacts(String path, String unit, Kind kind, String indicator) {
    public enum Kind {
        /** At the top of evidence/, a name that is no unit and no alias of one. */
        NOT_A_UNIT,
        /** In a unit folder, a name that starts with no indicator id. */
        WITHOUT_ID,
        /** In a unit folder, an id that is not in the sheet: its files are not looked at. */
        UNKNOWN_ID,
        /** In a unit folder, an indicator of the sheet: walked, whether or not the unit has that task. */
        INDICATOR
    }

    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
