package dossier.rules;

import dossier.model.Severity;

import java.util.List;

/**
 * Problems in the inputs of the thresholds — a unit's metrics.yaml and its registers/ — that
 * leave the rest of the run usable (inside evidence/ nothing is fatal). What their arguments hold:
 * <ul>
 * <li>THR008 metrics.yaml value unusable: key as written ("" for a file that is no YAML), value as
 *     written, reason ({@code Localized})</li>
 * <li>THR009 register file not read: file (relative path), reason ({@code Localized})</li>
 * <li>THR010 register cell unreadable, row left out: file, row, header as written, value ("" when
 *     blank), what was expected ({@code Localized})</li>
 * <li>THR011 执法证号 twice in the rosters, second row left out: 执法证号, this row's name, the first
 *     row's name, file and row</li>
 * <li>THR012 a figure declared twice in metrics.yaml, the first kept: key as written, figure name
 *     ({@code Localized}), line of the first</li>
 * <li>THR013 unknown key in metrics.yaml: key, did-you-mean ("" when none)</li>
 * <li>THR016 a percentage written as a fraction (0.96), read as written: key as written, value as
 *     written, the percentage perhaps meant (96)</li>
 * </ul>
 */
public final class RegisterRules {
    public static final Rule METRIC_UNREADABLE = new Rule("THR008", "thresholds", Severity.ERROR)
            .args("key", "value", "reason");
    public static final Rule REGISTER_UNREADABLE = new Rule("THR009", "thresholds", Severity.ERROR)
            .args("file", "reason");
    public static final Rule REGISTER_CELL = new Rule("THR010", "thresholds", Severity.ERROR)
            .args("file", "row", "column", "value", "expected");
    public static final Rule DUPLICATE_CERTIFICATE = new Rule("THR011", "thresholds", Severity.ERROR)
            .args("certificate", "name", "firstName", "firstFile", "firstRow");
    public static final Rule METRIC_DUPLICATE = new Rule("THR012", "thresholds", Severity.WARNING)
            .args("key", "figure", "firstLine");
    public static final Rule METRIC_UNKNOWN_KEY = new Rule("THR013", "thresholds", Severity.WARNING)
            .args("key", "suggestion");
    public static final Rule PERCENT_AS_FRACTION = new Rule("THR016", "thresholds", Severity.WARNING)
            .args("key", "value", "percent");

    private RegisterRules() {
    }

    public static List<Rule> all() {
        return List.of(METRIC_UNREADABLE, REGISTER_UNREADABLE, REGISTER_CELL, DUPLICATE_CERTIFICATE,
                METRIC_DUPLICATE, METRIC_UNKNOWN_KEY, PERCENT_AS_FRACTION);
    }
}
