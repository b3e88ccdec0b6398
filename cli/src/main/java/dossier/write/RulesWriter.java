package dossier.write;

import dossier.i18n.Messages;
import dossier.rules.Rule;
import dossier.shared.JsonOut;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `dossier rules`: the list of every rule, one rule's page, or both as JSON. */
public final class RulesWriter {
    private final Messages messages;

    public RulesWriter(Messages messages) {
        this.messages = messages;
    }

    public void table(List<Rule> rules, PrintWriter out) {
        String[] head = messages.get("rules.header").split("\\|");
        out.println(DisplayWidth.pad(head[0], 8) + DisplayWidth.pad(head[1], 10) + DisplayWidth.pad(head[2], 14) + head[3]);
        for (Rule r : rules) {
            out.println(DisplayWidth.pad(r.id(), 8) + DisplayWidth.pad(r.severity().id(), 10)
                    + DisplayWidth.pad(family(r), 14) + title(r));
        }
    }

    public void page(Rule r, PrintWriter out) {
        out.println(r.id() + "  " + title(r));
        out.println(messages.get("rules.page.severity", r.severity().id()));
        out.println();
        section(out, "rules.page.why", "why", r);
        section(out, "rules.page.example", "example", r);
        section(out, "rules.page.fix", "fix", r);
    }

    private void section(PrintWriter out, String heading, String part, Rule r) {
        out.println(messages.get(heading));
        out.println("  " + messages.get("rule." + r.id() + "." + part));
        out.println();
    }

    public void json(List<Rule> rules, PrintWriter out) throws IOException {
        List<Map<String, Object>> items = rules.stream().map(this::entry).toList();
        JsonOut.write(JsonOut.ordered("rules", items), out);
    }

    private Map<String, Object> entry(Rule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("severity", r.severity().id());
        m.put("family", r.family());
        m.put("title", title(r));
        m.put("why", messages.get("rule." + r.id() + ".why"));
        m.put("example", messages.get("rule." + r.id() + ".example"));
        m.put("fix", messages.get("rule." + r.id() + ".fix"));
        return m;
    }

    private String title(Rule r) {
        return messages.get("rule." + r.id() + ".title");
    }

    private String family(Rule r) {
        return messages.get("rules.family." + r.family());
    }
}
