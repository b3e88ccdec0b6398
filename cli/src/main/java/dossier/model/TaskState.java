package dossier.model;

import java.util.Locale;

/** The state of a task, in the precedence of SPEC §2.3: the first that applies wins. */
public enum TaskState {
    COVERED, NOT_APPLICABLE, DEFERRED, EXPLAINED, MISSING;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
