package dossier.write.site;

import dossier.core.ValidationResult;
import dossier.model.EvidenceItem;
import dossier.model.Finding;
import dossier.model.Indicator;
import dossier.model.Liaison;
import dossier.model.TaskStatus;
import dossier.model.Unit;
import dossier.write.report.EvidenceIndex;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A page per unit: its liaison, its tasks with the files counted, its findings, thresholds and trend. */
final class UnitPages {
    private final ValidationResult result;
    private final SiteModelBuilder site;
    private final SiteFindings findings;
    private final SiteThresholds thresholds;
    private final SiteOptions options;

    UnitPages(ValidationResult result, SiteModelBuilder site, SiteFindings findings, SiteThresholds thresholds,
              SiteOptions options) {
        this.result = result;
        this.site = site;
        this.findings = findings;
        this.thresholds = thresholds;
        this.options = options;
    }

    List<SiteModel.UnitPage> build(List<SiteModel.Row> rows) {
        List<SiteModel.UnitPage> out = new ArrayList<>();
        // each unit's findings in the result's order, grouped once rather than searched per page
        Map<String, List<Finding>> byUnit = new HashMap<>();
        for (Finding f : result.findings()) {
            if (f.unit() != null) byUnit.computeIfAbsent(f.unit(), u -> new ArrayList<>()).add(f);
        }
        for (SiteModel.Row row : rows) {
            String unit = row.name();
            List<Finding> own = byUnit.getOrDefault(unit, List.of());
            List<SiteModel.TrendPoint> trend = options.unitTrends().getOrDefault(unit, List.of());
            out.add(new SiteModel.UnitPage(unit, row.category(), row.page(), liaison(site.unit(unit)), row.tally(),
                    tasks(unit), findings.rows(own, options.names()), thresholds.of(unit), trend, SiteCharts.trend(trend)));
        }
        return out;
    }

    private List<SiteModel.UnitTask> tasks(String unit) {
        Map<String, TaskStatus> mine = site.statuses(unit);
        List<SiteModel.UnitTask> out = new ArrayList<>();
        for (Indicator i : site.indicators()) {
            TaskStatus s = mine.get(i.id());
            if (s == null) continue;
            out.add(new SiteModel.UnitTask(site.anchor(i.id()), i.id(), i.name(), site.indicatorPage(i.id()), i.area(),
                    s.task().role().name().toLowerCase(Locale.ROOT), s.state().id(),
                    s.task().due() == null ? "" : s.task().due().toString(), files(s)));
        }
        return out;
    }

    private List<SiteModel.EvidenceFile> files(TaskStatus s) {
        if (s.folder() == null) return List.of();
        List<EvidenceItem> items = s.folder().items().stream()
                .sorted(Comparator.comparing(EvidenceItem::path).thenComparingInt(EvidenceItem::line)).toList();
        List<SiteModel.EvidenceFile> out = new ArrayList<>();
        for (EvidenceItem it : items) {
            String name = EvidenceIndex.display(s.folder(), it.path()) + (it.line() > 0 ? ":" + it.line() : "");
            out.add(new SiteModel.EvidenceFile(name, it.kind().id(), it.size(), size(it.size()), href(it)));
        }
        return out;
    }

    /** A relative link to the file from the site's folder; every path segment percent-encoded. */
    private String href(EvidenceItem it) {
        if (options.evidenceBase() == null) return "";
        StringBuilder out = new StringBuilder(options.evidenceBase());
        String[] segments = it.path().split("/");
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) out.append('/');
            out.append(URLEncoder.encode(segments[i], StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }

    static String size(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static SiteModel.Liaison liaison(Unit u) {
        Liaison l = u == null ? Liaison.NONE : u.liaison();
        return new SiteModel.Liaison(nonNull(l.name()), nonNull(l.title()), nonNull(l.officePhone()),
                nonNull(l.mobile()), nonNull(l.email()));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
