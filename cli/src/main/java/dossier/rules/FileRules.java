package dossier.rules;

import dossier.model.Severity;

import java.util.List;

/** Files in evidence/ that never count: what an upload platform or an assessor would reject. */
public final class FileRules {
    public static final Rule EMPTY = new Rule("FIL001", "files", Severity.WARNING)
            .args("file").leavingFileOutOfBundle();
    public static final Rule CONTENT_MISMATCH = new Rule("FIL002", "files", Severity.ERROR)
            .args("file", "extension", "detected").leavingFileOutOfBundle();
    public static final Rule NOT_ALLOWED = new Rule("FIL003", "files", Severity.WARNING)
            .args("file", "extension").leavingFileOutOfBundle();
    public static final Rule TOO_LARGE = new Rule("FIL004", "files", Severity.ERROR).args("file", "megabytes", "limit");
    public static final Rule TEMP_OR_SYSTEM = new Rule("FIL005", "files", Severity.WARNING)
            .args("name").leavingFileOutOfBundle();
    public static final Rule DUPLICATE = new Rule("FIL006", "files", Severity.WARNING).args("file", "count", "places");
    public static final Rule BAD_NAME = new Rule("FIL007", "files", Severity.WARNING).args("file", "problems");
    public static final Rule LINK_ESCAPES = new Rule("FIL008", "files", Severity.ERROR)
            .args("file").leavingFileOutOfBundle();
    public static final Rule SPECIAL_FILE = new Rule("FIL009", "files", Severity.ERROR)
            .args("file").leavingFileOutOfBundle();
    public static final Rule BAD_LINK_LINE = new Rule("FIL010", "files", Severity.WARNING).args("line");
    public static final Rule UNREADABLE = new Rule("FIL011", "files", Severity.ERROR)
            .args("file", "reason").leavingFileOutOfBundle();

    private FileRules() {
    }

    public static List<Rule> all() {
        return List.of(EMPTY, CONTENT_MISMATCH, NOT_ALLOWED, TOO_LARGE, TEMP_OR_SYSTEM, DUPLICATE, BAD_NAME, LINK_ESCAPES,
                SPECIAL_FILE, BAD_LINK_LINE, UNREADABLE);
    }
}
