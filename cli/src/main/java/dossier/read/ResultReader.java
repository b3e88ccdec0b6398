package dossier.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dossier.i18n.Localized;
import dossier.model.Deadline;
import dossier.model.DistrictResult;
import dossier.model.DistrictResult.IndicatorTally;
import dossier.model.DistrictResult.ThresholdTally;
import dossier.model.TaskState;
import dossier.model.Upcoming;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads validate's json result ({@code dossier.validate/1}) or aggregate's ({@code
 * dossier.aggregate/1}) with Jackson's streaming parser, folding tasks into per-indicator counts
 * as they pass: memory stays the same whatever the result's size, and of the findings array (most
 * of a large result) only each finding's rule is decoded, to leave out overdue tasks a waiver
 * covers as the district's bulletin does. Tasks waiting for evidence are counted
 * per indicator and time limit (an aggregate lists those counts as its {@code upcoming}), so a
 * city's bulletin can say what falls due; and per time limit and state, so it can score a district's
 * timeliness and say how late it is (an aggregate gives those as its summary's {@code dueTasks} and
 * {@code longestOverdue}).
 */
public final class ResultReader {
    public static final String VALIDATE = "dossier.validate/";
    public static final String AGGREGATE = dossier.model.City.AGGREGATE_SCHEMA;
    /** The schema major version this dossier reads; a result with another one is skipped, not guessed. */
    public static final int MAJOR = 1;
    private static final String OVERDUE_RULE = "DUE001";
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** Sees every task of a validate result: verify checks them against the bundle. */
    public interface TaskSink {
        void task(String indicator, String unit, TaskState state, List<String> notes);
    }

    /** A file that cannot be merged: damaged, of an incompatible schema, or no dossier result at all. */
    public static final class Unusable extends Exception {
        private final Localized reason;

        public Unusable(Localized reason) {
            super(reason.key());
            this.reason = reason;
        }

        public Localized reason() {
            return reason;
        }
    }

    private ResultReader() {
    }

    public static DistrictResult read(InputStream in, String file, TaskSink sink) throws IOException, Unusable {
        try (JsonParser p = FACTORY.createParser(in)) {
            return new Fold(file, sink).read(p);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new Unusable(Localized.of("aggregate.damaged", at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr()));
        }
    }

    /** Whether a schema id is one this dossier reads: its own major version of validate or aggregate. */
    static void checkSchema(String schema) throws Unusable {
        if (schema == null || !(schema.startsWith(VALIDATE) || schema.startsWith(AGGREGATE))) {
            throw new Unusable(Localized.of("aggregate.notResult", schema == null ? "" : schema));
        }
        String version = schema.substring(schema.indexOf('/') + 1);
        String major = version.contains(".") ? version.substring(0, version.indexOf('.')) : version;
        if (!major.equals(String.valueOf(MAJOR))) {
            throw new Unusable(Localized.of("aggregate.incompatible", schema, VALIDATE + MAJOR + ", " + AGGREGATE + MAJOR));
        }
    }

    /** The state of one read: small maps keyed by indicator and threshold. */
    private static final class Fold {
        private final String file;
        private final TaskSink sink;
        private String schema;
        private String asOf;
        private String name;
        private String region;
        private boolean partial;
        private boolean sawTasks;
        private final Map<String, String[]> indicatorNames = new LinkedHashMap<>();
        private final Map<String, Map<TaskState, Integer>> states = new LinkedHashMap<>();
        private final Map<String, Integer> overdue = new LinkedHashMap<>();
        /** Overdue findings a waiver covers, per indicator: the district's bulletin and score do not count those tasks overdue. */
        private final Map<String, Integer> waivedOverdue = new HashMap<>();
        private final Map<List<String>, Map<String, Integer>> thresholds = new LinkedHashMap<>();
        private final Map<String, Integer> findings = new LinkedHashMap<>();
        private final Map<String, Integer> overall = new LinkedHashMap<>();
        /** Tasks waiting for evidence, counted per indicator and day. */
        private final Map<DueKey, Integer> upcoming = new LinkedHashMap<>();
        private int overdueTotal;
        /** A validate result's tasks with a time limit, counted per day and state. */
        private final Map<DayState, Integer> dated = new HashMap<>();
        /** An aggregate's own; null when it does not say (written before it carried them). */
        private Integer dueTasks;
        private Long longestOverdue;

