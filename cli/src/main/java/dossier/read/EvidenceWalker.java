package dossier.read;

import dossier.model.EntryKind;
import dossier.model.FileFacts;
import dossier.model.Finding;
import dossier.model.FolderFacts;
import dossier.model.Indicator;
import dossier.model.Inventory;
import dossier.model.Location;
import dossier.model.Settings;
import dossier.model.TaskFolder;
import dossier.model.TaskKey;
import dossier.model.Unit;
import dossier.rules.FileRules;
import dossier.shared.IndicatorIds;
import dossier.shared.InputException;
import dossier.shared.OutputPlace;
import dossier.shared.Progress;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Walks evidence/ once: unit folders (by name or alias), indicator folders (by leading id), and
 * each indicator folder's files in parallel. States what it found (the {@link Inventory}, and
 * what each unit filed for each indicator) and judges nothing: the checks do. Never writes, never
 * follows a link out of the repository, never opens anything but a regular file.
 */
public final class EvidenceWalker {
    public static final Set<String> RESERVED = Set.of("metrics.yaml", "metrics.yml", "registers");

    /**
     * What the walk found: each (indicator, unit) pair's task folder (whether or not it is a task),
     * the facts of every entry and folder, and only the "could not read" findings.
     */
    public record Result(Map<TaskKey, TaskFolder> folders, Inventory inventory, List<Finding> findings,
                         List<String> unread, Map<String, List<Path>> unitFolders) {
        public static final Result EMPTY = new Result(Map.of(), Inventory.EMPTY, List.of(), List.of(), Map.of());
    }

    private final RepoPaths paths;
    private final Settings settings;
    private final UnitDirectory units;
    private final Set<String> indicatorIds;
    private final List<Finding> findings = new ArrayList<>();
    private final List<FileFacts> files = new ArrayList<>();
    private final List<FolderFacts> folders = new ArrayList<>();
    private final List<FolderWalk> jobs = new ArrayList<>();
    private final Map<String, List<Path>> unitFolders = new LinkedHashMap<>();
    private final ContentFacts content;

    private EvidenceWalker(RepoPaths paths, Settings settings, List<Unit> units, List<Indicator> indicators,
                           ContentFacts content) {
        this.paths = paths;
        this.content = content;
        this.settings = settings;
        this.units = new UnitDirectory(units, settings.region());
        this.indicatorIds = indicators.stream().map(Indicator::id).collect(Collectors.toSet());
    }

    public static Result walk(Path repository, Settings settings, List<Unit> units, List<Indicator> indicators,
                              Progress progress) {
        RepoPaths paths = RepoPaths.of(repository);
        Path evidence = paths.root().resolve(settings.evidence()).normalize();
        if (Files.exists(evidence, LinkOption.NOFOLLOW_LINKS) && paths.escapes(evidence)) {
            throw new InputException(Location.file(settings.evidence()), "repo.linkOutside", "evidence", settings.evidence());
        }
        if (!Files.isDirectory(evidence)) {
            return Result.EMPTY;
        }
        Path cacheFile = cacheFile(paths, settings, evidence);
        ContentFacts content = new ContentFacts(ContentCache.load(cacheFile));
        EvidenceWalker walker = new EvidenceWalker(paths, settings, units, indicators, content);
        List<String> unread = new ArrayList<>();
        walker.evidenceRoot(evidence, unread);
        Result result = walker.runJobs(unread, progress);
        if (cacheFile != null) {
            try {
                content.cache().save(cacheFile);
            } catch (IOException | RuntimeException e) {
                // A cache that cannot be written only makes the next run slower.
            }
        }
        return result;
    }

    /**
     * Under out/ as its real path, never inside evidence/ nor out of the repository (out/ or
     * out/.dossier may be links); null when it would be: the run goes on without a cache.
     */
    private static Path cacheFile(RepoPaths paths, Settings settings, Path evidence) {
        Path out = paths.root().resolve(settings.out()).normalize();
        if (out.startsWith(evidence)) return null;
        try {
            return OutputPlace.of(paths.root(), settings.evidence(), List.of())
                    .check(out.resolve(".dossier").resolve("content-cache.tsv"), true);
        } catch (InputException refused) {
            return null;
        }
    }

