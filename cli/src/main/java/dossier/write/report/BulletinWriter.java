package dossier.write.report;

import dossier.model.Campaign;
import dossier.supervision.Bulletin;

import java.nio.charset.StandardCharsets;

/** 工作进展通报 from bulletin.*.ftl* in the report's template folder and sandbox: docx (charts as pictures), html (SVG), md. */
public final class BulletinWriter {
    /** What a bulletin template sees. */
    public record Model(Sender sender, Bulletin bulletin) {
    }

    private final ReportWriter documents;
    private final java.time.LocalDate asOf;
    private final Sender sender;

    public BulletinWriter(ReportWriter documents, Campaign campaign, String office, String campaignName) {
        this(documents, campaign.asOf(), campaign.settings().region(), office, campaignName);
    }

    /** For a bulletin with no campaign of its own behind it: a city's, over its districts. */
    public BulletinWriter(ReportWriter documents, java.time.LocalDate asOf, String region, String office, String campaignName) {
        this.documents = documents;
        this.asOf = asOf;
        this.sender = new Sender(office, campaignName, region, ReportModel.Day.of(asOf));
    }

    public byte[] render(Bulletin bulletin, ReportFormat format) {
        Model model = new Model(sender, bulletin);
        return switch (format) {
            case DOCX -> documents.docx("bulletin.docx.ftlx", model, asOf);
            case HTML -> documents.text("bulletin.html.ftlh", model).getBytes(StandardCharsets.UTF_8);
            case MD -> documents.text("bulletin.md.ftl", model).getBytes(StandardCharsets.UTF_8);
        };
    }
}
