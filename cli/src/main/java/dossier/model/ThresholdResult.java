package dossier.model;

import java.util.Locale;
import java.util.Map;

/**
 * One threshold for one unit: the value computed, the target, and what it was computed from.
 *
 * @param value  percent, count or hours as the spec measures it; null when missing or not applicable
 * @param inputs the figures and sources used (figure → value, "source" → file), for the json output
 */
public record ThresholdResult(ThresholdSpec spec, String unit, Status status, Double value,
                              Map<String, Object> inputs) {
    public ThresholdResult {
        inputs = Map.copyOf(inputs);
    }

    public enum Status {
        /** the target is met. */
        PASS,
        /** the target is not met. */
        FAIL,
        /** the period is still running and the target is not met yet. */
        PROGRESS,
        /** a figure needed is missing altogether. */
        MISSING,
        /** nothing to measure (a zero denominator, no roster). */
        NOT_APPLICABLE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
