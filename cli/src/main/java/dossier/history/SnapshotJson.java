package dossier.history;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.core.Coverage;
import dossier.core.TallyJson;
import dossier.model.Role;
import dossier.model.Severity;
import dossier.model.TaskState;
import dossier.shared.JsonOut;
import dossier.write.JsonReporter;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code dossier.snapshot/1} json form. Within version 1 fields are only ever added, so a
 * reader takes what it knows and ignores the rest; a removed or changed field means version 2,
 * and this reader then still reads every version-1 file.
 */
public final class SnapshotJson {
    public static final String SCHEMA_PREFIX = "dossier.snapshot/";
    public static final int VERSION = 1;

    private SnapshotJson() {
    }

    public static void write(Snapshot s, Writer out) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", SCHEMA_PREFIX + VERSION);
        doc.put("tool", JsonOut.ordered("name", "dossier", "version", s.tool()));
        doc.put("asOf", s.asOf().toString());
        doc.put("source", JsonOut.ordered("repository", s.source().repository(), "name", s.source().name(), "year", s.source().year()));
        doc.put("partial", s.partial());
        List<Map<String, Object>> areas = new ArrayList<>();
        s.byArea().forEach((area, tally) -> areas.add(TallyJson.named("area", area, tally)));
        doc.put("coverage", JsonOut.ordered("overall", TallyJson.tally(s.overall()), "byArea", areas));
        doc.put("units", s.units().stream().map(SnapshotJson::unit).toList());
        doc.put("tasks", s.tasks().stream().map(t -> JsonOut.ordered("indicator", t.indicator(), "unit", t.unit(),
                "role", t.role().id(), "due", t.due() == null ? null : t.due().toString(), "state", t.state().id())).toList());
        doc.put("thresholds", s.thresholds().stream().map(t -> JsonOut.ordered("id", t.id(), "task", t.task(), "unit", t.unit(),
                "status", t.status(), "value", t.value(), "op", t.op(), "target", t.target())).toList());
        doc.put("findings", s.findings().stream().map(f -> JsonOut.ordered("rule", f.rule(), "severity", f.severity().id(),
                "unit", f.unit(), "indicator", f.indicator(), "file", f.file(), "subject", f.subject(), "waived", f.waived())).toList());
        JsonOut.write(doc, out);
    }

    private static Map<String, Object> unit(Snapshot.UnitCounts u) {
        Map<String, Object> m = TallyJson.named("unit", u.unit(), u.coverage());
        m.put("overdue", u.overdue());
        m.put("dueSoon", u.dueSoon());
        m.put("shortfalls", u.shortfalls());
        Map<String, Object> counts = new LinkedHashMap<>();
        for (Severity s : Severity.values()) counts.put(s.id(), u.findings().getOrDefault(s, 0));
        counts.put("waived", u.waived());
        m.put("findings", counts);
        return m;
    }

    /** Why a document could not be read as a snapshot: a message key and its arguments. */
    public static final class Unreadable extends Exception {
        private final String key;
        private final List<Object> args;

        Unreadable(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = List.of(args);
        }

        public String key() {
            return key;
        }

        public List<Object> args() {
            return args;
        }
    }

    /** Reads a parsed document; a future version, another kind of file or a missing field is {@link Unreadable}. */
    public static Snapshot read(JsonNode doc) throws Unreadable {
        if (doc == null || !doc.isObject()) throw new Unreadable("history.notSnapshot");
        String schema = doc.path("schema").asText("");
        if (!schema.startsWith(SCHEMA_PREFIX)) throw new Unreadable("history.notSnapshot");
        int version;
        try {
            version = Integer.parseInt(schema.substring(SCHEMA_PREFIX.length()));
        } catch (NumberFormatException e) {
            throw new Unreadable("history.notSnapshot");
        }
        if (version > VERSION) throw new Unreadable("history.newerVersion", schema);
        try {
            return snapshot(doc);
        } catch (RuntimeException e) {
            throw new Unreadable("history.damaged", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static Snapshot snapshot(JsonNode doc) {
        JsonNode src = required(doc, "source");
        Snapshot.Source source = new Snapshot.Source(src.path("repository").asText(""), src.path("name").asText(""),
                src.path("year").asInt());
        JsonNode coverage = required(doc, "coverage");
        Map<String, Coverage.Tally> byArea = new LinkedHashMap<>();
        for (JsonNode a : coverage.path("byArea")) byArea.put(text(a, "area"), readTally(a));
        List<Snapshot.UnitCounts> units = new ArrayList<>();
        for (JsonNode u : required(doc, "units")) units.add(unit(u));
        List<Snapshot.TaskEntry> tasks = new ArrayList<>();
        for (JsonNode t : doc.path("tasks")) {
            tasks.add(new Snapshot.TaskEntry(text(t, "indicator"), text(t, "unit"),
                    Role.valueOf(t.path("role").asText("responsible").toUpperCase(Locale.ROOT)),
                    date(t.get("due")), TaskState.valueOf(text(t, "state").toUpperCase(Locale.ROOT))));
        }
        List<Snapshot.ThresholdEntry> thresholds = new ArrayList<>();
        for (JsonNode t : doc.path("thresholds")) {
            JsonNode v = t.get("value");
            thresholds.add(new Snapshot.ThresholdEntry(text(t, "id"), t.path("task").asText(""), text(t, "unit"),
                    text(t, "status"), v == null || v.isNull() ? null : v.asDouble(), t.path("op").asText(""),
                    t.path("target").asDouble()));
        }
        List<Snapshot.FindingKey> findings = new ArrayList<>();
        for (JsonNode f : doc.path("findings")) {
            findings.add(new Snapshot.FindingKey(text(f, "rule"), severity(text(f, "severity")), nullable(f, "unit"),
                    nullable(f, "indicator"), nullable(f, "file"), f.path("subject").asText(""), f.path("waived").asBoolean()));
        }
        return new Snapshot(date(required(doc, "asOf")), doc.path("tool").path("version").asText(""), source,
                doc.path("partial").asBoolean(), readTally(required(coverage, "overall")), byArea, units, tasks, thresholds,
                findings);
    }

    private static Snapshot.UnitCounts unit(JsonNode u) {
        JsonNode f = u.path("findings");
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) counts.put(s, f.path(s.id()).asInt());
        return new Snapshot.UnitCounts(text(u, "unit"), readTally(u), u.path("overdue").asInt(), u.path("dueSoon").asInt(),
                u.path("shortfalls").asInt(), counts, f.path("waived").asInt());
    }

    private static Coverage.Tally readTally(JsonNode node) {
        Map<TaskState, Integer> states = new EnumMap<>(TaskState.class);
        JsonNode s = required(node, "states");
        for (TaskState state : TaskState.values()) states.put(state, s.path(state.id()).asInt());
        return new Coverage.Tally(states);
    }

    private static Severity severity(String id) {
        return Severity.parse(id).orElseThrow(() -> new IllegalArgumentException("severity " + id));
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) throw new IllegalArgumentException(field);
        return v;
    }

    private static String text(JsonNode node, String field) {
        return required(node, field).asText();
    }

    private static String nullable(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(JsonNode node) {
        if (node == null || node.isNull()) return null;
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date " + node.asText());
        }
    }
}
