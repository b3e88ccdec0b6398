package dossier.model;

import java.time.LocalDate;

/**
 * A task's deadline as the sheet wrote it. {@code ongoing} tasks (长期坚持) have no date of their
 * own and fall due with the evidence-collection milestone.
 */
public record Due(LocalDate date, boolean ongoing, String raw) {
    public static final Due NONE = new Due(null, false, "");

    public static Due on(LocalDate date, String raw) {
        return new Due(date, false, raw);
    }

    public static Due ongoing(String raw) {
        return new Due(null, true, raw);
    }

    public boolean known() {
        return date != null || ongoing;
    }
}
