package dossier.model;

import java.time.LocalDate;

/** An approved exception from dossier.yaml: the finding stays visible, marked waived. */
public record Waiver(String rule, String unit, String indicator, String file, String reason,
                     String approvedBy, LocalDate until, Location location) {
}
