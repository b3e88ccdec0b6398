package dossier.model;

/** One task's identity: an indicator of the sheet and the unit that answers for it. */
public record TaskKey(String indicator, String unit) {
    public static TaskKey of(Task task) {
        return new TaskKey(task.indicator(), task.unit());
    }

    /** The task a finding is about; either part may be null (a finding about a whole unit, or campaign-wide). */
    public static TaskKey of(Finding finding) {
        return new TaskKey(finding.indicator(), finding.unit());
    }
}
