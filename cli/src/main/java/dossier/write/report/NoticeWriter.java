package dossier.write.report;

import dossier.model.Campaign;
import dossier.supervision.Notice;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The most urgent items that fit in the limit; "…及其他 N 项" says what was left out. Each listed
     * item takes at least a character, so after the whole list the tries start at
     * {@link #TXT_LIMIT} items, not at every count below the whole; the notice becomes template
     * maps once, not once per try.
     */
    public byte[] txt(Notice notice) {
        List<Notice.Item> items = notice.items();
        Map<String, Object> whole = ModelMaps.record(new Model(sender, notice, items, 0));
        List<?> itemMaps = (List<?>) whole.get("shown");
        String text = txt(whole, itemMaps, items.size());
        for (int shown = Math.min(items.size() - 1, TXT_LIMIT); shown >= 0 && !fits(text); shown--) {
            text = txt(whole, itemMaps, shown);
        }
        if (!fits(text)) {
            text = text.substring(0, text.offsetByCodePoints(0, TXT_LIMIT - 1)) + "…";
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private String txt(Map<String, Object> whole, List<?> itemMaps, int shown) {
        Map<String, Object> model = new LinkedHashMap<>(whole);
        model.put("shown", itemMaps.subList(0, shown));
        model.put("more", itemMaps.size() - shown);
        return documents.textOfMaps("notice.txt.ftl", model);
    }

    private static boolean fits(String text) {
        return text.codePointCount(0, text.length()) <= TXT_LIMIT;
    }
}
