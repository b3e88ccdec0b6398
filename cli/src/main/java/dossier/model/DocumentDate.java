package dossier.model;

import java.time.LocalDate;

/**
 * The date a document gives itself: the day its own metadata holds (PDF, OOXML, WPS), or failing
 * that only the year its file name carries (2019年工作总结.pdf).
 *
 * @param day the day, or null when only the year is known (from the name)
 */
public record DocumentDate(Source source, LocalDate day, int year) {
    public enum Source { CONTENT, NAME }

    public static DocumentDate ofContent(LocalDate day) {
        return new DocumentDate(Source.CONTENT, day, day.getYear());
    }

    public static DocumentDate ofName(int year) {
        return new DocumentDate(Source.NAME, null, year);
    }

    /** After this day: by the day where it is known, by the year alone otherwise. */
    public boolean after(LocalDate asOf) {
        return day != null ? day.isAfter(asOf) : year > asOf.getYear();
    }

    /** As a finding shows it: the day (2021-03-04), or the year alone (2019). */
    public String shown() {
        return day != null ? day.toString() : String.valueOf(year);
    }
}
