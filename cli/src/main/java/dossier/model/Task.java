package dossier.model;

import java.time.LocalDate;

/** One (indicator, unit) pair: what a unit must prove for one indicator, and by when. */
public record Task(String indicator, String unit, Role role, LocalDate due) {
}
