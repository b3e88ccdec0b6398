package dossier.write.site;

import dossier.write.report.ReportTemplates;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Draws a {@link SiteModel} with the site templates (templates/site/, exportable and editable like
 * the report's): the overview, the findings page, a page per unit and per indicator, the stylesheet
 * and the script. Returns the files by name, in a fixed order; the same model gives the same bytes.
 */
public final class SiteRenderer {
    /** The style sheet and the filters' script: copied through the templates so a user can edit them. */
    public static final String CSS = "site.css";
    public static final String JS = "site.js";
    private static final String DIR = "site/";

    private final ReportTemplates templates;

    public SiteRenderer(ReportTemplates templates) {
        this.templates = templates;
    }

    public Map<String, byte[]> render(SiteModel model) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, Object> whole = Map.of("site", model);
        files.put("index.html", page("index.html.ftlh", whole));
        files.put("findings.html", page("findings.html.ftlh", whole));
        for (SiteModel.UnitPage u : model.unitPages()) {
            files.put(u.page(), page("unit.html.ftlh", Map.of("header", model.header(), "unit", u)));
        }
        for (SiteModel.IndicatorPage i : model.indicatorPages()) {
            files.put(i.page(), page("indicator.html.ftlh", Map.of("header", model.header(), "indicator", i)));
        }
        files.put(CSS, page(CSS, Map.of()));
        files.put(JS, page(JS, Map.of()));
        return files;
    }

    private byte[] page(String template, Map<String, Object> model) {
        return templates.render(DIR + template, model).getBytes(StandardCharsets.UTF_8);
    }
}
