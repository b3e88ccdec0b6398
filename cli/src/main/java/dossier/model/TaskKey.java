package dossier.model;

/** One task's identity: an indicator of the sheet and the unit that answers for it. */
public record TaskKey(String indicator, String unit) {
    public static TaskKey of(Task task) {
        return new TaskKey(task.indicator(), task.unit());
    }
}
