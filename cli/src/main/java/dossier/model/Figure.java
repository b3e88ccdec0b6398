package dossier.model;

import java.time.LocalDate;

/**
 * A figure a unit declares in metrics.yaml, under its canonical English key. Exactly one of
 * number, date or text carries the value, by the key's kind (count/percent/hours, date, link).
 */
public record Figure(String key, Double number, LocalDate date, String text, Location location) {
}
