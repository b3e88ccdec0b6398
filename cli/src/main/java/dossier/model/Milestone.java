package dossier.model;

import java.time.LocalDate;

public record Milestone(String name, LocalDate start, LocalDate due) {
}
