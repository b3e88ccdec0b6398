package dossier.write.site;

import dossier.i18n.FindingText;
import dossier.i18n.Messages;
import dossier.model.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Findings as the site lists them. A finding whose message names an officer reads as its rule's
 * title instead, except on the officer's own unit's page with --names: the site is often
 * readable by every unit, and a name is personal data.
 */
final class SiteFindings {
    /** Rules whose message carries an officer's name: below the hours, no certificate, a certificate twice. */
    static final Set<String> NAMING_RULES = Set.of("THR004", "THR006", "THR011");

    private final Messages messages;
    private final FindingText text;
    private final Map<String, String> unitPages;

    SiteFindings(Messages messages, Map<String, String> unitPages) {
        this.messages = messages;
        this.text = new FindingText(messages);
        this.unitPages = unitPages;
    }

    Messages messages() {
        return messages;
    }

    /** Every finding, names left out. */
    List<SiteModel.FindingRow> all(List<Finding> findings) {
        return rows(findings, false);
    }

    /** One unit's findings, names shown only when allowed. */
    List<SiteModel.FindingRow> rows(List<Finding> findings, boolean names) {
        List<SiteModel.FindingRow> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String unit = f.unit() == null ? "" : f.unit();
            String message = names || !NAMING_RULES.contains(f.ruleId()) ? text.message(f)
                    : messages.get("rule." + f.ruleId() + ".title");
            out.add(new SiteModel.FindingRow(out.size() + 1, f.severity().id(), text.severity(f), f.ruleId(), unit,
                    unitPages.getOrDefault(unit, ""), f.indicator() == null ? "" : f.indicator(), message, text.fix(f),
                    text.location(f.location()), f.waived(), f.waived() ? nonNull(f.waiver().reason()) : ""));
        }
        return out;
    }

    /** Each rule with findings, in id order, with its title and fix. */
    List<SiteModel.RuleHint> hints(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).distinct().sorted()
                .map(id -> new SiteModel.RuleHint(id, messages.get("rule." + id + ".title"), messages.get("rule." + id + ".fix")))
                .toList();
    }

    /** The officers a naming rule's findings name (their officer argument), for the unit's own page with --names. */
    static List<String> officers(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId) && f.arg("officer") != null)
                .map(f -> String.valueOf(f.arg("officer"))).distinct().toList();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
