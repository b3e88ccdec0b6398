package dossier.write.report;

import dossier.core.Coverage;
import dossier.core.ValidationResult;
import dossier.i18n.Messages;
import dossier.i18n.ThresholdText;
import dossier.model.Campaign;
import dossier.model.Indicator;
import dossier.model.Settings;
import dossier.model.Severity;
import dossier.model.TaskStatus;
import dossier.model.Unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the report model from a validate result: the one place that knows the core's types. */
public final class ReportModelBuilder {
    private final ValidationResult result;
    private final Campaign campaign;
    private final ThresholdText thresholdText;
    private final Notes notes;
    private final Map<String, List<TaskStatus>> byIndicator = new LinkedHashMap<>();
    private final List<Indicator> indicators = new ArrayList<>();

    private ReportModelBuilder(ValidationResult result, Messages messages) {
        this.result = result;
        this.campaign = result.campaign();
        this.thresholdText = new ThresholdText(messages);
        this.notes = new Notes(campaign.root());
        for (TaskStatus s : result.statuses()) {
            byIndicator.computeIfAbsent(s.task().indicator(), k -> new ArrayList<>()).add(s);
        }
        for (Indicator i : campaign.indicators()) {
            if (byIndicator.containsKey(i.id())) indicators.add(i);
        }
    }

    /** Labels computed by dossier (threshold names, values, targets) are in the messages' language. */
    public static ReportModel build(ValidationResult result, Messages messages) {
        return new ReportModelBuilder(result, messages).build();
    }

    private ReportModel build() {
        Settings settings = campaign.settings();
        Map<String, Indicator> byId = new LinkedHashMap<>();
        campaign.indicators().forEach(i -> byId.put(i.id(), i));
        Scoring scoring = Scoring.of(settings);
        ThresholdSection thresholds = new ThresholdSection(result.thresholds(), byId, thresholdText);
        List<ReportModel.Area> areas = new Areas(indicators, byIndicator, result.thresholds(), notes).build();
        return new ReportModel(campaignPart(areas.size()), overview(),
                ScoreSection.build(areas, result.thresholds(), scoring),
                areas, thresholds.groups(), highlights(byId), thresholds.gaps(result.statuses(), campaign.units(), result.findings()),
                nextSteps(settings.nextSteps()), EvidenceIndex.build(result.statuses(), byId));
    }

    private ReportModel.Campaign campaignPart(int areas) {
        Settings s = campaign.settings();
        long units = result.statuses().stream().map(t -> t.task().unit()).distinct().count();
        boolean calendarYear = s.period().start().getDayOfYear() == 1
                && s.period().end().equals(s.period().start().withDayOfYear(s.period().start().lengthOfYear()));
        return new ReportModel.Campaign(nonNull(s.name()), nonNull(s.region()), s.year(),
                ReportModel.Day.of(s.period().start()), ReportModel.Day.of(s.period().end()), calendarYear,
                ReportModel.Day.of(campaign.asOf()), campaign.repositoryName(), (int) units, indicators.size(), areas,
                result.statuses().size(), result.statuses().size() < campaign.tasks().size(), result.partial(),
                result.unread());
    }

    private ReportModel.Overview overview() {
        Coverage coverage = result.coverage();
        List<ReportModel.Row> areas = new ArrayList<>();
        coverage.byArea().forEach((name, t) -> {
            if (t.tasks() > 0) areas.add(new ReportModel.Row(areas.size() + 1, name, "", Tallies.of(t)));
        });
        Map<String, String> categories = new LinkedHashMap<>();
        for (Unit u : campaign.units()) categories.put(u.name(), u.category());
        List<ReportModel.Row> units = new ArrayList<>();
        coverage.byUnit().forEach((name, t) -> units.add(new ReportModel.Row(units.size() + 1, name,
                categories.getOrDefault(name, ""), Tallies.of(t))));
        ReportModel.FindingCounts findings = new ReportModel.FindingCounts(result.count(Severity.ERROR),
                result.count(Severity.WARNING), result.count(Severity.INFO), result.waivedCount());
        return new ReportModel.Overview(Tallies.of(coverage.overall()), areas, units,
                Tallies.evidence(result.statuses()), findings);
    }

    private List<ReportModel.Highlight> highlights(Map<String, Indicator> byId) {
        List<ReportModel.Highlight> out = new ArrayList<>();
        for (TaskStatus s : result.statuses()) {
            if (s.folder() == null) continue;
            Indicator i = byId.get(s.task().indicator());
            for (String path : s.folder().highlights().stream().sorted().toList()) {
                String text = notes.text(path);
                if (text.isEmpty()) continue;
                out.add(new ReportModel.Highlight(i == null ? "" : i.area(), s.task().indicator(),
                        i == null ? "" : i.name(), s.task().unit(), text, Notes.paragraphs(text),
                        EvidenceIndex.display(s.folder(), path)));
            }
        }
        return out;
    }

    private static ReportModel.NextSteps nextSteps(String text) {
        if (text == null || text.isBlank()) return new ReportModel.NextSteps(false, "", List.of());
        String clean = text.strip();
        return new ReportModel.NextSteps(true, clean, Notes.paragraphs(clean));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s.strip();
    }
}