    private void evidenceRoot(Path evidence, List<String> unread) {
        for (Path entry : list(evidence, null, unread)) {
            String name = entry.getFileName().toString();
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                if (name.startsWith(".")) continue;
                Optional<String> unit = units.resolve(name);
                if (unit.isEmpty()) {
                    folders.add(new FolderFacts(paths.relative(entry), null, FolderFacts.Kind.NOT_A_UNIT, null));
                    continue;
                }
                unitFolders.computeIfAbsent(unit.get(), k -> new ArrayList<>()).add(entry);
                unitFolder(entry, unit.get(), unread);
            } else {
                looseEntry(entry, null);
            }
        }
    }

    private void unitFolder(Path folder, String unit, List<String> unread) {
        for (Path entry : list(folder, unit, unread)) {
            String name = entry.getFileName().toString();
            if (RESERVED.contains(name.toLowerCase(java.util.Locale.ROOT))) continue;
            if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                looseEntry(entry, unit);
                continue;
            }
            if (name.startsWith(".")) continue;
            String rel = paths.relative(entry);
            Optional<String> id = IndicatorIds.leading(name);
            if (id.isEmpty()) {
                folders.add(new FolderFacts(rel, unit, FolderFacts.Kind.WITHOUT_ID, null));
            } else if (!indicatorIds.contains(id.get())) {
                folders.add(new FolderFacts(rel, unit, FolderFacts.Kind.UNKNOWN_ID, id.get()));
            } else {
                folders.add(new FolderFacts(rel, unit, FolderFacts.Kind.INDICATOR, id.get()));
                jobs.add(new FolderWalk(paths, settings, content, entry, id.get(), unit));
            }
        }
    }

    /** A file (or link, or pipe) where only folders belong: evidence/ itself or a unit folder. Only named, never opened. */
    private void looseEntry(Path entry, String unit) {
        String name = entry.getFileName().toString();
        if (FileNames.isQuietHidden(name)) return;
        String rel = paths.relative(entry);
        if (FileNames.isTempOrSystem(name)) {
            files.add(FileFacts.entry(rel, unit, null, Files.isSymbolicLink(entry) ? EntryKind.LINK
                    : Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) ? EntryKind.REGULAR : EntryKind.SPECIAL, true));
            return;
        }
        EntryKind kind;
        if (Files.isSymbolicLink(entry)) kind = paths.escapes(entry) ? EntryKind.LINK_OUTSIDE : EntryKind.LINK;
        else kind = Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) ? EntryKind.REGULAR : EntryKind.SPECIAL;
        files.add(FileFacts.entry(rel, unit, null, kind, false));
    }

    private List<Path> list(Path dir, String unit, List<String> unread) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) out.add(p);
        } catch (IOException e) {
            String rel = paths.relative(dir);
            unread.add(rel);
            findings.add(FileRules.UNREADABLE.at(Location.file(rel), unit, null, rel, rel, TableReader.reason(e)));
        }
        out.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return out;
    }

    private Result runJobs(List<String> unread, Progress progress) {
        try (Workers workers = new Workers()) {
            AtomicInteger done = new AtomicInteger();
            List<FolderWalk.Walked> walked = workers.map(jobs, job -> {
                FolderWalk.Walked w = job.walk();
                progress.advance(done.incrementAndGet(), jobs.size());
                return w;
            });
            Map<TaskKey, TaskFolder> taskFolders = new LinkedHashMap<>();
            List<FolderWalk.Counted> counted = new ArrayList<>();
            for (FolderWalk.Walked w : walked) {
                findings.addAll(w.findings());
                unread.addAll(w.unread());
                files.addAll(w.facts());
                counted.addAll(w.counted());
                taskFolders.merge(new TaskKey(w.folder().indicator(), w.folder().unit()), w.folder(), EvidenceWalker::join);
            }
            List<List<FileFacts>> sameContent = sameContent(counted, workers, unread);
            files.sort(Comparator.comparing(FileFacts::path));
            return new Result(taskFolders, new Inventory(files, folders, sameContent), findings, unread, unitFolders);
        } finally {
            progress.finish();
        }
    }

    /**
     * Groups of counted files with the same content, each by path. Only files that share a size can
     * be the same; a CRC-32C sieves those, and SHA-256 confirms what the sieve leaves.
     */
    private List<List<FileFacts>> sameContent(List<FolderWalk.Counted> files, Workers workers, List<String> unread) {
        List<List<FolderWalk.Counted>> groups = sameKey(files, f -> f.facts().size());
        List<FolderWalk.Counted> sized = groups.stream().flatMap(List::stream).toList();
        List<Object> crcs = fingerprints(sized, workers, unread, f -> content.crc32c(f.path(), f.facts().path(), f.facts().size(), f.facts().mtime()));
        List<FolderWalk.Counted> sieved = new ArrayList<>();
        List<List<String>> keys = new ArrayList<>();
        for (int i = 0; i < sized.size(); i++) {
            if (crcs.get(i) == null) continue;
            sieved.add(sized.get(i));
            keys.add(List.of(String.valueOf(sized.get(i).facts().size()), String.valueOf(crcs.get(i))));
        }
        Map<List<String>, List<FolderWalk.Counted>> byCrc = new LinkedHashMap<>();
        for (int i = 0; i < sieved.size(); i++) byCrc.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(sieved.get(i));
        List<FolderWalk.Counted> candidates = byCrc.values().stream().filter(g -> g.size() > 1).flatMap(List::stream).toList();
        List<Object> hashes = fingerprints(candidates, workers, unread, f -> content.sha256(f.path(), f.facts().path(), f.facts().size(), f.facts().mtime()));
        Map<String, List<FileFacts>> byHash = new java.util.TreeMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (hashes.get(i) != null) byHash.computeIfAbsent((String) hashes.get(i), k -> new ArrayList<>()).add(candidates.get(i).facts());
        }
        List<List<FileFacts>> out = new ArrayList<>();
        for (List<FileFacts> same : byHash.values()) {
            if (same.size() < 2) continue;
            same.sort(Comparator.comparing(FileFacts::path));
            out.add(same);
        }
        return out;
    }

    private static List<List<FolderWalk.Counted>> sameKey(List<FolderWalk.Counted> files,
                                                               java.util.function.Function<FolderWalk.Counted, Object> key) {
        Map<Object, List<FolderWalk.Counted>> groups = new LinkedHashMap<>();
        for (FolderWalk.Counted f : files) groups.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(f);
        return groups.values().stream().filter(g -> g.size() > 1).toList();
    }

    private interface Fingerprint {
        Object of(FolderWalk.Counted f) throws IOException;
    }

    /** Computed in parallel; null (and the file listed as unread) where the file cannot be read. */
    private static List<Object> fingerprints(List<FolderWalk.Counted> files, Workers workers, List<String> unread,
                                             Fingerprint fingerprint) {
        List<Object> out = workers.map(files, f -> {
            try {
                return fingerprint.of(f);
            } catch (IOException e) {
                return null;
            }
        });
        for (int i = 0; i < files.size(); i++) {
            String path = files.get(i).facts().path();
            if (out.get(i) == null && !unread.contains(path)) unread.add(path);
        }
        return out;
    }

    /** Two folders of one unit for one indicator ("4.4 培训", "4.4 持证") count together. */
    private static TaskFolder join(TaskFolder a, TaskFolder b) {
        return new TaskFolder(a.indicator(), a.unit(), concat(a.folders(), b.folders()), concat(a.items(), b.items()),
                concat(a.explanations(), b.explanations()), concat(a.onsite(), b.onsite()),
                concat(a.notApplicable(), b.notApplicable()), concat(a.highlights(), b.highlights()));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
