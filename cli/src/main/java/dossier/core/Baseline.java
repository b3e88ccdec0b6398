package dossier.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.model.Finding;
import dossier.model.Location;
import dossier.read.TextFiles;
import dossier.shared.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An earlier json result to compare with. Findings match on rule, unit, indicator, file and
 * subject — never on row numbers or wording, which change when a sheet is edited or the
 * language is switched.
 */
public final class Baseline {
    /** The identity of a finding across runs. */
    public record Key(String rule, String unit, String indicator, String file, String subject) {
        public static Key of(Finding f) {
            return new Key(f.ruleId(), f.unit(), f.indicator(), f.location().file(), f.subject());
        }
    }

    /** A finding of the baseline that is gone now, with the message it had then. */
    public record Resolved(Key key, String severity, String message) {
    }

    /** How the current findings compare: which are new, and what was resolved since. */
    public record Diff(String file, List<Boolean> isNew, List<Resolved> resolved) {
        public Diff {
            isNew = List.copyOf(isNew);
            resolved = List.copyOf(resolved);
        }

        public long newCount() {
            return isNew.stream().filter(b -> b).count();
        }
    }

    private final String file;
    private final Map<Key, Integer> counts;
    private final Map<Key, Resolved> examples;

    private Baseline(String file, Map<Key, Integer> counts, Map<Key, Resolved> examples) {
        this.file = file;
        this.counts = counts;
        this.examples = examples;
    }

    public static Baseline read(Path path) {
        String name = path.toString();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(TextFiles.readBounded(path, name));
        } catch (IOException e) {
            throw new InputException(Location.file(name), "baseline.unreadable", e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.path("findings").isArray()) throw new InputException(Location.file(name), "baseline.notResult");
        Map<Key, Integer> counts = new LinkedHashMap<>();
        Map<Key, Resolved> examples = new LinkedHashMap<>();
        for (JsonNode f : root.get("findings")) {
            Key k = new Key(text(f, "rule"), text(f, "unit"), text(f, "indicator"), text(f, "file"), text(f, "subject"));
            counts.merge(k, 1, Integer::sum);
            examples.putIfAbsent(k, new Resolved(k, Objects.toString(text(f, "severity"), ""), Objects.toString(text(f, "message"), "")));
        }
        return new Baseline(name, counts, examples);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Marks each finding new or known (as many known as the baseline had of that key) and lists what is gone. */
    public Diff compare(List<Finding> findings) {
        Map<Key, Integer> left = new HashMap<>(counts);
        List<Boolean> isNew = new ArrayList<>();
        for (Finding f : findings) {
            Key k = Key.of(f);
            int n = left.getOrDefault(k, 0);
            isNew.add(n == 0);
            if (n > 0) left.put(k, n - 1);
        }
        List<Resolved> resolved = new ArrayList<>();
        for (Map.Entry<Key, Integer> e : counts.entrySet()) {
            if (left.getOrDefault(e.getKey(), 0) == e.getValue() && e.getValue() > 0) resolved.add(examples.get(e.getKey()));
        }
        return new Diff(file, isNew, resolved);
    }
}
