package dossier.read;

import dossier.model.Finding;
import dossier.model.Location;
import dossier.model.Unit;
import dossier.rules.SheetRules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    UnitCells(UnitDirectory units, String file, List<Finding> findings) {
        this.units = units;
        this.hasTable = !units.units().isEmpty();
        this.file = file;
        this.findings = findings;
    }

    List<String> resolve(String cell, int row, String column, String indicator) {
        List<String> out = new ArrayList<>();
        if (cell == null || cell.isBlank()) return out;
        for (String part : ChineseText.clean(cell).split("[、,，;；/\\r\\n]+")) {
            if (part.isBlank()) continue;
            Optional<UnitDirectory.Expansion> group = units.group(part);
            if (group.isPresent()) {
                expand(group.get(), row, column, indicator, out);
                continue;
            }
            for (String name : names(part)) {
                String unit = units.resolve(name).orElseGet(() -> unknown(name, row, column, indicator));
                if (!out.contains(unit)) out.add(unit);
            }
        }
        return out;
    }

    private void expand(UnitDirectory.Expansion e, int row, String column, String indicator, List<String> out) {
        if (e.units().isEmpty()) {
            findings.add(SheetRules.EMPTY_GROUP.at(Location.cell(file, row, column), null, indicator, e.word(),
                    e.word(), String.join("、", e.categories().isEmpty() ? List.of("*") : e.categories())));
        }
        for (String u : e.units()) if (!out.contains(u)) out.add(u);
    }

    /** A space separates names only when every word is a known unit ("区司法局 区财政局"). */
    private List<String> names(String part) {
        String[] words = part.strip().split("[\\s\\u3000]+");
        boolean allKnown = words.length > 1;
        for (String w : words) allKnown &= units.resolve(w).isPresent();
        if (allKnown) return java.util.Arrays.stream(words).map(UnitNames::normal).toList();
        String n = UnitNames.normal(part);
        return n.isEmpty() ? List.of() : List.of(n);
    }

    private String unknown(String name, int row, String column, String indicator) {
        String normal = UnitNames.normal(name);
        if (hasTable && reported.add(normal)) {
            String hint = DidYouMean.suggest(normal, units.names()).orElse("");
            findings.add(SheetRules.UNKNOWN_UNIT.at(Location.cell(file, row, column), normal, indicator, normal,
                    normal, hint));
        }
        if (units.resolve(normal).isEmpty()) units.add(Unit.named(normal));
        return normal;
    }
}
