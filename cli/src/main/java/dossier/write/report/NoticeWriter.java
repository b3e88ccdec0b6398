package dossier.write.report;

import dossier.model.Campaign;
import dossier.supervision.Notice;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Renders a unit's notice from notice.*.ftl* in the report's template folder and sandbox: docx on
 * the report's reference document, md, and txt for a chat group, kept within {@link #TXT_LIMIT}
 * characters by listing only the most urgent items that fit.
 */
public final class NoticeWriter {
    public static final int TXT_LIMIT = 1500;

    /** What a notice template sees: the notice, and for txt the items shown and how many were left out. */
    public record Model(Sender sender, Notice notice, List<Notice.Item> shown, int more) {
    }

    private final ReportWriter documents;
    private final Campaign campaign;
    private final Sender sender;

    public NoticeWriter(ReportWriter documents, Campaign campaign, String office, String campaignName) {
        this.documents = documents;
        this.campaign = campaign;
        this.sender = new Sender(office, campaignName, campaign.settings().region(), ReportModel.Day.of(campaign.asOf()));
    }

    public byte[] docx(Notice notice) {
        return documents.docx("notice.docx.ftlx", new Model(sender, notice, notice.items(), 0), campaign.asOf());
    }

    public byte[] md(Notice notice) {
        return documents.text("notice.md.ftl", new Model(sender, notice, notice.items(), 0)).getBytes(StandardCharsets.UTF_8);
    }

    /** The most urgent items that fit in the limit; "…及其他 N 项" says what was left out. */
    public byte[] txt(Notice notice) {
        List<Notice.Item> items = notice.items();
        String text = "";
        for (int shown = items.size(); shown >= 0; shown--) {
            text = documents.text("notice.txt.ftl", new Model(sender, notice, items.subList(0, shown), items.size() - shown));
            if (text.codePointCount(0, text.length()) <= TXT_LIMIT) break;
        }
        if (text.codePointCount(0, text.length()) > TXT_LIMIT) {
            text = text.substring(0, text.offsetByCodePoints(0, TXT_LIMIT - 1)) + "…";
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
