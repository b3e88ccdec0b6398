package dossier.check;

import dossier.model.Finding;
import dossier.model.Waiver;
import dossier.read.UnitDirectory;
import dossier.rules.Rule;
import dossier.rules.WaiverRules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * dossier.yaml's waivers, judged after every other check because a waiver is about their
 * findings: a waived finding stays, marked with its waiver; an expired or unused waiver is
 * itself a finding, carrying the waiver's unit and indicator and its line in dossier.yaml.
 * Marking is done even when both waiver rules are off.
 */
public final class WaiverCheck {
    public String name() {
        return "waivers";
    }

    public List<Rule> rules() {
        return WaiverRules.all();
    }

    public List<Finding> apply(List<Finding> findings, RepositoryModel model) {
        UnitDirectory directory = new UnitDirectory(model.campaign().units(), model.campaign().settings().region());
        UnaryOperator<String> unitName = name -> directory.resolve(name).orElse(name);
        List<Waiver> waivers = model.campaign().settings().waivers();
        Map<Waiver, Boolean> used = new IdentityHashMap<>();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Waiver match = null;
            for (Waiver w : waivers) {
                if (w.until() != null && w.until().isBefore(model.asOf())) continue;
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
            if (w.until() != null && w.until().isBefore(model.asOf())) {
                out.add(WaiverRules.EXPIRED.at(w.location(), unit, w.indicator(), w.rule() + " " + key(w), w.rule(), w.until(),
                        w.reason(), Objects.toString(unit, ""), Objects.toString(w.indicator(), ""), file));
            } else if (!used.containsKey(w)) {
                out.add(WaiverRules.UNUSED.at(w.location(), unit, w.indicator(), w.rule() + " " + key(w), w.rule(),
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
