package dossier.core;

import dossier.model.TaskState;

import java.util.LinkedHashMap;
import java.util.Map;

/** Coverage tallies as json maps, one shape for the result json, the snapshots and the city json. */
public final class TallyJson {
    private TallyJson() {
    }

    /** A coverage tally as json, after a name field: shared with the snapshot format so both read alike. */
    public static Map<String, Object> named(String key, String name, Coverage.Tally t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key, name);
        m.putAll(tally(t));
        return m;
    }

    public static Map<String, Object> tally(Coverage.Tally t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tasks", t.tasks());
        m.put("covered", t.covered());
        m.put("applicable", t.applicable());
        m.put("rate", t.rate());
        Map<String, Object> states = new LinkedHashMap<>();
        for (TaskState s : TaskState.values()) states.put(s.id(), t.states().getOrDefault(s, 0));
        m.put("states", states);
        return m;
    }
}
