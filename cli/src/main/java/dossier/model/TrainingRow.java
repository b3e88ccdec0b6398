package dossier.model;

import java.time.LocalDate;

/** One row of a 培训台账, already inside the period. {@code certificate} is "" when the log has no such column or cell. */
public record TrainingRow(String name, String certificate, LocalDate date, String content, double hours,
                          Location location) {
}
