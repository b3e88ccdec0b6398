package dossier.write;

import dossier.Version;
import dossier.core.Baseline;
import dossier.core.ValidationResult;
import dossier.i18n.FindingText;
import dossier.i18n.Messages;
import dossier.model.Finding;
import dossier.rules.Rule;
import dossier.rules.Rules;
import dossier.shared.JsonOut;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static dossier.shared.JsonOut.ordered;

/** SARIF 2.1.0 for code-scanning annotations: every rule, every finding at its file relative to the repository. */
public final class SarifReporter implements Reporter {
    private final Messages messages;
    private final FindingText text;
    private final String prefix;

    /** @param prefix the repository's path inside the checkout ("" when validate runs at its root) */
    public SarifReporter(Messages messages, String prefix) {
        this.messages = messages;
        this.text = new FindingText(messages);
        this.prefix = prefix;
    }

    @Override
    public void write(ValidationResult result, Writer out) throws IOException {
        List<Rule> rules = Rules.all();
        Map<String, Object> driver = ordered("name", "dossier", "version", Version.get(),
                "semanticVersion", Version.get(), "rules", rules.stream().map(this::rule).toList());
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) ruleIndex.putIfAbsent(rules.get(i).id(), i);
        List<Object> results = JsonOut.eachAs(result.findings(), f -> result(f, ruleIndex.getOrDefault(f.ruleId(), -1)));
        Map<String, Object> run = ordered("tool", ordered("driver", driver), "columnKind", "unicodeCodePoints",
                "results", results);
        if (result.partial()) {
            run.put("invocations", List.of(ordered("executionSuccessful", true, "toolExecutionNotifications",
                    result.unread().stream().map(u -> ordered("level", "warning", "message", ordered("text",
                            messages.get("sarif.unread", u)))).toList())));
        }
        Map<String, Object> doc = ordered("$schema", "https://json.schemastore.org/sarif-2.1.0.json",
                "version", "2.1.0", "runs", List.of(run));
        JsonOut.write(doc, out);
    }

    private Map<String, Object> rule(Rule r) {
        String title = messages.get("rule." + r.id() + ".title");
        String help = messages.get("rule." + r.id() + ".fix") + "\n" + messages.get("rules.page.example") + ": "
                + messages.get("rule." + r.id() + ".example");
        return ordered("id", r.id(), "name", r.id(),
                "shortDescription", ordered("text", title),
                "fullDescription", ordered("text", title + ". " + messages.get("rule." + r.id() + ".why")),
                "help", ordered("text", help),
                "defaultConfiguration", ordered("level", level(r.severity())),
                "properties", ordered("family", r.family()));
    }

    private Map<String, Object> result(Finding f, int ruleIndex) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", f.ruleId());
        if (ruleIndex >= 0) m.put("ruleIndex", ruleIndex);
        m.put("level", level(f.severity()));
        m.put("message", ordered("text", text.message(f)));
        if (f.file() != null) {
            Map<String, Object> physical = ordered("artifactLocation", ordered("uri", uri(prefix + f.file())));
            if (f.location().row() != null) physical.put("region", ordered("startLine", f.location().row()));
            m.put("locations", List.of(ordered("physicalLocation", physical)));
        }
        if (f.waived()) {
            m.put("suppressions", List.of(ordered("kind", "external", "status", "accepted",
                    "justification", f.waiver().reason() + (f.waiver().approvedBy().isEmpty() ? "" : " (" + f.waiver().approvedBy() + ")"))));
        }
        m.put("partialFingerprints", ordered("dossierFinding/v1", fingerprint(Baseline.Key.of(f))));
        Map<String, Object> props = new LinkedHashMap<>();
        if (f.unit() != null) props.put("unit", f.unit());
        if (f.indicator() != null) props.put("indicator", f.indicator());
        if (f.subject() != null) props.put("subject", f.subject());
        m.put("properties", props);
        return m;
    }

    private static String level(dossier.model.Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative URI reference with spaces and Chinese characters percent-encoded, as SARIF requires. */
    static String uri(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }

    private static String fingerprint(Baseline.Key k) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            String joined = String.join("\u0000", Objects.toString(k.rule(), ""), Objects.toString(k.unit(), ""),
                    Objects.toString(k.indicator(), ""), Objects.toString(k.file(), ""), Objects.toString(k.subject(), ""));
            return HexFormat.of().formatHex(d.digest(joined.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
