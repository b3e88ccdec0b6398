package dossier.write;

import dossier.core.Coverage;
import dossier.core.ValidationResult;
import dossier.i18n.FindingText;
import dossier.i18n.Messages;
import dossier.model.Finding;
import dossier.model.Severity;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A CI job summary: totals, the coverage table, and the most important findings. */
public final class MarkdownReporter implements Reporter {
    static final int TOP = 50;

    private final Messages messages;
    private final FindingText text;

    public MarkdownReporter(Messages messages) {
        this.messages = messages;
        this.text = new FindingText(messages);
    }

    @Override
    public void write(ValidationResult result, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        Coverage coverage = result.coverage();
        Coverage.Tally all = coverage.overall();
        out.println("## " + cell(ResultHeading.title(messages, result.campaign())));
        out.println();
        out.println(cell(ResultHeading.asOf(messages, result.campaign())));
        out.println();
        out.println(messages.get("md.totals"));
        out.println("| --- | --- | --- | --- |");
        out.println("| " + result.count(Severity.ERROR) + " | " + result.count(Severity.WARNING) + " | "
                + result.count(Severity.INFO) + " | " + ResultHeading.rate(all) + " (" + all.covered() + "/" + all.applicable() + ") |");
        out.println();
        if (result.baseline() != null) {
            out.println(messages.get("md.baseline", result.baseline().newCount(), result.baseline().resolved().size()));
            out.println();
        }
        if (result.partial()) {
            out.println("> " + messages.get("text.partial") + " " + String.join("、", result.unread()));
            out.println();
        }
        coverageTable(coverage, out);
        top(result, out);
        out.flush();
    }

    private void coverageTable(Coverage coverage, PrintWriter out) {
        if (coverage.byUnit().isEmpty()) return;
        out.println("### " + messages.get("md.coverage"));
        out.println();
        List<String> areas = new ArrayList<>(coverage.byArea().keySet());
        StringBuilder head = new StringBuilder("| " + messages.get("md.unit") + " |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (String a : areas) {
            head.append(' ').append(cell(a.isEmpty() ? messages.get("text.unarea") : a)).append(" |");
            rule.append(" ---: |");
        }
        out.println(head.append(' ').append(messages.get("text.total.column")).append(" |"));
        out.println(rule.append(" ---: |"));
        for (Map.Entry<String, Coverage.Tally> u : coverage.byUnit().entrySet()) {
            StringBuilder row = new StringBuilder("| " + cell(u.getKey()) + " |");
            for (String a : areas) row.append(' ').append(fraction(coverage.byAreaAndUnit().get(a).get(u.getKey()))).append(" |");
            out.println(row.append(' ').append(ResultHeading.rate(u.getValue())).append(" |"));
        }
        StringBuilder total = new StringBuilder("| **" + messages.get("text.total.row") + "** |");
        for (String a : areas) total.append(' ').append(fraction(coverage.byArea().get(a))).append(" |");
        out.println(total.append(" **").append(ResultHeading.rate(coverage.overall())).append("** |"));
        out.println();
    }

    private void top(ValidationResult result, PrintWriter out) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < result.findings().size(); i++) order.add(i);
        order.sort(Comparator.comparingInt((Integer i) -> result.findings().get(i).severity().ordinal())
                .thenComparing(i -> result.isNew(i) ? 0 : 1).thenComparingInt(i -> i));
        if (order.isEmpty()) {
            out.println(messages.get("text.noFindings"));
            return;
        }
        out.println("### " + messages.get("md.top", Math.min(TOP, order.size()), order.size()));
        out.println();
        out.println(messages.get("md.findingsHead"));
        out.println("| --- | --- | --- | --- | --- | --- |");
        for (int i : order.subList(0, Math.min(TOP, order.size()))) {
            Finding f = result.findings().get(i);
            String mark = result.baseline() != null && result.isNew(i) ? " 🆕" : "";
            out.println("| " + text.severity(f) + mark + " | `" + f.ruleId() + "` | " + cell(f.unit()) + " | "
                    + cell(f.indicator()) + " | " + cell(text.location(f.location())) + " | " + cell(text.message(f)) + " |");
        }
        out.println();
    }

    private static String fraction(Coverage.Tally t) {
        return t == null || t.tasks() == 0 ? "—" : t.covered() + "/" + t.applicable();
    }

    private static String cell(String s) {
        if (s == null) return "";
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", "<br>");
    }
}
