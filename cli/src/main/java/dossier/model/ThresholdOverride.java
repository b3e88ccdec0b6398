package dossier.model;

/**
 * One entry of dossier.yaml's {@code thresholds:} section, read when the file is loaded: the
 * threshold it leaves in force (a built-in re-keyed, retargeted or redefined, or a new one), or
 * null when it turns the threshold off; and where the entry was written.
 */
public record ThresholdOverride(String id, ThresholdSpec spec, Location location) {

    public boolean turnsOff() {
        return spec == null;
    }
}
