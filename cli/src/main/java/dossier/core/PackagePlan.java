package dossier.core;

import dossier.model.Finding;
import dossier.model.Indicator;
import dossier.model.TaskFolder;
import dossier.model.TaskStatus;
import dossier.rules.CoverageRules;
import dossier.rules.Rule;
import dossier.rules.Rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What the upload bundle holds: every file that counts for a task, laid out for item-by-item
 * upload as {@code <id> <indicator>/<unit>/<path inside the task folder>}, and what was left out
 * because validate found it not uploadable.
 */
public record PackagePlan(List<Entry> entries, List<LeftOut> leftOut) {
    /** An empty 不涉及 note: COV010 when it is all the task has, and never worth uploading. */
    private static final String EMPTY_NOTE = CoverageRules.EMPTY_NOT_APPLICABLE.id();

    public record Entry(String zipPath, String source, String indicator, String unit) {
    }

    public record LeftOut(String source, String rule) {
    }

    /** @param safeName makes one path segment safe for Windows and upload platforms */
    public static PackagePlan of(ValidationResult result, UnaryOperator<String> safeName) {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        result.campaign().indicators().forEach(i -> indicators.put(i.id(), i));
        Map<String, Entry> byZipPath = new LinkedHashMap<>();
        for (TaskStatus s : result.statuses()) {
            TaskFolder f = s.folder();
            if (f == null) continue;
            Indicator i = indicators.get(s.task().indicator());
            String top = safeName.apply(s.task().indicator() + (i == null ? "" : " " + i.name())) + "/"
                    + safeName.apply(s.task().unit()) + "/";
            for (String source : files(f)) {
                String inside = zipSafe(insideFolder(source, f.folders()));
                String zipPath = top + inside;
                int n = 2;
                while (byZipPath.containsKey(zipPath) && !byZipPath.get(zipPath).source().equals(source)) {
                    zipPath = top + withSuffix(inside, n++);
                }
                byZipPath.putIfAbsent(zipPath, new Entry(zipPath, source, s.task().indicator(), s.task().unit()));
            }
        }
        List<Entry> entries = new ArrayList<>(byZipPath.values());
        entries.sort(Comparator.comparing(Entry::zipPath));
        Set<String> kept = new LinkedHashSet<>();
        entries.forEach(e -> kept.add(e.source()));
        List<LeftOut> leftOut = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (TaskStatus s : result.statuses()) {
            if (s.folder() == null) continue;
            for (TaskFolder.Note n : s.folder().notApplicable()) {
                if (n.text().isEmpty() && seen.add(n.path())) leftOut.add(new LeftOut(n.path(), EMPTY_NOTE));
            }
        }
        for (Finding f : result.findings()) {
            String file = f.location().file();
            if (file == null || !Rules.byId(f.ruleId()).map(Rule::leavesFileOutOfBundle).orElse(false) || kept.contains(file) || !seen.add(file)) continue;
            leftOut.add(new LeftOut(file, f.ruleId()));
        }
        leftOut.sort(Comparator.comparing(LeftOut::source));
        return new PackagePlan(entries, leftOut);
    }

    /** Evidence files, summaries, links files and notes: everything of the task folder that counts or explains. */
    private static Set<String> files(TaskFolder f) {
        Set<String> out = new LinkedHashSet<>();
        f.items().forEach(i -> out.add(i.path()));
        out.addAll(f.explanations());
        out.addAll(f.onsite());
        // an empty 不涉及 note gives no reason: like any other unusable file it stays out, and is listed
        f.reasonedNotApplicable().forEach(n -> out.add(n.path()));
        out.addAll(f.highlights());
        return out;
    }

    private static String insideFolder(String source, List<String> folders) {
        for (String folder : folders) {
            if (source.startsWith(folder + "/")) return source.substring(folder.length() + 1);
        }
        return source.substring(source.lastIndexOf('/') + 1);
    }

    /**
     * A backslash is a character of a file name on Linux but a separator to zip tools on Windows
     * (APPNOTE 4.4.17 allows only "/"): it becomes its full-width form, as in folder names.
     */
    private static String zipSafe(String inside) {
        return inside.replace('\\', '＼');
    }

    private static String withSuffix(String path, int n) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot <= slash) return path + " (" + n + ")";
        return path.substring(0, dot) + " (" + n + ")" + path.substring(dot);
    }
}
