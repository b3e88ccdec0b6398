package dossier.write;

import dossier.Version;
import dossier.core.Baseline;
import dossier.core.Coverage;
import dossier.core.ValidationResult;
import dossier.i18n.FindingText;
import dossier.i18n.Messages;
import dossier.i18n.Thresholds;
import dossier.model.Campaign;
import dossier.model.EvidenceKind;
import dossier.model.Finding;
import dossier.model.Indicator;
import dossier.model.Milestone;
import dossier.model.Severity;
import dossier.model.Task;
import dossier.model.TaskFolder;
import dossier.model.TaskKey;
import dossier.model.TaskStatus;
import dossier.model.ThresholdResult;
import dossier.model.ThresholdSpec;
import dossier.model.Unit;
import dossier.shared.JsonOut;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dossier.core.TallyJson.named;
import static dossier.core.TallyJson.tally;
import static dossier.shared.JsonOut.ordered;

/**
 * The machine-readable result, described by {@code dossier/validate.schema.json}. Field names and
 * enum values are fixed English whatever the language; only message and fix texts are translated.
 */
public final class JsonReporter implements Reporter {
    public static final String SCHEMA = "dossier.validate/1";

    private final Messages messages;
    private final FindingText text;

    public JsonReporter(Messages messages) {
        this.messages = messages;
        this.text = new FindingText(messages);
    }

    @Override
    public void write(ValidationResult result, Writer out) throws IOException {
        JsonOut.write(document(result), out);
    }

