package dossier.read;

import dossier.model.Finding;
import dossier.model.Indicator;
import dossier.model.Location;
import dossier.model.Settings;
import dossier.model.TaskFolder;
import dossier.model.Unit;
import dossier.rules.CoverageRules;
import dossier.rules.FileRules;
import dossier.shared.ChineseText;
import dossier.shared.DidYouMean;
import dossier.shared.IndicatorIds;
import dossier.shared.InputException;
import dossier.shared.OutputPlace;
import dossier.shared.Progress;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Walks evidence/ once: unit folders (by name or alias), indicator folders (by leading id), and
 * each indicator folder's files in parallel. Never writes, never follows a link out of the
 * repository, never opens anything but a regular file.
 */
public final class EvidenceWalker {
    public static final Set<String> RESERVED = Set.of("metrics.yaml", "metrics.yml", "registers");

    /** Task folders keyed by (indicator id, canonical unit). */
    public record Result(Map<List<String>, TaskFolder> folders, List<Finding> findings, List<String> unread,
                         Map<String, List<Path>> unitFolders) {
    }

    private final RepoPaths paths;
    private final Settings settings;
    private final UnitDirectory units;
    private final List<String> indicatorIds;
    private final Map<String, String> indicatorNames = new LinkedHashMap<>();
    private final Set<List<String>> assigned;
    private final List<Finding> findings = new ArrayList<>();
    private final List<FolderWalk> jobs = new ArrayList<>();
    private final Map<String, List<Path>> unitFolders = new LinkedHashMap<>();
    private final ContentFacts content;
    private final LocalDate asOf;

    private EvidenceWalker(RepoPaths paths, Settings settings, List<Unit> units, List<Indicator> indicators,
                           Set<List<String>> assigned, ContentFacts content, LocalDate asOf) {
        this.paths = paths;
        this.content = content;
        this.asOf = asOf;
        this.settings = settings;
        this.units = new UnitDirectory(units, settings.region());
        this.indicatorIds = indicators.stream().map(Indicator::id).toList();
        indicators.forEach(i -> indicatorNames.put(i.id(), i.name()));
        this.assigned = assigned;
    }

