package dossier.write.report;

/** Who sends a notice or the bulletin (the office, for the campaign, in the region), and as of when. */
public record Sender(String office, String campaign, String region, ReportModel.Day asOf) {
}
