package dossier.write.site;

import dossier.core.ValidationResult;
import dossier.i18n.ThresholdText;
import dossier.model.Finding;
import dossier.model.ThresholdResult;
import dossier.model.ThresholdSpec;
import dossier.shared.IndicatorIds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Threshold results: a table thresholds × units for the overview, and each unit's own list. */
final class SiteThresholds {
    private final ValidationResult result;
    private final ThresholdText text;
    private final Map<String, String> unitPages;
    private final boolean names;
    private final Map<String, ThresholdSpec> specs = new LinkedHashMap<>();
    private final Map<String, Map<String, ThresholdResult>> byUnit = new LinkedHashMap<>();
    private Map<String, List<Finding>> findingsOf;

    SiteThresholds(ValidationResult result, SiteFindings findings, Map<String, String> unitPages, boolean names) {
        this.result = result;
        this.text = new ThresholdText(findings.messages());
        this.unitPages = unitPages;
        this.names = names;
        List<ThresholdResult> sorted = new ArrayList<>(result.thresholds());
        sorted.sort(Comparator.comparing((ThresholdResult r) -> r.spec().task(), IndicatorIds.ORDER));
        for (ThresholdResult r : sorted) {
            specs.putIfAbsent(r.spec().id(), r.spec());
            byUnit.computeIfAbsent(r.unit(), k -> new LinkedHashMap<>()).put(r.spec().id(), r);
        }
    }

    SiteModel.ThresholdTable table() {
        List<SiteModel.ThresholdColumn> columns = specs.values().stream()
                .map(s -> new SiteModel.ThresholdColumn(s.id(), text.label(s), text.target(s))).toList();
        List<SiteModel.ThresholdRow> rows = new ArrayList<>();
        for (String unit : unitPages.keySet()) {
            if (!byUnit.containsKey(unit)) continue;
            List<SiteModel.ThresholdCell> cells = new ArrayList<>();
            for (ThresholdSpec s : specs.values()) cells.add(cell(s, byUnit.get(unit).get(s.id()), List.of()));
            rows.add(new SiteModel.ThresholdRow(unit, unitPages.get(unit), cells));
        }
        return new SiteModel.ThresholdTable(columns, rows);
    }

    /** The unit's results; with --names, the officers who fall short are named (its own page only). */
    List<SiteModel.ThresholdCell> of(String unit) {
        List<SiteModel.ThresholdCell> out = new ArrayList<>();
        List<Finding> own = names ? findingsOf().getOrDefault(unit, List.of()) : List.of();
        byUnit.getOrDefault(unit, Map.of()).values().forEach(r -> out.add(cell(r.spec(), r, officers(r.spec(), own))));
        return out;
    }

    /** Each unit's findings in the result's order, grouped on first use (--names only). */
    private Map<String, List<Finding>> findingsOf() {
        if (findingsOf == null) {
            findingsOf = new HashMap<>();
            for (Finding f : result.findings()) {
                if (f.unit() != null) findingsOf.computeIfAbsent(f.unit(), u -> new ArrayList<>()).add(f);
            }
        }
        return findingsOf;
    }

    private static List<String> officers(ThresholdSpec spec, List<Finding> own) {
        return switch (spec.kind()) {
            case PER_PERSON -> SiteFindings.officers(own, "THR004");
            case ALL_CERTIFIED -> SiteFindings.officers(own, "THR006");
            default -> List.of();
        };
    }

    private SiteModel.ThresholdCell cell(ThresholdSpec s, ThresholdResult r, List<String> officers) {
        if (r == null) return new SiteModel.ThresholdCell(s.id(), text.label(s), "", "", "", text.target(s), List.of());
        return new SiteModel.ThresholdCell(s.id(), text.label(s), r.status().id(), text.status(r), text.value(r),
                text.target(s), officers);
    }
}