    /**
     * @param assigned the (indicator, unit) pairs that are tasks; folders for other pairs are reported, not counted
     */
    public static Result walk(Path repository, Settings settings, List<Unit> units, List<Indicator> indicators,
                              Set<List<String>> assigned, LocalDate asOf, Progress progress) {
        RepoPaths paths = RepoPaths.of(repository);
        Path evidence = paths.root().resolve(settings.evidence()).normalize();
        if (Files.exists(evidence, LinkOption.NOFOLLOW_LINKS) && paths.escapes(evidence)) {
            throw new InputException(Location.file(settings.evidence()), "repo.linkOutside", "evidence", settings.evidence());
        }
        if (!Files.isDirectory(evidence)) {
            return new Result(Map.of(), List.of(), List.of(), Map.of());
        }
        Path cacheFile = cacheFile(paths, settings, evidence);
        ContentFacts content = new ContentFacts(ContentCache.load(cacheFile));
        EvidenceWalker walker = new EvidenceWalker(paths, settings, units, indicators, assigned, content, asOf);
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
                    findings.add(CoverageRules.UNKNOWN_UNIT_FOLDER.at(Location.file(paths.relative(entry)), null, null,
                            name, name, DidYouMean.suggest(name, units.names()).orElse("")));
                    continue;
                }
                unitFolders.computeIfAbsent(unit.get(), k -> new ArrayList<>()).add(entry);
                unitFolder(entry, unit.get(), unread);
            } else {
                looseEntry(entry, null, unread);
            }
        }
    }

    private void unitFolder(Path folder, String unit, List<String> unread) {
        for (Path entry : list(folder, unit, unread)) {
            String name = entry.getFileName().toString();
            if (RESERVED.contains(name.toLowerCase(java.util.Locale.ROOT))) continue;
            if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                looseEntry(entry, unit, unread);
                continue;
            }
            if (name.startsWith(".")) continue;
            String rel = paths.relative(entry);
            Optional<String> id = IndicatorIds.leading(name);
            if (id.isEmpty()) {
                findings.add(CoverageRules.FOLDER_WITHOUT_ID.at(Location.file(rel), unit, null, name, name,
                        suggestByTitle(name).orElse("")));
                continue;
            }
            if (!indicatorIds.contains(id.get())) {
                String hint = suggestById(id.get(), name).orElse("");
                findings.add(CoverageRules.UNKNOWN_INDICATOR_FOLDER.at(Location.file(rel), unit, null, name, name,
                        id.get(), hint));
                continue;
            }
            boolean counts = assigned.contains(List.of(id.get(), unit));
            if (!counts) {
                findings.add(CoverageRules.UNASSIGNED_FOLDER.at(Location.file(rel), unit, id.get(), name, unit, id.get()));
            }
            jobs.add(new FolderWalk(paths, settings, content, asOf, entry, id.get(), unit, counts));
        }
    }

    /**
     * For a folder whose id is not in this year's sheet: an indicator one edit away whose name agrees
     * with the folder's title (7.3 法治培训 → 7.2 法治培训). An id dropped from the sheet is not a typo
     * for its neighbour, so a near id with another title is no suggestion.
     */
    private Optional<String> suggestById(String id, String folderName) {
        String title = titleOf(folderName);
        int allowed = Math.max(1, id.length() / 3);
        for (Map.Entry<String, String> e : indicatorNames.entrySet()) {
            String name = ChineseText.compact(e.getValue());
            int agree = Math.min(4, Math.min(title.length(), name.length()));
            if (DidYouMean.distance(id, e.getKey()) <= allowed && agree >= 2 && longestCommonRun(title, name) >= agree) {
                return Optional.of(e.getKey() + " " + e.getValue());
            }
        }
        return Optional.empty();
    }

    /** The indicator whose name shares the longest run of characters (4 or more) with the folder's title. */
    private Optional<String> suggestByTitle(String folderName) {
        String title = titleOf(folderName);
        String best = null;
        int bestLength = 3;
        for (Map.Entry<String, String> e : indicatorNames.entrySet()) {
            int common = longestCommonRun(title, ChineseText.compact(e.getValue()));
            if (common > bestLength) {
                bestLength = common;
                best = e.getKey() + " " + e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /** A folder name without its leading id: "7.3 法治培训" → "法治培训". */
    private static String titleOf(String folderName) {
        return ChineseText.compact(folderName.replaceFirst("^[\\d.、．\\-\\s]+", ""));
    }

    private static int longestCommonRun(String a, String b) {
        int best = 0;
        int[] prev = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            for (int j = 1; j <= b.length(); j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    cur[j] = prev[j - 1] + 1;
                    best = Math.max(best, cur[j]);
                }
            }
            prev = cur;
        }
        return best;
    }

    /** A file (or link, or pipe) where only folders belong: evidence/ itself or a unit folder. */
    private void looseEntry(Path entry, String unit, List<String> unread) {
        String name = entry.getFileName().toString();
        String rel = paths.relative(entry);
        if (FileNames.isQuietHidden(name)) return;
        if (FileNames.isTempOrSystem(name)) {
            findings.add(FileRules.TEMP_OR_SYSTEM.at(Location.file(rel), unit, null, rel, name));
        } else if (Files.isSymbolicLink(entry) && paths.escapes(entry)) {
            findings.add(FileRules.LINK_ESCAPES.at(Location.file(rel), unit, null, rel, rel));
        } else if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(entry)) {
            findings.add(FileRules.SPECIAL_FILE.at(Location.file(rel), unit, null, rel, rel));
        } else {
            findings.add(CoverageRules.LOOSE_FILE.at(Location.file(rel), unit, null, rel, rel));
        }
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
            Map<List<String>, TaskFolder> folders = new LinkedHashMap<>();
            List<FolderWalk.FileRecord> files = new ArrayList<>();
            for (FolderWalk.Walked w : walked) {
                findings.addAll(w.findings());
                unread.addAll(w.unread());
                files.addAll(w.files());
                if (w.counts()) folders.merge(List.of(w.folder().indicator(), w.folder().unit()), w.folder(), EvidenceWalker::join);
            }
            duplicates(files, workers, unread);
            return new Result(folders, findings, unread, unitFolders);
        } finally {
            progress.finish();
        }
    }

    /**
     * Files with the same content, every place listed. Only files that share a size can be the
     * same; a CRC-32C sieves those, and SHA-256 confirms what the sieve leaves.
     */
    private void duplicates(List<FolderWalk.FileRecord> files, Workers workers, List<String> unread) {
        List<List<FolderWalk.FileRecord>> groups = sameKey(files, f -> f.size());
        List<FolderWalk.FileRecord> sized = groups.stream().flatMap(List::stream).toList();
        List<Object> crcs = fingerprints(sized, workers, unread, f -> content.crc32c(f.path(), f.rel(), f.size(), f.mtime()));
        List<FolderWalk.FileRecord> sieved = new ArrayList<>();
        List<List<String>> keys = new ArrayList<>();
        for (int i = 0; i < sized.size(); i++) {
            if (crcs.get(i) == null) continue;
            sieved.add(sized.get(i));
            keys.add(List.of(String.valueOf(sized.get(i).size()), String.valueOf(crcs.get(i))));
        }
        Map<List<String>, List<FolderWalk.FileRecord>> byCrc = new LinkedHashMap<>();
        for (int i = 0; i < sieved.size(); i++) byCrc.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(sieved.get(i));
        List<FolderWalk.FileRecord> candidates = byCrc.values().stream().filter(g -> g.size() > 1).flatMap(List::stream).toList();
        List<Object> hashes = fingerprints(candidates, workers, unread, f -> content.sha256(f.path(), f.rel(), f.size(), f.mtime()));
        Map<String, List<FolderWalk.FileRecord>> byHash = new java.util.TreeMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (hashes.get(i) != null) byHash.computeIfAbsent((String) hashes.get(i), k -> new ArrayList<>()).add(candidates.get(i));
        }
        for (List<FolderWalk.FileRecord> same : byHash.values()) {
            if (same.size() < 2) continue;
            same.sort(Comparator.comparing(FolderWalk.FileRecord::rel));
            List<String> places = same.stream().map(FolderWalk.FileRecord::rel).toList();
            for (FolderWalk.FileRecord f : same) {
                List<String> others = places.stream().filter(p -> !p.equals(f.rel())).toList();
                findings.add(FileRules.DUPLICATE.at(Location.file(f.rel()), f.unit(), f.indicator(), f.rel(), f.rel(),
                        others.size(), others));
            }
        }
    }

    private static List<List<FolderWalk.FileRecord>> sameKey(List<FolderWalk.FileRecord> files,
                                                               java.util.function.Function<FolderWalk.FileRecord, Object> key) {
        Map<Object, List<FolderWalk.FileRecord>> groups = new LinkedHashMap<>();
        for (FolderWalk.FileRecord f : files) groups.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(f);
        return groups.values().stream().filter(g -> g.size() > 1).toList();
    }

    private interface Fingerprint {
        Object of(FolderWalk.FileRecord f) throws IOException;
    }

    /** Computed in parallel; null (and the file listed as unread) where the file cannot be read. */
    private static List<Object> fingerprints(List<FolderWalk.FileRecord> files, Workers workers, List<String> unread,
                                             Fingerprint fingerprint) {
        List<Object> out = workers.map(files, f -> {
            try {
                return fingerprint.of(f);
            } catch (IOException e) {
                return null;
            }
        });
        for (int i = 0; i < files.size(); i++) {
            if (out.get(i) == null && !unread.contains(files.get(i).rel())) unread.add(files.get(i).rel());
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
