package dossier.core;

import dossier.model.BuiltInThresholds;
import dossier.model.Settings;
import dossier.model.ThresholdOverride;
import dossier.model.ThresholdSpec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The thresholds in force: the built-ins of SPEC §4, then dossier.yaml's {@code thresholds}
 * section as the settings reader read it (each entry re-keys, retargets, turns off or adds one).
 */
public final class ThresholdSpecs {
    public static final List<ThresholdSpec> BUILT_IN = BuiltInThresholds.ALL;

    private ThresholdSpecs() {
    }

    /** The thresholds in force for a sheet with these ids (a threshold whose task the sheet lacks is dormant). */
    public static List<ThresholdSpec> inForce(Settings settings, List<String> taskIds) {
        Map<String, ThresholdSpec> specs = new LinkedHashMap<>();
        BUILT_IN.forEach(s -> specs.put(s.id(), s));
        for (ThresholdOverride o : settings.thresholds()) {
            if (o.turnsOff()) specs.remove(o.id());
            else specs.put(o.id(), o.spec());
        }
        List<ThresholdSpec> out = new ArrayList<>();
        Set<String> tasks = new HashSet<>(taskIds); // a task sheet may hold 100,000 rows
        for (ThresholdSpec s : specs.values()) if (tasks.contains(s.task())) out.add(s);
        return out;
    }
}
