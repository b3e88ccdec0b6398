package dossier.write;

import dossier.core.ValidationResult;
import dossier.i18n.FindingText;
import dossier.i18n.Messages;
import dossier.model.EvidenceKind;
import dossier.model.Finding;
import dossier.model.Indicator;
import dossier.model.TaskKey;
import dossier.model.TaskStatus;
import dossier.model.Unit;
import dossier.read.NoteText;
import dossier.read.RepoPaths;
import dossier.shared.MadeOnRead;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The 台账 rows, one per task, shared by the xlsx and the csv ledger. */
final class LedgerRows {
    static final List<String> HEADER_KEYS = List.of("no", "area", "id", "indicator", "unit", "role", "due", "state",
            "documents", "images", "videos", "links", "summaries", "explanation", "liaison", "phone", "findings");

    record Row(List<Object> cells, TaskStatus status) {
    }

    private LedgerRows() {
    }

    static List<String> header(Messages m) {
        return HEADER_KEYS.stream().map(k -> m.get("ledger.column." + k)).toList();
    }

    static List<Row> of(ValidationResult result, Messages m) {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        result.campaign().indicators().forEach(i -> indicators.put(i.id(), i));
        Map<String, Unit> units = new LinkedHashMap<>();
        result.campaign().units().forEach(u -> units.put(u.name(), u));
        Map<TaskKey, List<Finding>> byTask = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            if (f.unit() != null && f.indicator() != null) {
                byTask.computeIfAbsent(TaskKey.of(f), k -> new ArrayList<>()).add(f);
            }
        }
        FindingText text = new FindingText(m);
        RepoPaths paths = RepoPaths.of(result.campaign().root());
        List<TaskStatus> statuses = result.statuses();
        RowMaker made = new RowMaker(indicators, units, byTask, text, paths, m);
        // made as the writer asks for each one: a sheet of 100,000 tasks is never held as 100,000 rows of text
        return MadeOnRead.list(statuses.size(), index -> made.row(statuses.get(index), index + 1));
    }

    /** What one row needs besides its task: the lookups made once per ledger. */
    private record RowMaker(Map<String, Indicator> indicators, Map<String, Unit> units,
                            Map<TaskKey, List<Finding>> byTask, FindingText text, RepoPaths paths, Messages m) {
        Row row(TaskStatus s, int n) {
            Indicator i = indicators.get(s.task().indicator());
            Unit u = units.get(s.task().unit());
            List<String> problems = new ArrayList<>();
            for (Finding f : byTask.getOrDefault(TaskKey.of(s.task()), List.of())) {
                problems.add(text.severity(f) + " " + f.ruleId() + " " + text.message(f) + (f.waived() ? " " + text.waived(f) : ""));
            }
            String explanation = s.folder() == null || s.folder().explanations().isEmpty() ? ""
                    : paths.file(s.folder().explanations().get(0)).map(file -> NoteText.read(file, 500)).orElse("");
            List<Object> cells = new ArrayList<>(List.of(n, i == null ? "" : i.area(), s.task().indicator(),
                    i == null ? "" : i.name(), s.task().unit(), m.get("role." + s.task().role().id()),
                    s.task().due() == null ? "" : s.task().due().toString(), m.get("state." + s.state().id()),
                    s.counts().get(EvidenceKind.DOCUMENT), s.counts().get(EvidenceKind.IMAGE),
                    s.counts().get(EvidenceKind.VIDEO), s.counts().get(EvidenceKind.LINK),
                    s.counts().get(EvidenceKind.SUMMARY), explanation,
                    u == null ? "" : u.liaison().name(), u == null ? "" : phone(u),
                    String.join("\n", problems)));
            return new Row(cells, s);
        }
    }

    private static String phone(Unit u) {
        String mobile = u.liaison().mobile();
        String office = u.liaison().officePhone();
        if (mobile.isBlank()) return office;
        return office.isBlank() ? mobile : mobile + " / " + office;
    }
}
