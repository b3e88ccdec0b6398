package dossier.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The one registry of every rule dossier has, in the order `dossier rules` lists them. */
public final class Rules {
    private static final List<Rule> ALL;
    private static final Map<String, Rule> BY_ID;

    static {
        List<Rule> all = new ArrayList<>();
        all.addAll(SettingsRules.all());
        all.addAll(SheetRules.all());
        all.addAll(CoverageRules.all());
        all.addAll(DeadlineRules.all());
        all.addAll(FileRules.all());
        all.addAll(FreshnessRules.all());
        all.addAll(ThresholdRules.all());
        all.addAll(RegisterRules.all());
        all.addAll(LiaisonRules.all());
        all.addAll(WaiverRules.all());
        List<String> families = all.stream().map(Rule::family).distinct().toList();
        all.sort(java.util.Comparator.comparingInt((Rule r) -> families.indexOf(r.family())).thenComparing(Rule::id));
        ALL = Collections.unmodifiableList(all);
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule r : all) {
            if (byId.put(r.id(), r) != null) throw new IllegalStateException("duplicate rule id " + r.id());
        }
        BY_ID = Collections.unmodifiableMap(byId);
    }

    private Rules() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id == null ? null : id.trim().toUpperCase()));
    }

    public static List<String> ids() {
        return List.copyOf(BY_ID.keySet());
    }
}
