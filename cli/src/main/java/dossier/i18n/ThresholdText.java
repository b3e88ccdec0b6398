package dossier.i18n;

import dossier.model.ThresholdResult;
import dossier.model.ThresholdSpec;

/** The public face of {@link Thresholds} for writers in other packages (the report). */
public final class ThresholdText {
    private final Messages messages;

    public ThresholdText(Messages messages) {
        this.messages = messages;
    }

    /** percent, count, quarters, officers or date. */
    public String measure(ThresholdSpec s) {
        return Thresholds.measure(s);
    }

    public String label(ThresholdSpec s) {
        return Thresholds.label(messages, s);
    }

    public String value(ThresholdResult r) {
        return Thresholds.value(messages, r);
    }

    public String target(ThresholdSpec s) {
        return Thresholds.target(messages, s);
    }

    public String status(ThresholdResult r) {
        return Thresholds.status(messages, r);
    }
}
