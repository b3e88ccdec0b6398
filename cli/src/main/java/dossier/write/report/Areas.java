package dossier.write.report;

import dossier.model.EvidenceItem;
import dossier.model.EvidenceKind;
import dossier.model.Indicator;
import dossier.model.TaskStatus;
import dossier.model.ThresholdResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** 一级指标 sections: each area's indicators with their state, tasks and quoted measures. */
final class Areas {
    private final List<Indicator> indicators;
    private final Map<String, List<TaskStatus>> byIndicator;
    /** Each indicator's threshold results, in their order: grouped once, not searched per indicator. */
    private final Map<String, List<ThresholdResult>> thresholdsOf = new HashMap<>();
    private final Notes notes;

    Areas(List<Indicator> indicators, Map<String, List<TaskStatus>> byIndicator, List<ThresholdResult> thresholds,
          Notes notes) {
        this.indicators = indicators;
        this.byIndicator = byIndicator;
        for (ThresholdResult t : thresholds) thresholdsOf.computeIfAbsent(t.spec().task(), k -> new ArrayList<>()).add(t);
        this.notes = notes;
    }

    List<ReportModel.Area> build() {
        Map<String, List<Indicator>> byArea = new LinkedHashMap<>();
        for (Indicator i : indicators) byArea.computeIfAbsent(i.area(), k -> new ArrayList<>()).add(i);
        List<ReportModel.Area> out = new ArrayList<>();
        for (Map.Entry<String, List<Indicator>> e : byArea.entrySet()) {
            List<TaskStatus> statuses = new ArrayList<>();
            List<ReportModel.Indicator> rows = new ArrayList<>();
            for (Indicator i : e.getValue()) {
                List<TaskStatus> own = byIndicator.get(i.id());
                statuses.addAll(own);
                rows.add(indicator(i, own));
            }
            int measures = rows.stream().mapToInt(r -> r.measures().size()).sum();
            out.add(new ReportModel.Area(out.size() + 1, e.getKey(), Tallies.of(statuses), rows, measures));
        }
        return out;
    }

    private ReportModel.Indicator indicator(Indicator i, List<TaskStatus> statuses) {
        ReportModel.Tally tally = Tallies.of(statuses);
        List<ReportModel.Measure> measures = new ArrayList<>();
        List<ReportModel.Task> tasks = new ArrayList<>();
        for (TaskStatus s : statuses) {
            tasks.add(new ReportModel.Task(s.task().unit(), s.task().role().id(), s.state().id(),
                    Tallies.evidence(s.counts())));
            if (s.folder() == null) continue;
            List<EvidenceItem> summaries = s.folder().items().stream().filter(it -> it.kind() == EvidenceKind.SUMMARY)
                    .sorted(Comparator.comparing(EvidenceItem::path)).toList();
            for (EvidenceItem it : summaries) {
                String text = notes.text(it.path());
                if (text.isEmpty()) continue;
                measures.add(new ReportModel.Measure(s.task().unit(), text, Notes.paragraphs(text),
                        EvidenceIndex.display(s.folder(), it.path())));
            }
        }
        List<String> ids = thresholdsOf.getOrDefault(i.id(), List.of()).stream()
                .map(t -> t.spec().id()).distinct().toList();
        List<String> units = new ArrayList<>();
        if (i.lead() != null) units.add(i.lead());
        units.addAll(i.units());
        return new ReportModel.Indicator(i.id(), i.name(), i.requirements(), i.lead() == null ? "" : i.lead(), units,
                i.points(), tally, status(tally), measures, tasks, ids);
    }

    static String status(ReportModel.Tally t) {
        if (t.applicable() == 0) return "not_applicable";
        if (t.covered() == t.applicable()) return "complete";
        return t.covered() == 0 ? "none" : "partial";
    }
}
