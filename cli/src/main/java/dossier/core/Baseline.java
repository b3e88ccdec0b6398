package dossier.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dossier.model.Finding;
import dossier.model.Location;
import dossier.shared.InputException;

import java.io.IOException;
import java.io.InputStream;
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

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final List<String> FIELDS = List.of("rule", "unit", "indicator", "file", "subject", "severity", "message");

    /**
     * Streamed: only the findings' identities are kept, so a result of any size that dossier wrote
     * (a province's, with hundreds of thousands of findings) can be compared with.
     */
    public static Baseline read(Path path) {
        String name = path.toString();
        Map<Key, Integer> counts = new LinkedHashMap<>();
        Map<Key, Resolved> examples = new LinkedHashMap<>();
        boolean result = false;
        if (!Files.isRegularFile(path)) {
            // a pipe or device would be read without end; a folder or nothing at all cannot be read
            throw new InputException(Location.file(name), "baseline.notAFile");
        }
        try (InputStream in = Files.newInputStream(path); JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new InputException(Location.file(name), "baseline.notResult");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (!field.equals("findings") || value != JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                result = true;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    String[] f = finding(p);
                    Key k = new Key(f[0], f[1], f[2], f[3], f[4]);
                    counts.merge(k, 1, Integer::sum);
                    examples.putIfAbsent(k, new Resolved(k, Objects.toString(f[5], ""), Objects.toString(f[6], "")));
                }
            }
        } catch (IOException e) {
            throw new InputException(Location.file(name), "baseline.unreadable", e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse(""));
        }
        if (!result) throw new InputException(Location.file(name), "baseline.notResult");
        return new Baseline(name, counts, examples);
    }

    /** One element of the findings array: the values of {@link #FIELDS}, null where absent, null or not a scalar. */
    private static String[] finding(JsonParser p) throws IOException {
        String[] values = new String[FIELDS.size()];
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return values;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            int i = FIELDS.indexOf(p.currentName());
            JsonToken value = p.nextToken();
            if (value.isScalarValue() && value != JsonToken.VALUE_NULL && i >= 0) values[i] = p.getValueAsString();
            else p.skipChildren();
        }
        return values;
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
