package dossier.model;

import java.time.LocalDate;

/** One row of a 规范性文件目录, already inside the period. */
public record NormativeDoc(String number, String title, LocalDate issued, boolean reviewed, Location location) {
}
