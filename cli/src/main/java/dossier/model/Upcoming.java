package dossier.model;

import java.time.LocalDate;

/**
 * Tasks still waiting for their evidence whose time limit is one day, under one indicator: what a
 * bulletin lists as falling due once that day is within its window. A count, so a city carries
 * what its districts have coming without carrying their tasks.
 *
 * @param indicatorName the indicator's name, "" when the result did not give it
 */
public record Upcoming(String indicator, String indicatorName, LocalDate due, int tasks) {
    /**
     * The one definition of a task that can fall due: nothing filed for it yet. A task covered,
     * explained, deferred to the on-site check or not applicable is not waiting for anything.
     */
    public static boolean waiting(TaskState state) {
        return state == TaskState.MISSING;
    }
}
