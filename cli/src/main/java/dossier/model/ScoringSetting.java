package dossier.model;

/**
 * One entry of dossier.yaml's {@code scoring:} section: the rule for one indicator, or for every
 * other one ({@code default:}, indicator null). The indicator is checked against the task sheet
 * once the sheet is read; {@code key} is as written, for that message.
 */
public record ScoringSetting(String key, String indicator, ScoringRule rule, Location location) {

    public boolean isDefault() {
        return indicator == null;
    }
}
