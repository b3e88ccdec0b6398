package dossier.read;

import dossier.model.Finding;
import dossier.model.Location;
import dossier.model.Unit;
import dossier.rules.SheetRules;
import dossier.shared.ChineseText;
import dossier.shared.DidYouMean;
import dossier.shared.UnitNames;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a lead or responsible-units cell into canonical unit names: group words expanded, the
 * rest split and resolved; a name the units table does not know is reported once and kept.
 */
final class UnitCells {
    private final UnitDirectory units;
    private final boolean hasTable;
    private final String file;
    private final List<Finding> findings;
    private final Set<String> reported = new HashSet<>();

    private static final Pattern GROUP_WITH_SEPARATOR = Pattern.compile("各乡镇[、,，]街道");
    private static final Pattern NOTE = Pattern.compile("\\([^()]*\\)$");

    UnitCells(UnitDirectory units, String file, List<Finding> findings) {
        this.units = units;
        this.hasTable = !units.units().isEmpty();
        this.file = file;
        this.findings = findings;
    }

    List<String> resolve(String cell, int row, String column, String indicator) {
        List<String> out = new ArrayList<>();
        if (cell == null || cell.isBlank()) return out;
        // a group word can stand for thousands of units: a set, not List.contains, keeps each once
        Set<String> seen = new HashSet<>();
        // a group word written with a list separator inside ("各乡镇、街道") is one group word
        String text = GROUP_WITH_SEPARATOR.matcher(ChineseText.clean(cell)).replaceAll("各乡镇街道");
        for (String part : text.split("[、,，;；/\\r\\n]+")) {
            if (part.isBlank()) continue;
            Optional<UnitDirectory.Expansion> group = units.group(part);
            if (group.isPresent()) {
                expand(group.get(), row, column, indicator, out, seen);
                continue;
            }
            for (String name : names(part)) {
                String unit = units.resolve(name).or(() -> withoutNote(name))
                        .orElseGet(() -> unknown(name, row, column, indicator));
                if (seen.add(unit)) out.add(unit);
            }
        }
        return out;
    }

    private void expand(UnitDirectory.Expansion e, int row, String column, String indicator, List<String> out, Set<String> seen) {
        if (e.units().isEmpty()) {
            findings.add(SheetRules.EMPTY_GROUP.at(Location.cell(file, row, column), null, indicator, e.word(),
                    e.word(), String.join("、", e.categories().isEmpty() ? List.of("*") : e.categories())));
        }
        for (String u : e.units()) if (seen.add(u)) out.add(u);
    }

    /** A space separates names only when every word is a known unit ("区司法局 区财政局"). */
    private List<String> names(String part) {
        String[] words = part.strip().split("[\\s\\u3000]+");
        boolean allKnown = words.length > 1;
        for (String w : words) allKnown &= units.resolve(w).isPresent();
        if (allKnown) return java.util.Arrays.stream(words).map(UnitNames::display).toList();
        String n = UnitNames.display(part);
        return n.isEmpty() ? List.of() : List.of(n);
    }

    /** "区司法局（牵头）": a known unit with a note in brackets after it. */
    private Optional<String> withoutNote(String name) {
        String bare = NOTE.matcher(UnitNames.normal(name)).replaceFirst("");
        return bare.isEmpty() || bare.equals(UnitNames.normal(name)) ? Optional.empty() : units.resolve(bare);
    }

    private String unknown(String name, int row, String column, String indicator) {
        String normal = UnitNames.normal(name);
        String shown = UnitNames.display(name);
        if (hasTable && reported.add(normal)) {
            // only units of the table: the message says the unit is not in it and names one that is
            List<String> known = units.units().stream().filter(u -> u.row() > 0).map(Unit::name).toList();
            // "市场监督局" for 区市场监管局: compare with the district prefix too
            String level = units.level();
            String hint = DidYouMean.suggest(normal, known)
                    .or(() -> normal.startsWith(level) ? Optional.empty() : DidYouMean.suggest(level + normal, known))
                    .orElse("");
            findings.add(SheetRules.UNKNOWN_UNIT.at(Location.cell(file, row, column), shown, indicator, normal,
                    shown, hint));
        }
        return units.resolve(normal).orElseGet(() -> {
            units.add(Unit.named(shown));
            return shown;
        });
    }
}
