package dossier.write.report;

import dossier.model.Campaign;
import dossier.supervision.Bulletin;

import java.nio.charset.StandardCharsets;

/** 工作进展通报 from bulletin.*.ftl* in the report's template folder and sandbox: docx (charts as pictures), html (SVG), md. */
public final class BulletinWriter {
    /**
     * What a bulletin template sees. level says what is ranked: "district" for a district's units,
     * "city" one level up, where the ranked rows are districts (区县), "province" one more level up,
     * where they are cities (市); the templates say so.
     */
    public record Model(Sender sender, Bulletin bulletin, String level) {
        public static final String DISTRICT = "district";
        public static final String CITY = "city";
        public static final String PROVINCE = "province";
    }

    private final ReportWriter documents;
    private final java.time.LocalDate asOf;
    private final Sender sender;
    private final String level;

    public BulletinWriter(ReportWriter documents, Campaign campaign, String office, String campaignName) {
        this(documents, campaign.asOf(), campaign.settings().region(), office, campaignName, Model.DISTRICT);
    }

    /**
     * For a bulletin with no campaign of its own behind it: a city's, over its districts, or a
     * province's over its cities.
     *
     * @param level {@link Model#CITY} or {@link Model#PROVINCE}
     */
    public static BulletinWriter ofCity(ReportWriter documents, java.time.LocalDate asOf, String region, String office,
                                        String campaignName, String level) {
        return new BulletinWriter(documents, asOf, region, office, campaignName, level);
    }

    private BulletinWriter(ReportWriter documents, java.time.LocalDate asOf, String region, String office, String campaignName,
                           String level) {
        this.documents = documents;
        this.asOf = asOf;
        this.sender = new Sender(office, campaignName, region, ReportModel.Day.of(asOf));
        this.level = level;
    }

    public byte[] render(Bulletin bulletin, ReportFormat format) {
        Model model = new Model(sender, bulletin, level);
        return switch (format) {
            case DOCX -> documents.docx("bulletin.docx.ftlx", model, asOf);
            case HTML -> documents.text("bulletin.html.ftlh", model).getBytes(StandardCharsets.UTF_8);
            case MD -> documents.text("bulletin.md.ftl", model).getBytes(StandardCharsets.UTF_8);
        };
    }
}
