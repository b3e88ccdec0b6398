package dossier.model;

import java.time.LocalDate;

/**
 * A figure a unit declares in metrics.yaml, under its canonical English key. Exactly one of
 * number, date or text carries the value, by the key's kind (count/percent/hours, date, link).
 *
 * @param location the key's place in metrics.yaml
 * @param written  the line as the unit typed it, for what can be said about how it was written
 */
public record Figure(String key, Double number, LocalDate date, String text, Location location, Written written) {
    /**
     * @param key   the key as written (中文 or English)
     * @param value the value as written, on one line
     * @param at    the value's place in metrics.yaml
     */
    public record Written(String key, String value, Location at) {
    }
}
