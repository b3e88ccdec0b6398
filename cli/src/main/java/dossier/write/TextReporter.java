package dossier.write;

import dossier.core.Coverage;
import dossier.core.ValidationResult;
import dossier.i18n.FindingText;
import dossier.i18n.Lang;
import dossier.i18n.Messages;
import dossier.i18n.Thresholds;
import dossier.model.Campaign;
import dossier.model.Finding;
import dossier.model.Indicator;
import dossier.model.Severity;
import dossier.model.Task;
import dossier.model.TaskState;
import dossier.model.ThresholdResult;
import dossier.shared.IndicatorIds;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The human report: a summary, findings grouped by unit, then the coverage table area × unit. */
public final class TextReporter implements Reporter {
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
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
        PrintWriter out = new PrintWriter(ControlChars.forTerminal(writer));
        Coverage coverage = result.coverage();
        if (!quiet) header(result, coverage, out);
        findings(result, coverage, out);
        resolved(result, out);
        if (!quiet) thresholds(result, out);
        if (!quiet) indicators(result, out);
        if (!quiet) table(result, coverage, out);
        out.println(messages.get("text.total", result.count(Severity.ERROR), result.count(Severity.WARNING),
                result.count(Severity.INFO)));
        out.flush();
    }

    private void header(ValidationResult result, Coverage coverage, PrintWriter out) {
        Campaign c = result.campaign();
        out.println(ansi.bold(ResultHeading.title(messages, c)));
        out.println(ResultHeading.asOf(messages, c));
        out.println(c.sheetFile() == null ? messages.get("text.builtin") : messages.get("text.sheet", c.sheetFile(), c.sheetName()));
        out.println(c.unitsFile() == null ? messages.get("text.noUnitsFile") : messages.get("text.unitsFile", c.unitsFile()));
        long indicators = result.tasks().stream().map(t -> t.indicator()).distinct().count();
        Coverage.Tally all = coverage.overall();
        out.println(messages.get("text.counts", indicators, coverage.byUnit().size(), all.tasks()));
        out.println(messages.get("text.coverage", ResultHeading.rate(all), all.covered(), all.applicable(),
                all.states().get(TaskState.NOT_APPLICABLE), all.states().get(TaskState.DEFERRED),
                all.states().get(TaskState.EXPLAINED), all.states().get(TaskState.MISSING)));
        if (result.partial()) {
            out.println(ansi.yellow(messages.get("text.partial")));
            result.unread().forEach(u -> out.println("  " + u));
        }
        out.println();
    }

    private void findings(ValidationResult result, Coverage coverage, PrintWriter out) {
        if (result.findings().isEmpty()) {
            out.println(messages.get("text.noFindings"));
            out.println();
            return;
        }
        if (!quiet) out.println(ansi.bold(messages.get("text.findings")));
        Set<String> explained = new HashSet<>();
        String group = "\u0000";
        for (int i = 0; i < result.findings().size(); i++) {
            Finding f = result.findings().get(i);
            String unit = f.unit() == null ? messages.get("text.campaignWide") : f.unit();
            if (!unit.equals(group)) {
                Coverage.Tally t = f.unit() == null ? null : coverage.byUnit().get(f.unit());
                out.println(ansi.bold(unit) + (t == null ? "" : " · " + messages.get("text.unitCoverage",
                        t.covered(), t.applicable(), ResultHeading.rate(t))));
                group = unit;
            }
            String mark = result.baseline() != null && result.isNew(i) ? ansi.bold(messages.get("text.new")) + " " : "";
            String waived = f.waived() ? " " + ansi.dim(text.waived(f)) : "";
            out.println("  " + mark + label(f) + " " + f.ruleId() + " " + place(f) + text.message(f) + waived);
            if (!quiet && explained.add(f.ruleId())) out.println("      " + ansi.dim(messages.get("text.fix", text.fix(f))));
        }
        out.println();
    }

    private void resolved(ValidationResult result, PrintWriter out) {
        if (result.baseline() == null || result.baseline().resolved().isEmpty()) return;
        out.println(ansi.bold(messages.get("text.resolved", result.baseline().file(), result.baseline().resolved().size())));
        for (var r : result.baseline().resolved()) {
            out.println("  " + r.key().rule() + (r.key().unit() == null ? "" : " " + r.key().unit())
                    + (r.key().indicator() == null ? "" : " [" + r.key().indicator() + "]") + " " + r.message());
        }
        out.println();
    }

    /** The indicators of each area, one line each: deadline, lead and responsible units. */
    private void indicators(ValidationResult result, PrintWriter out) {
        Map<String, List<String>> responsible = new HashMap<>();
        for (Task t : result.tasks()) {
            List<String> units = responsible.computeIfAbsent(t.indicator(), id -> new ArrayList<>());
            if (t.role() == dossier.model.Role.RESPONSIBLE) units.add(t.unit());
        }
        if (responsible.isEmpty()) return;
        out.println(ansi.bold(messages.get("text.indicators")));
        String area = null;
        var collect = result.campaign().settings().collectMilestone();
        for (Indicator i : result.campaign().indicators()) {
            List<String> units = responsible.get(i.id());
            if (units == null) continue;
            if (!i.area().equals(area)) {
                area = i.area();
                out.println(area.isEmpty() ? messages.get("text.unarea") : area);
            }
            String due = i.due().date() != null ? i.due().date().toString()
                    : collect == null ? "—" : messages.get("text.dueWith", collect.name(), collect.due());
            out.println("  " + i.id() + " " + i.name() + " · " + messages.get("text.indicatorLine", due,
                    i.lead() == null ? "—" : i.lead(), units.isEmpty() ? "—" : String.join("、", units)));
        }
        out.println();
    }

    /** A table per unit: each threshold with its value, target and result. */
    private void thresholds(ValidationResult result, PrintWriter out) {
        if (result.thresholds().isEmpty()) return;
        out.println(ansi.bold(messages.get("text.thresholds")));
        int labelWidth = result.thresholds().stream().mapToInt(t -> DisplayWidth.of(Thresholds.label(messages, t.spec())))
                .max().orElse(10) + 2;
        String unit = null;
        for (ThresholdResult t : result.thresholds().stream()
                .sorted(Comparator.comparingInt((ThresholdResult t) -> unitIndex(result, t.unit()))).toList()) {
            if (!t.unit().equals(unit)) {
                out.println(ansi.bold(t.unit()));
                unit = t.unit();
            }
            String status = Thresholds.status(messages, t);
            status = switch (t.status()) {
                case PASS -> ansi.green(status);
                case FAIL, MISSING -> ansi.red(status);
                case PROGRESS -> ansi.yellow(status);
                case NOT_APPLICABLE -> ansi.dim(status);
            };
            out.println("  " + DisplayWidth.pad(t.spec().task(), 6) + DisplayWidth.pad(Thresholds.label(messages, t.spec()), labelWidth)
                    + DisplayWidth.pad(Thresholds.value(messages, t), 16)
                    + DisplayWidth.pad(messages.get("text.target", Thresholds.target(messages, t.spec())), 28) + status);
        }
        out.println();
    }

    private static int unitIndex(ValidationResult result, String unit) {
        var units = result.campaign().units();
        for (int i = 0; i < units.size(); i++) if (units.get(i).name().equals(unit)) return i;
        return Integer.MAX_VALUE;
    }

    /** Rows are units, columns areas ("covered/applicable"), with totals both ways. */
    private void table(ValidationResult result, Coverage coverage, PrintWriter out) {
        if (coverage.byUnit().isEmpty()) return;
        List<String> areas = new ArrayList<>(coverage.byArea().keySet());
        List<String> heads = areaHeads(result.campaign(), areas);
        int first = Math.max(DisplayWidth.of(messages.get("text.total.row")),
                coverage.byUnit().keySet().stream().mapToInt(DisplayWidth::of).max().orElse(4)) + 2;
        out.println(ansi.bold(messages.get("text.coverageTable")));
        StringBuilder head = new StringBuilder(DisplayWidth.pad("", first));
        for (String h : heads) head.append(DisplayWidth.pad(h, 8));
        out.println(head.append(messages.get("text.total.column")));
        for (Map.Entry<String, Coverage.Tally> unit : coverage.byUnit().entrySet()) {
            StringBuilder row = new StringBuilder(DisplayWidth.pad(unit.getKey(), first));
            for (String area : areas) row.append(DisplayWidth.pad(cell(coverage.byAreaAndUnit().get(area).get(unit.getKey())), 8));
            out.println(row.append(total(unit.getValue())));
        }
        StringBuilder totals = new StringBuilder(DisplayWidth.pad(messages.get("text.total.row"), first));
        for (String area : areas) totals.append(DisplayWidth.pad(cell(coverage.byArea().get(area)), 8));
        out.println(totals.append(total(coverage.overall())));
        if (areas.size() > 1 || !areas.get(0).isEmpty()) {
            for (int i = 0; i < areas.size(); i++) {
                out.println("  " + heads.get(i) + " " + (areas.get(i).isEmpty() ? messages.get("text.unarea") : areas.get(i)));
            }
        }
        out.println();
    }

    private static String cell(Coverage.Tally t) {
        return t == null || t.tasks() == 0 ? "—" : t.covered() + "/" + t.applicable();
    }

    private String total(Coverage.Tally t) {
        return cell(t) + " " + ResultHeading.rate(t);
    }

    /** 一, 二 … when every indicator of an area has that major id; else the area's position. */
    private List<String> areaHeads(Campaign campaign, List<String> areas) {
        List<String> heads = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            String area = areas.get(i);
            Set<String> majors = campaign.indicators().stream().filter(x -> x.area().equals(area))
                    .map(Indicator::id).map(IndicatorIds::major).collect(Collectors.toSet());
            int n = majors.size() == 1 && majors.iterator().next().matches("\\d{1,2}")
                    ? Integer.parseInt(majors.iterator().next()) : i + 1;
            heads.add(messages.lang() == Lang.ZH && n >= 1 && n <= NUMERALS.length ? NUMERALS[n - 1] : String.valueOf(n));
        }
        return heads;
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
