package dossier.cli;

/** The process exit codes, from one place (listed in --help). */
public enum ExitCode {
    /** Nothing at or above --fail-on. */
    OK(0),
    /** Findings at or above --fail-on. */
    FINDINGS(1),
    /** Unusable input: a bad argument, no such repository, an unusable dossier.yaml, task sheet or units table. */
    UNUSABLE_INPUT(2),
    /** A defect in dossier. */
    INTERNAL(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
