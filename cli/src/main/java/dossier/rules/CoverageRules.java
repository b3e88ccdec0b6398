package dossier.rules;

import dossier.model.Severity;

import java.util.List;

/** The task states of SPEC §2.3 and the folders that match no task. */
public final class CoverageRules {
    public static final Rule MISSING = new Rule("COV001", "coverage", Severity.ERROR).args("indicator", "unit");
    public static final Rule EXPLAINED = new Rule("COV002", "coverage", Severity.WARNING).args("indicator", "unit");
    public static final Rule DEFERRED = new Rule("COV003", "coverage", Severity.INFO).args("indicator", "unit");
    public static final Rule NOT_APPLICABLE = new Rule("COV004", "coverage", Severity.INFO)
            .args("indicator", "unit", "reason");
    public static final Rule NOT_APPLICABLE_WITH_EVIDENCE = new Rule("COV005", "coverage", Severity.WARNING)
            .args("indicator", "unit");
    public static final Rule UNKNOWN_UNIT_FOLDER = new Rule("COV006", "coverage", Severity.WARNING)
            .args("folder", "suggestion").leavingFileOutOfBundle();
    public static final Rule UNKNOWN_INDICATOR_FOLDER = new Rule("COV007", "coverage", Severity.WARNING)
            .args("folder", "indicator", "suggestion").leavingFileOutOfBundle();
    public static final Rule FOLDER_WITHOUT_ID = new Rule("COV008", "coverage", Severity.WARNING)
            .args("folder", "suggestion").leavingFileOutOfBundle();
    public static final Rule UNASSIGNED_FOLDER = new Rule("COV009", "coverage", Severity.WARNING)
            .args("unit", "indicator").leavingFileOutOfBundle();
    public static final Rule EMPTY_NOT_APPLICABLE = new Rule("COV010", "coverage", Severity.WARNING).args("file");
    public static final Rule LOOSE_FILE = new Rule("COV011", "coverage", Severity.WARNING)
            .args("file").leavingFileOutOfBundle();

    private CoverageRules() {
    }

    public static List<Rule> all() {
        return List.of(MISSING, EXPLAINED, DEFERRED, NOT_APPLICABLE, NOT_APPLICABLE_WITH_EVIDENCE, UNKNOWN_UNIT_FOLDER,
                UNKNOWN_INDICATOR_FOLDER, FOLDER_WITHOUT_ID, UNASSIGNED_FOLDER, EMPTY_NOT_APPLICABLE, LOOSE_FILE);
    }
}
