package dossier.write;

import dossier.check.Checks;
import dossier.core.ValidationResult;
import dossier.i18n.FindingText;
import dossier.i18n.Messages;
import dossier.i18n.Thresholds;
import dossier.model.Finding;
import dossier.model.Indicator;
import dossier.model.RegisterKind;
import dossier.model.Severity;
import dossier.model.TaskKey;
import dossier.model.TaskState;
import dossier.model.TaskStatus;
import dossier.model.ThresholdResult;
import dossier.rules.Rule;
import dossier.rules.Rules;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for CI dashboards: one testsuite per area with one testcase per task (classname the
 * indicator, name the unit), plus a suite for campaign-wide findings. A testcase fails on a
 * finding at or above the fail level; a not-applicable task is skipped.
 */
public final class JunitReporter implements Reporter {
    private final Messages messages;
    private final FindingText text;
    private final Severity failLevel;

    public JunitReporter(Messages messages, Severity failLevel) {
        this.messages = messages;
        this.text = new FindingText(messages);
        this.failLevel = failLevel == null ? Severity.ERROR : failLevel;
    }

    private record Case(String classname, String name, List<Finding> findings, boolean skipped, String note) {
    }

    @Override
    public void write(ValidationResult result, Writer out) throws IOException {
        Map<String, List<Case>> suites = suites(result);
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(ControlChars.forXml(out));
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "dossier validate");
            writeCounts(x, suites.values().stream().flatMap(List::stream).toList());
            for (Map.Entry<String, List<Case>> suite : suites.entrySet()) suite(x, suite.getKey(), suite.getValue());
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
            out.write("\n");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private Map<String, List<Case>> suites(ValidationResult result) {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        result.campaign().indicators().forEach(i -> indicators.put(i.id(), i));
        Map<TaskKey, List<Finding>> byTask = new LinkedHashMap<>();
        List<Finding> other = new ArrayList<>();
        // a threshold's findings are those of its task that concern it: grouped by task once, not searched per result
        Map<TaskKey, List<Finding>> thresholdFindings = new HashMap<>();
        for (Finding f : result.findings()) {
            if (Rules.byId(f.ruleId()).map(Rule::judgesThreshold).orElse(false) && f.indicator() != null) {
                thresholdFindings.computeIfAbsent(TaskKey.of(f), k -> new ArrayList<>()).add(f);
            }
            else if (f.unit() != null && f.indicator() != null) byTask.computeIfAbsent(TaskKey.of(f), k -> new ArrayList<>()).add(f);
            else other.add(f);
        }
        Map<String, List<Case>> suites = new LinkedHashMap<>();
        for (TaskStatus s : result.statuses()) {
            Indicator i = indicators.get(s.task().indicator());
            String area = i == null || i.area().isEmpty() ? messages.get("text.unarea") : i.area();
            String classname = s.task().indicator() + (i == null ? "" : " " + i.name());
            List<Finding> fs = byTask.getOrDefault(TaskKey.of(s.task()), List.of());
            suites.computeIfAbsent(area, k -> new ArrayList<>()).add(new Case(classname, s.task().unit(), fs,
                    s.state() == TaskState.NOT_APPLICABLE, messages.get("junit.state", s.state().id(), s.evidenceCount())));
        }
        for (ThresholdResult t : result.thresholds()) {
            Indicator i = indicators.get(t.spec().task());
            String area = i == null || i.area().isEmpty() ? messages.get("text.unarea") : i.area();
            List<Finding> fs = thresholdFindings.getOrDefault(new TaskKey(t.spec().task(), t.unit()), List.of()).stream()
                    .filter(f -> Checks.concerns(f, t.spec())).toList();
            String note = messages.get("junit.threshold", Thresholds.value(messages, t), Thresholds.target(messages, t.spec()),
                    Thresholds.status(messages, t));
            suites.computeIfAbsent(area, k -> new ArrayList<>()).add(new Case(t.spec().task() + " "
                    + Thresholds.label(messages, t.spec()), t.unit(), fs,
                    t.status() == ThresholdResult.Status.NOT_APPLICABLE, note));
        }
        String campaign = messages.get("text.campaignWide");
        for (Finding f : other) {
            String where = f.unit() == null ? campaign : f.unit();
            suites.computeIfAbsent(campaign, k -> new ArrayList<>()).add(new Case(where, f.ruleId() + " "
                    + (f.subject() == null ? "" : f.subject()), List.of(f), false, ""));
        }
        return suites;
    }

    private void suite(XMLStreamWriter x, String name, List<Case> cases) throws XMLStreamException {
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", name);
        writeCounts(x, cases);
        for (Case c : cases) testcase(x, c);
        x.writeCharacters("\n  ");
        x.writeEndElement();
    }

    private void testcase(XMLStreamWriter x, Case c) throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", c.classname());
        x.writeAttribute("name", c.name());
        x.writeAttribute("time", "0");
        List<Finding> failing = c.findings().stream().filter(f -> f.failsAt(failLevel)).toList();
        if (!failing.isEmpty()) {
            x.writeCharacters("\n      ");
            x.writeStartElement("failure");
            x.writeAttribute("type", failing.get(0).ruleId());
            x.writeAttribute("message", text.message(failing.get(0)));
            x.writeCharacters(describe(failing));
            x.writeEndElement();
        } else if (c.skipped()) {
            x.writeCharacters("\n      ");
            x.writeEmptyElement("skipped");
            x.writeAttribute("message", c.findings().isEmpty() ? c.note() : text.message(c.findings().get(0)));
        }
        List<Finding> rest = c.findings().stream().filter(f -> !f.failsAt(failLevel)).toList();
        if (!rest.isEmpty() || !c.note().isEmpty()) {
            x.writeCharacters("\n      ");
            x.writeStartElement("system-out");
            x.writeCharacters((c.note().isEmpty() ? "" : c.note() + "\n") + describe(rest));
            x.writeEndElement();
        }
        x.writeCharacters("\n    ");
        x.writeEndElement();
    }

    private String describe(List<Finding> findings) {
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            String loc = text.location(f.location());
            b.append(f.severity().id()).append(' ').append(f.ruleId()).append(' ')
                    .append(loc.isEmpty() ? "" : loc + ": ").append(text.message(f)).append('\n')
                    .append("  ").append(messages.get("text.fix", text.fix(f))).append('\n');
        }
        return b.toString();
    }

    private void writeCounts(XMLStreamWriter x, List<Case> cases) throws XMLStreamException {
        long failures = cases.stream().filter(c -> c.findings().stream().anyMatch(f -> f.failsAt(failLevel))).count();
        long skipped = cases.stream().filter(c -> c.skipped() && c.findings().stream().noneMatch(f -> f.failsAt(failLevel))).count();
        x.writeAttribute("tests", String.valueOf(cases.size()));
        x.writeAttribute("failures", String.valueOf(failures));
        x.writeAttribute("errors", "0");
        x.writeAttribute("skipped", String.valueOf(skipped));
    }
}
