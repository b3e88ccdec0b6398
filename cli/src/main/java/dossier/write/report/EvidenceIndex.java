package dossier.write.report;

import dossier.model.EvidenceItem;
import dossier.model.Indicator;
import dossier.model.TaskFolder;
import dossier.model.TaskStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** 附件: every evidence item, by indicator, unit (official order) and path. */
public final class EvidenceIndex {
    private EvidenceIndex() {
    }

    static List<ReportModel.EvidenceEntry> build(List<TaskStatus> statuses, Map<String, Indicator> indicators) {
        List<ReportModel.EvidenceEntry> out = new ArrayList<>();
        for (TaskStatus s : statuses) {
            if (s.folder() == null) continue;
            Indicator i = indicators.get(s.task().indicator());
            List<EvidenceItem> items = s.folder().items().stream()
                    .sorted(Comparator.comparing(EvidenceItem::path).thenComparingInt(EvidenceItem::line)).toList();
            for (EvidenceItem it : items) {
                String[] where = split(s.folder(), it.path());
                out.add(new ReportModel.EvidenceEntry(out.size() + 1, s.task().indicator(), i == null ? "" : i.name(),
                        s.task().unit(), where[0], where[1], it.path(), it.kind().id(), it.line(),
                        it.url() == null ? "" : it.url(), it.title() == null ? "" : it.title()));
            }
        }
        return out;
    }

    /** The indicator folder's name and the path inside it; no folder when the path is in none of them. */
    static String[] split(TaskFolder folder, String path) {
        for (String f : folder.folders()) {
            if (path.startsWith(f + "/")) return new String[]{f.substring(f.lastIndexOf('/') + 1), path.substring(f.length() + 1)};
        }
        return new String[]{"", path};
    }

    /** A path as the unit knows it: from its indicator folder down ("4.4 执法人员培训/签到表.pdf"). */
    public static String display(TaskFolder folder, String path) {
        String[] where = split(folder, path);
        return where[0].isEmpty() ? where[1] : where[0] + "/" + where[1];
    }
}