        Fold(String file, TaskSink sink) {
            this.file = file;
            this.sink = sink;
        }

        DistrictResult read(JsonParser p) throws IOException, Unusable {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new Unusable(Localized.of("aggregate.notResult", ""));
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "schema" -> {
                        schema = p.getValueAsString();
                        checkSchema(schema);
                    }
                    case "asOf" -> asOf = p.getValueAsString();
                    case "partial" -> partial = value == JsonToken.VALUE_TRUE;
                    case "campaign" -> campaign(p);
                    case "summary" -> summary(p);
                    case "coverage" -> coverage(p);
                    case "indicators" -> eachObject(p, this::indicator);
                    case "thresholds" -> eachObject(p, this::threshold);
                    case "tasks" -> {
                        sawTasks = true;
                        eachObject(p, this::task);
                    }
                    case "upcoming" -> eachObject(p, this::upcoming);
                    case "findings" -> eachObject(p, this::finding);
                    default -> p.skipChildren();
                }
            }
            return result();
        }

        private DistrictResult result() throws Unusable {
            checkSchema(schema);
            if (asOf == null) throw new Unusable(Localized.of("aggregate.missingField", "asOf"));
            try {
                LocalDate.parse(asOf);
            } catch (DateTimeParseException e) {
                throw new Unusable(Localized.of("aggregate.missingField", "asOf"));
            }
            if (name == null && region == null) throw new Unusable(Localized.of("aggregate.missingField", "campaign.name"));
            if (schema.startsWith(VALIDATE) && !sawTasks) throw new Unusable(Localized.of("aggregate.missingField", "tasks"));
            List<IndicatorTally> indicators = new ArrayList<>();
            for (var e : states.entrySet()) {
                String[] named = indicatorNames.getOrDefault(e.getKey(), new String[2]);
                int late = Math.max(0, overdue.getOrDefault(e.getKey(), 0) - waivedOverdue.getOrDefault(e.getKey(), 0));
                indicators.add(new IndicatorTally(e.getKey(), named[0], named[1], e.getValue(), late));
            }
            List<ThresholdTally> tallies = new ArrayList<>();
            thresholds.forEach((k, v) -> tallies.add(new ThresholdTally(k.get(0), k.get(1), v)));
            DistrictResult.Totals totals = null;
            if (schema.startsWith(AGGREGATE)) {
                Map<TaskState, Integer> states = emptyStates();
                overall.forEach((k, v) -> {
                    TaskState s = state(k);
                    if (s != null) states.merge(s, v, Integer::sum);
                });
                totals = new DistrictResult.Totals(states, overdueTotal);
            }
            LocalDate day = LocalDate.parse(asOf);
            if (schema.startsWith(VALIDATE)) {
                dueTasks = 0;
                longestOverdue = 0L;
                for (var e : dated.entrySet()) {
                    LocalDate due = e.getKey().due();
                    TaskState state = e.getKey().state();
                    if (Deadline.dueBy(due, state, day)) dueTasks += e.getValue();
                    longestOverdue = Math.max(longestOverdue, Deadline.daysLate(due, state, day));
                }
            }
            return new DistrictResult(file, schema, name, region, asOf, partial, indicators, tallies, findings, totals,
                    upcoming(day), dueTasks, longestOverdue);
        }

        /** Those due on or after the as-of date (earlier ones are overdue, not upcoming), by day, as they came. */
        private List<Upcoming> upcoming(LocalDate day) {
            List<Upcoming> out = new ArrayList<>();
            upcoming.forEach((k, tasks) -> {
                String title = k.name() != null ? k.name() : indicatorNames.getOrDefault(k.indicator(), new String[2])[1];
                if (!k.due().isBefore(day)) out.add(new Upcoming(k.indicator(), title == null ? "" : title, k.due(), tasks));
            });
            out.sort(java.util.Comparator.comparing(Upcoming::due));
            return out;
        }

        /** An aggregate's count of tasks waiting for evidence, per day and indicator; a bad entry makes the file unusable. */
        private void upcoming(JsonParser p) throws IOException, Unusable {
            String indicator = null;
            String title = null;
            String due = null;
            int tasks = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "indicator" -> indicator = p.getValueAsString();
                    case "name" -> title = p.getValueAsString();
                    case "date" -> due = p.getValueAsString();
                    case "tasks" -> tasks = p.getValueAsInt();
                    default -> p.skipChildren();
                }
            }
            LocalDate day = date(due);
            if (indicator == null || day == null || tasks < 1) throw new Unusable(Localized.of("aggregate.missingField", "upcoming"));
            upcoming.merge(new DueKey(indicator, title == null ? "" : title, day), tasks, Integer::sum);
        }

        private void campaign(JsonParser p) throws IOException, Unusable {
            fields(p, field -> {
                if (field.equals("name")) name = p.getValueAsString();
                else if (field.equals("region")) region = p.getValueAsString();
                else p.skipChildren();
            });
        }

        private void summary(JsonParser p) throws IOException, Unusable {
            fields(p, field -> {
                switch (field) {
                    case "findings" -> counts(p, findings);
                    case "overdue" -> overdueTotal = p.getValueAsInt();
                    case "dueTasks" -> dueTasks = count(p, "summary.dueTasks");
                    case "longestOverdue" -> {
                        Integer days = count(p, "summary.longestOverdue");
                        longestOverdue = days == null ? null : days.longValue();
                    }
                    default -> p.skipChildren();
                }
            });
        }

        /** Only the overall states: an aggregate's include the tasks of indicators it could not map. */
        private void coverage(JsonParser p) throws IOException, Unusable {
            fields(p, field -> {
                if (!field.equals("overall")) {
                    p.skipChildren();
                    return;
                }
                fields(p, inner -> {
                    if (inner.equals("states")) counts(p, overall);
                    else p.skipChildren();
                });
            });
        }

        /** An aggregate lists its per-indicator states; a validate result only names them (its tasks carry the states). */
        private void indicator(JsonParser p) throws IOException {
            String id = null;
            String area = null;
            String title = null;
            Map<String, Integer> counted = new LinkedHashMap<>();
            int late = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "id" -> id = p.getValueAsString();
                    case "area" -> area = p.getValueAsString();
                    case "name" -> title = p.getValueAsString();
                    case "states" -> counts(p, counted);
                    case "overdue" -> late = p.getValueAsInt();
                    default -> p.skipChildren();
                }
            }
            if (id == null) return;
            indicatorNames.put(id, new String[]{area, title});
            Map<TaskState, Integer> tally = states.computeIfAbsent(id, k -> emptyStates());
            for (var e : counted.entrySet()) {
                TaskState s = state(e.getKey());
                if (s != null) tally.merge(s, e.getValue(), Integer::sum);
            }
            if (late > 0) overdue.merge(id, late, Integer::sum);
        }

        /** validate: one (threshold, unit) result with its status; aggregate: a threshold's status counts. */
        private void threshold(JsonParser p) throws IOException {
            String id = null;
            String task = null;
            String status = null;
            Map<String, Integer> counted = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "id" -> id = p.getValueAsString();
                    case "task" -> task = p.getValueAsString();
                    case "status" -> status = p.getValueAsString();
                    case "statuses" -> counts(p, counted);
                    default -> p.skipChildren();
                }
            }
            if (id == null) return;
            Map<String, Integer> tally = thresholds.computeIfAbsent(java.util.Arrays.asList(id, task), k -> new LinkedHashMap<>());
            if (status != null) tally.merge(status, 1, Integer::sum);
            counted.forEach((k, v) -> tally.merge(k, v, Integer::sum));
        }

        /**
         * One finding of a validate result, read only as far as it matters here: an overdue one that a
         * waiver covers. The rest of the array (most of a large result) is skipped undecoded.
         */
        private void finding(JsonParser p) throws IOException {
            Boolean overdueRule = null;
            boolean waived = false;
            String indicator = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("rule")) {
                    overdueRule = value == JsonToken.VALUE_STRING && OVERDUE_RULE.equals(p.getText());
                } else if (field.equals("indicator") && value == JsonToken.VALUE_STRING && !Boolean.FALSE.equals(overdueRule)) {
                    indicator = p.getText();
                } else if (field.equals("waived")) {
                    waived = value == JsonToken.START_OBJECT;
                    p.skipChildren();
                } else {
                    p.skipChildren();
                }
            }
            if (Boolean.TRUE.equals(overdueRule) && waived && indicator != null) waivedOverdue.merge(indicator, 1, Integer::sum);
        }

        private void task(JsonParser p) throws IOException, Unusable {
            String indicator = null;
            String unit = null;
            String state = null;
            String due = null;
            boolean late = false;
            List<String> notes = sink == null ? null : new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "indicator" -> indicator = p.getValueAsString();
                    case "unit" -> unit = p.getValueAsString();
                    case "state" -> state = p.getValueAsString();
                    case "due" -> due = p.getValueAsString();
                    case "findings" -> late = containsString(p, OVERDUE_RULE);
                    case "explanations", "onsite", "notApplicable", "highlights" -> {
                        if (notes == null) p.skipChildren();
                        else strings(p, notes);
                    }
                    default -> p.skipChildren();
                }
            }
            TaskState s = state(state);
            if (indicator == null || s == null) throw new Unusable(Localized.of("aggregate.badTask", file, String.valueOf(state)));
            states.computeIfAbsent(indicator, k -> emptyStates()).merge(s, 1, Integer::sum);
            if (late) overdue.merge(indicator, 1, Integer::sum);
            LocalDate day = date(due);
            if (Upcoming.waiting(s) && day != null) upcoming.merge(new DueKey(indicator, null, day), 1, Integer::sum);
            if (day != null) dated.merge(new DayState(day, s), 1, Integer::sum);
            if (sink != null) sink.task(indicator, unit, s, notes);
        }
    }

    /** An indicator and a day; name is null for a validate result's task, whose indicator list names it. */
    private record DueKey(String indicator, String name, LocalDate due) {
    }

    private record DayState(LocalDate due, TaskState state) {
    }

    /** A count an aggregate may leave null (not known); anything but a whole number from 0 makes the file unusable. */
    private static Integer count(JsonParser p, String field) throws IOException, Unusable {
        if (p.currentToken() == JsonToken.VALUE_NULL) return null;
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getLongValue() < 0 || p.getLongValue() > Integer.MAX_VALUE) {
            p.skipChildren();
            throw new Unusable(Localized.of("aggregate.missingField", field));
        }
        return p.getIntValue();
    }

    private interface ObjectBody {
        void read(JsonParser p) throws IOException, Unusable;
    }

    private static void eachObject(JsonParser p, ObjectBody body) throws IOException, Unusable {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (t == JsonToken.START_OBJECT) body.read(p);
            else p.skipChildren();
        }
    }

    private interface FieldBody {
        /** Called with the parser on the field's value; it must consume the value (or skip it). */
        void read(String field) throws IOException, Unusable;
    }

    /** Each field of an object, the parser on its value; anything but an object is skipped. */
    private static void fields(JsonParser p, FieldBody body) throws IOException, Unusable {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            body.read(field);
        }
    }

    private static void counts(JsonParser p, Map<String, Integer> into) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.VALUE_NUMBER_INT) into.merge(key, p.getIntValue(), Integer::sum);
            else p.skipChildren();
        }
    }

    private static boolean containsString(JsonParser p, String wanted) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return false;
        }
        boolean found = false;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (t == JsonToken.VALUE_STRING && wanted.equals(p.getText())) found = true;
            else p.skipChildren();
        }
        return found;
    }

    private static void strings(JsonParser p, List<String> into) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (t == JsonToken.VALUE_STRING) into.add(p.getText());
            else p.skipChildren();
        }
    }

    /** An ISO date, or null for none or anything else (a task whose time limit the sheet did not give as a date). */
    private static LocalDate date(String text) {
        if (text == null) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static TaskState state(String id) {
        if (id == null) return null;
        try {
            return TaskState.valueOf(id.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Map<TaskState, Integer> emptyStates() {
        Map<TaskState, Integer> m = new EnumMap<>(TaskState.class);
        for (TaskState s : TaskState.values()) m.put(s, 0);
        return m;
    }
}
