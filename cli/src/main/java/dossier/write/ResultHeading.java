package dossier.write;

import dossier.core.Coverage;
import dossier.i18n.Messages;
import dossier.model.Campaign;

/**
 * What the validate outputs written for people (text, markdown) open with, said the same way in
 * both: the campaign's title, the as-of date within its period, and how a coverage rate reads.
 */
final class ResultHeading {
    private ResultHeading() {
    }

    /** "…自查结果": the campaign's name from dossier.yaml, else the repository folder's. */
    static String title(Messages messages, Campaign campaign) {
        String name = campaign.settings().name();
        return messages.get("text.title", name.isEmpty() ? campaign.repositoryName() : name);
    }

    static String asOf(Messages messages, Campaign campaign) {
        var period = campaign.settings().period();
        return messages.get("text.asOf", campaign.asOf(), period.start(), period.end());
    }

    /** 87.5%, 100% (a whole number without ".0"), or — when nothing is applicable. */
    static String rate(Coverage.Tally tally) {
        Double r = tally.rate();
        return r == null ? "—" : (r == Math.floor(r) ? String.valueOf(r.intValue()) : String.valueOf(r)) + "%";
    }
}
