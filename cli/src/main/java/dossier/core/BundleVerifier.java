package dossier.core;

import dossier.i18n.Localized;
import dossier.model.Location;
import dossier.model.TaskKey;
import dossier.model.TaskState;
import dossier.read.BundleManifest.Listed;
import dossier.read.BundleManifest;
import dossier.read.ResultReader;
import dossier.read.ZipBundle;
import dossier.shared.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a received bundle against its own manifest without extracting it: every listed entry
 * present with its size and SHA-256, nothing unlisted, the manifest workbook agreeing with
 * manifest.json, and the validate result inside describing this bundle (same campaign and
 * as-of, every file belonging to one of its tasks, every note it names present).
 */
public final class BundleVerifier {
    private static final int MANIFEST_LIMIT = 256 << 20;
    private static final int WORKBOOK_LIMIT = 256 << 20;

    /** What was found; intact when every list is empty. */
    /** @param unhashed entries present that the manifest names without a checksum (bundles of older versions) */
    public record Verdict(int checked, List<String> unhashed, List<String> missing, List<String> extra, List<Altered> altered,
                          List<Localized> manifestProblems, List<Localized> resultProblems) {
        public boolean intact() {
            return missing.isEmpty() && extra.isEmpty() && altered.isEmpty() && manifestProblems.isEmpty()
                    && resultProblems.isEmpty();
        }
    }

    public record Altered(String path, Localized why) {
    }

    private BundleVerifier() {
    }

    /** @throws InputException (exit 2) when the zip holds no dossier manifest */
    public static Verdict verify(ZipBundle zip) throws IOException {
        List<String> names = zip.names();
        if (!names.contains(BundleManifest.FILE)) {
            throw new InputException(Location.file(zip.file()), "verify.notBundle");
        }
        byte[] json;
        try {
            json = zip.bytes(BundleManifest.FILE, MANIFEST_LIMIT);
        } catch (IOException e) {
            json = null;    // a manifest that cannot be inflated describes nothing
        }
        if (json == null) throw new InputException(Location.file(zip.file()), "verify.notBundle");
        BundleManifest manifest = BundleManifest.parse(json, zip.file());
        List<Localized> manifestProblems = new ArrayList<>(manifest.problems());
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        List<Altered> altered = new ArrayList<>();
        Set<String> expected = new HashSet<>(List.of(BundleManifest.FILE));
        int checked = 0;
        List<Listed> listed = new ArrayList<>(manifest.files());
        listed.addAll(manifest.attachments());
        for (Listed l : listed) {
            expected.add(l.path());
            int copies = zip.count(l.path());
            if (copies == 0) {
                missing.add(l.path());
                continue;
            }
            if (copies > 1) extra.add(l.path());
            ZipBundle.Digest d;
            try {
                d = zip.digest(l.path(), l.size());
            } catch (IOException | RuntimeException e) {
                altered.add(new Altered(l.path(), Localized.of("verify.unreadable")));
                continue;
            }
            checked++;
            if (d.overLimit() || d.size() != l.size()) {
                altered.add(new Altered(l.path(), Localized.of("verify.sizeDiffers", d.overLimit() ? "> " + l.size() : d.size(), l.size())));
            } else if (!d.sha256().equals(l.sha256())) {
                altered.add(new Altered(l.path(), Localized.of("verify.shaDiffers")));
            }
        }
        // Bundles written before attachments were hashed name their report and result only.
        List<String> unhashed = new ArrayList<>();
        for (String named : new String[]{manifest.report(), manifest.result(), BundleManifest.WORKBOOK}) {
            if (named == null || expected.contains(named)) continue;
            expected.add(named);
            if (zip.count(named) == 0 && !named.equals(BundleManifest.WORKBOOK)) missing.add(named);
            else if (!named.equals(BundleManifest.WORKBOOK)) unhashed.add(named);
        }
        for (String name : new LinkedHashSet<>(names)) {
            if (!expected.contains(name)) extra.add(name);
        }
        if (zip.count(BundleManifest.FILE) > 1) extra.add(BundleManifest.FILE);
        manifestProblems.addAll(workbookProblems(zip, manifest));
        List<Localized> resultProblems = manifest.result() == null || zip.count(manifest.result()) == 0
                ? List.of() : resultProblems(zip, manifest);
        return new Verdict(checked, unhashed, missing, extra, altered, manifestProblems, resultProblems);
    }

