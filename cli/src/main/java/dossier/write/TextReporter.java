package dossier.write;

import dossier.core.ValidationResult;
import dossier.i18n.Lang;
import dossier.i18n.Messages;
import dossier.read.IndicatorIds;
import dossier.model.Campaign;
import dossier.model.Finding;
import dossier.model.Indicator;
import dossier.model.Milestone;
import dossier.model.Severity;
import dossier.model.Task;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The human report: the indicators per area with their units, then findings grouped by unit. */
public final class TextReporter implements Reporter {
    private static final String[] AREA_NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
            "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"};

    private final Messages messages;
    private final FindingText text;
    private final Ansi ansi;
    private final boolean quiet;

    public TextReporter(Messages messages, boolean color, boolean quiet) {
        this.messages = messages;
        this.text = new FindingText(messages);
        this.ansi = new Ansi(color);
        this.quiet = quiet;
    }

    @Override
    public void write(ValidationResult result, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        if (!quiet) {
            header(result, out);
            indicators(result, out);
        }
        findings(result, out);
        out.println(messages.get("text.total", result.count(Severity.ERROR), result.count(Severity.WARNING),
                result.count(Severity.INFO)));
        out.flush();
    }

    private void header(ValidationResult result, PrintWriter out) {
        Campaign c = result.campaign();
        var s = c.settings();
        String title = s.name().isEmpty() ? c.repositoryName() : s.name();
        out.println(ansi.bold(messages.get("text.title", title)));
        out.println(messages.get("text.asOf", c.asOf(), s.period().start(), s.period().end()));
        out.println(c.sheetFile() == null ? messages.get("text.builtin") : messages.get("text.sheet", c.sheetFile(), c.sheetName()));
        out.println(c.unitsFile() == null ? messages.get("text.noUnitsFile") : messages.get("text.unitsFile", c.unitsFile()));
        long indicators = result.tasks().stream().map(Task::indicator).distinct().count();
        long units = result.tasks().stream().map(Task::unit).distinct().count();
        out.println(messages.get("text.counts", indicators, units, result.tasks().size()));
        if (result.partial()) {
            out.println(ansi.yellow(messages.get("text.partial")));
            result.unread().forEach(u -> out.println("  " + u));
        }
        out.println();
    }

    private void indicators(ValidationResult result, PrintWriter out) {
        Campaign c = result.campaign();
        Set<String> shown = result.tasks().stream().map(Task::indicator).collect(Collectors.toSet());
        Map<String, List<Indicator>> byArea = new LinkedHashMap<>();
        for (Indicator i : c.indicators()) {
            if (shown.contains(i.id())) byArea.computeIfAbsent(i.area(), k -> new ArrayList<>()).add(i);
        }
        out.println(ansi.bold(messages.get("text.indicators")));
        for (Map.Entry<String, List<Indicator>> area : byArea.entrySet()) {
            String name = area.getKey().isEmpty() ? messages.get("text.unarea") : area.getKey();
            out.println(ansi.bold(areaNumber(area.getValue()) + name));
            for (Indicator i : area.getValue()) indicator(i, result, out);
        }
        out.println();
    }

    /** "四、" when every indicator of the area has the id 4.x; nothing when the ids do not say. */
    private String areaNumber(List<Indicator> indicators) {
        Set<String> majors = indicators.stream().filter(i -> i.id().contains("."))
                .map(i -> IndicatorIds.major(i.id())).collect(Collectors.toSet());
        if (majors.size() != 1 || indicators.stream().anyMatch(i -> !i.id().contains("."))) return "";
        int n = Integer.parseInt(majors.iterator().next());
        if (messages.lang() == Lang.EN || n < 1 || n > AREA_NUMERALS.length) return n + ". ";
        return AREA_NUMERALS[n - 1] + "、";
    }

    private void indicator(Indicator i, ValidationResult result, PrintWriter out) {
        Milestone collect = result.campaign().settings().collectMilestone();
        String due;
        if (i.due().date() != null) {
            due = messages.get("text.due", i.due().date());
        } else {
            String key = i.due().ongoing() ? "text.dueOngoing" : "text.dueNone";
            due = collect == null ? "" : messages.get(key, collect.name(), collect.due());
        }
        out.println("  " + i.id() + " " + i.name() + (due.isEmpty() ? "" : " · " + due));
        List<String> units = result.tasks().stream().filter(t -> t.indicator().equals(i.id()))
                .map(Task::unit).filter(u -> !Objects.equals(u, i.lead())).toList();
        if (i.lead() != null) out.println("      " + messages.get("text.lead", i.lead()));
        out.println("      " + messages.get("text.responsible",
                units.isEmpty() ? messages.get("text.none") : String.join("、", units)));
    }

    private void findings(ValidationResult result, PrintWriter out) {
        if (result.findings().isEmpty()) {
            out.println(messages.get("text.noFindings"));
            return;
        }
        if (!quiet) out.println(ansi.bold(messages.get("text.findings")));
        String group = "\u0000";
        for (Finding f : result.findings()) {
            String unit = f.unit() == null ? messages.get("text.campaignWide") : f.unit();
            if (!unit.equals(group)) {
                out.println(ansi.bold(unit));
                group = unit;
            }
            out.println("  " + label(f) + " " + f.ruleId() + " " + place(f) + text.message(f));
            if (!quiet) out.println("      " + ansi.dim(messages.get("text.fix", text.fix(f))));
        }
        out.println();
    }

    private String place(Finding f) {
        String loc = text.location(f.location());
        String indicator = f.indicator() == null ? "" : "[" + f.indicator() + "] ";
        return indicator + (loc.isEmpty() ? "" : loc + (messages.lang() == Lang.ZH ? "：" : ": "));
    }

    private String label(Finding f) {
        String l = text.severity(f);
        return switch (f.severity()) {
            case ERROR -> ansi.red(l);
            case WARNING -> ansi.yellow(l);
            case INFO -> ansi.cyan(l);
        };
    }
}
