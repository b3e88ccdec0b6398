package dossier.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a task counts as due and as late at an as-of date: the one definition the district's
 * bulletin and 考核得分 use on its tasks and the city's merge uses on the districts' results.
 */
public final class Deadline {
    private Deadline() {
    }

    /** Its time limit has passed by the as-of date and the task applies: what timeliness is measured on. */
    public static boolean dueBy(LocalDate due, TaskState state, LocalDate asOf) {
        return due != null && due.isBefore(asOf) && state != TaskState.NOT_APPLICABLE;
    }

    /** Days a task is late at the as-of date: still waiting for evidence ({@link Upcoming#waiting}) past its time limit; else 0. */
    public static long daysLate(LocalDate due, TaskState state, LocalDate asOf) {
        return Upcoming.waiting(state) && due != null && due.isBefore(asOf) ? ChronoUnit.DAYS.between(due, asOf) : 0;
    }
}
