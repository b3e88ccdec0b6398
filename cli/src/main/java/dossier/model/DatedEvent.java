package dossier.model;

import java.time.LocalDate;

/** One row of a 会前学法记录 (subject = 主题) or 案卷评查记录 (subject = 范围), already inside the period. */
public record DatedEvent(LocalDate date, String subject, Location location) {
}