    /** The workbook is read only when manifest.json does not hash it: then its rows must say what the json says. */
    private static List<Localized> workbookProblems(ZipBundle zip, BundleManifest manifest) throws IOException {
        boolean hashed = manifest.attachments().stream().anyMatch(a -> a.path().equals(BundleManifest.WORKBOOK));
        if (hashed || zip.count(BundleManifest.WORKBOOK) != 1) return List.of();
        byte[] xlsx = zip.bytes(BundleManifest.WORKBOOK, WORKBOOK_LIMIT);
        List<Listed> rows = xlsx == null ? null : BundleManifest.workbookRows(xlsx);
        if (rows == null) return List.of(Localized.of("verify.workbookUnreadable", BundleManifest.WORKBOOK));
        List<Localized> problems = new ArrayList<>();
        List<Listed> files = manifest.files();
        for (int i = 0; i < Math.max(rows.size(), files.size()); i++) {
            Listed row = i < rows.size() ? rows.get(i) : null;
            Listed file = i < files.size() ? files.get(i) : null;
            if (row == null) {
                problems.add(Localized.of("verify.workbookMissing", BundleManifest.WORKBOOK, file.path()));
            } else if (file == null || !row.path().equals(file.path()) || row.size() != file.size()
                    || !row.sha256().equals(file.sha256())) {
                problems.add(Localized.of("verify.workbookRow", BundleManifest.WORKBOOK, i + 2, row.path()));
            }
        }
        return problems;
    }

    private static List<Localized> resultProblems(ZipBundle zip, BundleManifest manifest) throws IOException {
        Map<TaskKey, TaskState> tasks = new HashMap<>();
        Set<Source> noted = new HashSet<>();
        List<Localized> problems = new ArrayList<>();
        var result = readResult(zip, manifest.result(), (indicator, unit, state, notes) -> {
            TaskKey task = new TaskKey(indicator, String.valueOf(unit));
            tasks.put(task, state);
            notes.forEach(n -> noted.add(new Source(task, n)));
        }, problems);
        if (result == null) return problems;
        if (!Objects.equals(result.asOf(), manifest.asOf())) {
            problems.add(Localized.of("verify.result.asOf", manifest.result(), result.asOf(), manifest.asOf()));
        }
        if (manifest.campaign() != null && !manifest.campaign().equals(result.name())) {
            problems.add(Localized.of("verify.result.campaign", manifest.result(), result.name(), manifest.campaign()));
        }
        Set<TaskKey> filed = new HashSet<>();
        Set<Source> sources = new HashSet<>();
        for (Listed f : manifest.files()) {
            TaskKey task = new TaskKey(String.valueOf(f.indicator()), String.valueOf(f.unit()));
            filed.add(task);
            sources.add(new Source(task, String.valueOf(f.source())));
            if (!tasks.containsKey(task)) problems.add(Localized.of("verify.result.noTask", f.path(), task.indicator(), task.unit()));
        }
        for (Source note : noted) {
            if (!sources.contains(note)) {
                problems.add(Localized.of("verify.result.noteMissing", note.task().indicator(), note.task().unit(), note.file()));
            }
        }
        tasks.forEach((task, state) -> {
            if (state == TaskState.COVERED && !filed.contains(task)) {
                problems.add(Localized.of("verify.result.coveredEmpty", task.indicator(), task.unit()));
            }
        });
        problems.sort(java.util.Comparator.comparing(p -> p.args().toString()));
        return problems;
    }

    /** A note file the result says a task rests on, or a file the bundle lists for a task. */
    private record Source(TaskKey task, String file) {
    }

    private static dossier.model.DistrictResult readResult(ZipBundle zip, String name, ResultReader.TaskSink sink,
                                                           List<Localized> problems) throws IOException {
        try (InputStream in = zip.stream(name)) {
            return ResultReader.read(in, name, sink);
        } catch (ResultReader.Unusable e) {
            problems.add(Localized.of("verify.result.unreadable", name, e.reason()));
            return null;
        }
    }
}