    Map<String, Object> document(ValidationResult result) {
        Campaign c = result.campaign();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", SCHEMA);
        doc.put("tool", ordered("name", "dossier", "version", Version.get()));
        doc.put("lang", messages.lang().name().toLowerCase());
        doc.put("asOf", c.asOf().toString());
        doc.put("campaign", campaign(c));
        doc.put("partial", result.partial());
        doc.put("unread", result.unread());
        doc.put("summary", summary(result));
        doc.put("indicators", JsonOut.eachAs(c.indicators(), JsonReporter::indicator));
        doc.put("units", JsonOut.eachAs(c.units(), JsonReporter::unit));
        doc.put("coverage", coverage(result.coverage()));
        doc.put("thresholds", JsonOut.eachAs(result.thresholds(), JsonReporter::threshold));
        Map<TaskKey, List<String>> rulesByTask = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            if (f.unit() != null && f.indicator() != null) {
                rulesByTask.computeIfAbsent(TaskKey.of(f), k -> new ArrayList<>()).add(f.ruleId());
            }
        }
        doc.put("tasks", JsonOut.eachAs(result.statuses(), t -> task(t, rulesByTask)));
        doc.put("findings", JsonOut.eachAs(result.findings().size(), i -> {
            Map<String, Object> f = finding(result.findings().get(i));
            if (result.baseline() != null) f.put("baseline", result.isNew(i) ? "new" : "known");
            return f;
        }));
        if (result.baseline() != null) doc.put("baseline", baseline(result));
        return doc;
    }

    private static Map<String, Object> threshold(ThresholdResult t) {
        ThresholdSpec s = t.spec();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("task", s.task());
        m.put("unit", t.unit());
        m.put("kind", s.kind().id());
        m.put("status", t.status().id());
        m.put("value", t.value());
        m.put("op", s.op().symbol());
        m.put("target", s.target());
        m.put("measure", Thresholds.measure(s));
        m.put("inputs", new java.util.TreeMap<>(t.inputs()));
        return m;
    }

    private static Map<String, Object> baseline(ValidationResult r) {
        Baseline.Diff d = r.baseline();
        List<Map<String, Object>> resolved = new ArrayList<>();
        for (Baseline.Resolved x : d.resolved()) {
            resolved.add(ordered("rule", x.key().rule(), "severity", x.severity(), "unit", x.key().unit(),
                    "indicator", x.key().indicator(), "file", x.key().file(), "subject", x.key().subject(),
                    "message", x.message()));
        }
        return ordered("file", d.file(), "new", d.newCount(), "known", r.findings().size() - d.newCount(),
                "resolved", resolved);
    }

    private static Map<String, Object> campaign(Campaign c) {
        var s = c.settings();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("repository", c.repositoryName());
        m.put("name", s.name());
        m.put("region", s.region());
        m.put("year", s.year());
        m.put("period", ordered("start", s.period().start().toString(), "end", s.period().end().toString()));
        m.put("sheet", c.sheetFile() == null ? null : ordered("file", c.sheetFile(), "name", c.sheetName()));
        m.put("unitsFile", c.unitsFile());
        List<Map<String, Object>> milestones = new ArrayList<>();
        for (Milestone ms : s.milestones()) {
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("name", ms.name());
            mm.put("start", ms.start().toString());
            mm.put("due", ms.due().toString());
            milestones.add(mm);
        }
        m.put("milestones", milestones);
        return m;
    }

    private static Map<String, Object> summary(ValidationResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indicators", r.tasks().stream().map(Task::indicator).distinct().count());
        m.put("units", r.tasks().stream().map(Task::unit).distinct().count());
        m.put("tasks", r.tasks().size());
        Map<String, Object> counts = new LinkedHashMap<>();
        for (Severity s : Severity.values()) counts.put(s.id(), r.count(s));
        counts.put("waived", r.waivedCount());
        m.put("findings", counts);
        return m;
    }

    private static Map<String, Object> indicator(Indicator i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("area", i.area());
        m.put("name", i.name());
        m.put("requirements", i.requirements());
        m.put("lead", i.lead());
        m.put("units", i.units());
        m.put("evidenceAsked", i.evidenceAsked());
        m.put("due", i.due().date() == null ? null : i.due().date().toString());
        m.put("dueText", i.due().raw());
        m.put("ongoing", i.due().ongoing());
        m.put("points", i.points());
        m.put("row", i.row() == 0 ? null : i.row());
        return m;
    }

    private static Map<String, Object> unit(Unit u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", u.name());
        m.put("aliases", u.aliases());
        m.put("category", u.category());
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("name", u.liaison().name());
        l.put("title", u.liaison().title());
        l.put("officePhone", u.liaison().officePhone());
        l.put("mobile", u.liaison().mobile());
        l.put("email", u.liaison().email());
        m.put("liaison", l);
        return m;
    }

    private static Map<String, Object> task(TaskStatus status, Map<TaskKey, List<String>> rulesByTask) {
        Task t = status.task();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indicator", t.indicator());
        m.put("unit", t.unit());
        m.put("role", t.role().id());
        m.put("due", t.due() == null ? null : t.due().toString());
        m.put("state", status.state().id());
        Map<String, Object> counts = new LinkedHashMap<>();
        for (EvidenceKind k : EvidenceKind.values()) counts.put(k.id(), status.counts().getOrDefault(k, 0));
        m.put("evidence", counts);
        TaskFolder f = status.folder();
        m.put("folders", f == null ? List.of() : f.folders());
        m.put("explanations", f == null ? List.of() : f.explanations());
        m.put("onsite", f == null ? List.of() : f.onsite());
        m.put("notApplicable", f == null ? List.of() : f.reasonedNotApplicable().stream().map(TaskFolder.Note::path).toList());
        m.put("highlights", f == null ? List.of() : f.highlights());
        m.put("findings", rulesByTask.getOrDefault(TaskKey.of(t), List.of()));
        return m;
    }

    private static Map<String, Object> coverage(Coverage c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("overall", tally(c.overall()));
        m.put("byArea", c.byArea().entrySet().stream().map(e -> named("area", e.getKey(), e.getValue())).toList());
        m.put("byUnit", c.byUnit().entrySet().stream().map(e -> named("unit", e.getKey(), e.getValue())).toList());
        return m;
    }

    private Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.ruleId());
        m.put("severity", f.severity().id());
        m.put("unit", f.unit());
        m.put("indicator", f.indicator());
        m.put("file", f.location().file());
        m.put("row", f.location().row());
        m.put("column", f.location().column());
        m.put("subject", f.subject());
        m.put("message", text.message(f));
        m.put("fix", text.fix(f));
        m.put("waived", f.waiver() == null ? null : ordered("reason", f.waiver().reason(),
                "approvedBy", f.waiver().approvedBy(), "until", f.waiver().until() == null ? null : f.waiver().until().toString()));
        return m;
    }
}
