package dossier.model;

import java.time.LocalDate;

/** The assessment period that figures and registers are judged over (inclusive). */
public record Period(LocalDate start, LocalDate end) {
    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
