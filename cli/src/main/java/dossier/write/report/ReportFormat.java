package dossier.write.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The report's three outputs, all from one model. */
public enum ReportFormat {
    DOCX("docx"), HTML("html"), MD("md");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static Optional<ReportFormat> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("markdown")) t = "md";
        String wanted = t;
        return Arrays.stream(values()).filter(f -> f.extension.equals(wanted)).findFirst();
    }

    public static String choices() {
        return "docx, html, md";
    }
}
