package dossier.rules;

import dossier.model.Severity;

import java.util.List;

/** Problems in the task sheet (任务分解表) that leave the rest of the sheet usable. */
public final class SheetRules {
    public static final Rule UNREADABLE_ID = new Rule("SHT001", "sheet", Severity.ERROR).args("id", "name");
    public static final Rule UNKNOWN_UNIT = new Rule("SHT002", "sheet", Severity.WARNING).args("unit", "suggestion");
    public static final Rule UNREADABLE_DUE = new Rule("SHT003", "sheet", Severity.WARNING).args("due");
    public static final Rule EMPTY_GROUP = new Rule("SHT004", "sheet", Severity.ERROR).args("group", "categories");
    public static final Rule NO_UNITS = new Rule("SHT005", "sheet", Severity.WARNING).args("indicator", "name");
    public static final Rule BUILTIN_CATALOGUE = new Rule("SHT006", "sheet", Severity.INFO).args("tasks");
    public static final Rule UNREADABLE_POINTS = new Rule("SHT007", "sheet", Severity.WARNING).args("points");

    private SheetRules() {
    }

    public static List<Rule> all() {
        return List.of(UNREADABLE_ID, UNKNOWN_UNIT, UNREADABLE_DUE, EMPTY_GROUP, NO_UNITS,
                BUILTIN_CATALOGUE, UNREADABLE_POINTS);
    }
}
