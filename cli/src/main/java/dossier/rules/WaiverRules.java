package dossier.rules;

import dossier.model.Finding;
import dossier.model.Severity;
import dossier.model.Waiver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Waivers from dossier.yaml: a waived finding stays visible, marked with its reason; an expired
 * waiver covers nothing and is itself a finding, and so is one that matched nothing. Both carry the
 * waiver's unit and indicator, and its line in dossier.yaml. Arguments: WAV001 rule, until, reason,
 * unit, indicator, file; WAV002 rule, unit, indicator, file ("" for what the waiver leaves open).
 */
public final class WaiverRules {
    public static final Rule EXPIRED = new Rule("WAV001", "waivers", Severity.WARNING)
            .args("rule", "until", "reason", "unit", "indicator", "file");
    public static final Rule UNUSED = new Rule("WAV002", "waivers", Severity.WARNING)
            .args("rule", "unit", "indicator", "file");

    private WaiverRules() {
    }

    public static List<Rule> all() {
        return List.of(EXPIRED, UNUSED);
    }

    /**
     * @param unitName resolves a waiver's unit (a name or alias) to the canonical unit
     */
    public static List<Finding> apply(List<Finding> findings, List<Waiver> waivers, LocalDate asOf,
                                      UnaryOperator<String> unitName) {
        Map<Waiver, Boolean> used = new IdentityHashMap<>();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Waiver match = null;
            for (Waiver w : waivers) {
                if (w.until() != null && w.until().isBefore(asOf)) continue;
                if (matches(w, f, unitName)) {
                    match = w;
                    break;
                }
            }
            if (match != null) used.put(match, true);
            out.add(match == null ? f : f.waivedBy(match));
        }
        for (Waiver w : waivers) {
            // named by what it was for, so one of several similar waivers can be told apart without counting lines
            String unit = w.unit() == null ? null : unitName.apply(w.unit());
            String file = w.file() == null ? "" : w.file();
            if (w.until() != null && w.until().isBefore(asOf)) {
                out.add(EXPIRED.at(w.location(), unit, w.indicator(), w.rule() + " " + key(w), w.rule(), w.until(),
                        w.reason(), Objects.toString(unit, ""), Objects.toString(w.indicator(), ""), file));
            } else if (!used.containsKey(w)) {
                out.add(UNUSED.at(w.location(), unit, w.indicator(), w.rule() + " " + key(w), w.rule(),
                        Objects.toString(unit, ""), Objects.toString(w.indicator(), ""), file));
            }
        }
        return out;
    }

    private static boolean matches(Waiver w, Finding f, UnaryOperator<String> unitName) {
        if (!w.rule().equals(f.ruleId())) return false;
        if (w.unit() != null && !unitName.apply(w.unit()).equals(f.unit())) return false;
        if (w.indicator() != null && !w.indicator().equals(f.indicator())) return false;
        if (w.file() != null) {
            String file = f.location().file();
            if (file == null) return false;
            String want = w.file().replace('\\', '/');
            if (!file.equals(want) && !file.startsWith(want.endsWith("/") ? want : want + "/") && !file.endsWith("/" + want)) {
                return false;
            }
        }
        return true;
    }

    private static String key(Waiver w) {
        return (w.unit() == null ? "" : w.unit()) + "|" + (w.indicator() == null ? "" : w.indicator()) + "|"
                + (w.file() == null ? "" : w.file());
    }
}
