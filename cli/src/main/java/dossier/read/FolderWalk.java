package dossier.read;

import dossier.model.EvidenceItem;
import dossier.model.EvidenceKind;
import dossier.model.Finding;
import dossier.model.Location;
import dossier.model.Settings;
import dossier.model.TaskFolder;
import dossier.rules.FileRules;
import dossier.rules.FreshnessRules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One indicator folder of one unit, walked recursively: its evidence items, notes and file findings. */
final class FolderWalk {
    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"'，。、；]+");
    private static final Set<String> TEXT_NOTES = Set.of("", "txt", "md");
    private static final int NOTE_LIMIT = 64 * 1024;

    record Walked(TaskFolder folder, boolean counts, List<Finding> findings, List<String> unread,
                  List<FileRecord> files) {
    }

    /** A counted file, for the duplicate check after the walk. */
    record FileRecord(Path path, String rel, long size, long mtime, String unit, String indicator) {
    }

    private final RepoPaths paths;
    private final Settings settings;
    private final ContentFacts content;
    private final LocalDate asOf;
    private final Path dir;
    private final String indicator;
    private final String unit;
    private final boolean counts;

    private final List<EvidenceItem> items = new ArrayList<>();
    private final List<String> explanations = new ArrayList<>();
    private final List<String> onsite = new ArrayList<>();
    private final List<TaskFolder.Note> notApplicable = new ArrayList<>();
    private final List<String> highlights = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> unread = new ArrayList<>();
    private final List<FileRecord> files = new ArrayList<>();

    FolderWalk(RepoPaths paths, Settings settings, ContentFacts content, LocalDate asOf, Path dir, String indicator,
               String unit, boolean counts) {
        this.paths = paths;
        this.settings = settings;
        this.content = content;
        this.asOf = asOf;
        this.dir = dir;
        this.indicator = indicator;
        this.unit = unit;
        this.counts = counts;
    }

    Walked walk() {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    String name = d.getFileName().toString();
                    if (!d.equals(dir) && name.startsWith(".")) return FileVisitResult.SKIP_SUBTREE;
                    if (name.equals("__MACOSX")) {
                        finding(FileRules.TEMP_OR_SYSTEM, d, name);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    entry(file, attrs);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    unreadable(file, e);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            unreadable(dir, e);
        }
        items.sort(Comparator.comparing(EvidenceItem::path).thenComparingInt(EvidenceItem::line));
        explanations.sort(null);
        onsite.sort(null);
        notApplicable.sort(Comparator.comparing(TaskFolder.Note::path));
        highlights.sort(null);
        TaskFolder folder = new TaskFolder(indicator, unit, List.of(paths.relative(dir)), items, explanations, onsite,
                notApplicable, highlights);
        return new Walked(folder, counts, findings, unread, files);
    }

    private void entry(Path file, BasicFileAttributes attrs) {
        String name = file.getFileName().toString();
        if (FileNames.isQuietHidden(name)) return;
        if (FileNames.isTempOrSystem(name)) {
            finding(FileRules.TEMP_OR_SYSTEM, file, name);
            return;
        }
        long size = attrs.size();
        long mtime = attrs.lastModifiedTime().toMillis();
        if (attrs.isSymbolicLink()) {
            Path target;
            try {
                target = file.toRealPath();
            } catch (IOException e) {
                unreadable(file, e);
                return;
            }
            if (!target.startsWith(paths.realRoot())) {
                finding(FileRules.LINK_ESCAPES, file, paths.relative(file));
                return;
            }
            if (!Files.isRegularFile(target)) {
                // a link to a folder (loop -> .. among them) is never followed: say so rather than skip it
                finding(FileRules.SPECIAL_FILE, file, paths.relative(file));
                return;
            }
            try {
                BasicFileAttributes targetAttrs = Files.readAttributes(target, BasicFileAttributes.class);
                size = targetAttrs.size();
                mtime = targetAttrs.lastModifiedTime().toMillis();
            } catch (IOException e) {
                unreadable(file, e);
                return;
            }
        } else if (!attrs.isRegularFile()) {
            finding(FileRules.SPECIAL_FILE, file, paths.relative(file));
            return;
        }
        classify(file, name, size, mtime);
    }

    private void classify(Path file, String name, long size, long mtime) {
        String rel = paths.relative(file);
        List<String> nameProblems = UploadNames.problems(rel);
        if (!nameProblems.isEmpty()) finding(FileRules.BAD_NAME, file, rel, String.join(", ", nameProblems));
        if (nameProblems.contains("not-utf8")) return;
        FileNames.Special special = FileNames.special(name);
        if (special == FileNames.Special.REQUIREMENTS) return;
        if (special == FileNames.Special.NOT_APPLICABLE) {
            notApplicable.add(new TaskFolder.Note(rel, size == 0 ? "" : noteText(file, name)));
            return;
        }
        if (size == 0) {
            finding(FileRules.EMPTY, file, rel);
            return;
        }
        switch (special) {
            case EXPLANATION -> explanations.add(rel);
            case ONSITE -> onsite.add(rel);
            case HIGHLIGHTS -> highlights.add(rel);
            case SUMMARY -> evidence(file, rel, size, mtime, EvidenceKind.SUMMARY);
            case LINKS -> links(file, rel);
            default -> evidence(file, rel, size, mtime, null);
        }
    }

    /** A file that counts if its type is allowed and its content is what its name says. */
    private void evidence(Path file, String rel, long size, long mtime, EvidenceKind kindByName) {
        String ext = FileNames.extension(file.getFileName().toString());
        if (kindByName == null && !settings.allowedExtensions().contains(ext)) {
            finding(FileRules.NOT_ALLOWED, file, rel, ext.isEmpty() ? "-" : ext);
            return;
        }
        ContentFacts.Facts facts;
        try {
            facts = content.check(file, rel, ext, size, mtime);
        } catch (IOException e) {
            unreadable(file, e);
            return;
        }
        if (!facts.matches()) {
            finding(FileRules.CONTENT_MISMATCH, file, rel, ext.isEmpty() ? "-" : ext, facts.detected());
            return;
        }
        if (size > settings.maxFileSize()) {
            finding(FileRules.TOO_LARGE, file, rel, megabytes(size), megabytes(settings.maxFileSize()));
        }
        freshness(file, rel, facts.documentDate());
        EvidenceKind kind = kindByName != null ? kindByName : FileNames.kindOf(ext);
        items.add(EvidenceItem.file(rel, kind == null ? EvidenceKind.DOCUMENT : kind, size));
        files.add(new FileRecord(file, rel, size, mtime, unit, indicator));
    }

    /** Dated after as-of, or before the year that precedes the period (last year's report is fine). */
    private void freshness(Path file, String rel, LocalDate documentDate) {
        int oldest = settings.period().start().getYear() - 1;
        if (documentDate != null) {
            if (documentDate.isAfter(asOf)) finding(FreshnessRules.FUTURE, file, rel, documentDate.toString(), asOf.toString());
            else if (documentDate.getYear() < oldest) finding(FreshnessRules.STALE, file, rel, documentDate.toString(), oldest);
            return;
        }
        DocumentDates.yearInName(file.getFileName().toString()).ifPresent(year -> {
            if (year > asOf.getYear()) finding(FreshnessRules.FUTURE, file, rel, year + "", asOf.toString());
            else if (year < oldest) finding(FreshnessRules.STALE, file, rel, year + "", oldest);
        });
    }

    private static String megabytes(long bytes) {
        double mb = bytes / 1048576.0;
        return mb >= 100 ? String.valueOf(Math.round(mb)) : String.valueOf(Math.round(mb * 10) / 10.0);
    }

    /** One URL a line, an optional title after it (or before it, as people also write). */
    private void links(Path file, String rel) {
        String text = readText(file, NOTE_LIMIT * 16);
        if (text == null) return;
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            Matcher m = URL.matcher(line);
            if (!m.find()) {
                findings.add(FileRules.BAD_LINK_LINE.at(Location.cell(rel, i + 1, null), unit, indicator,
                        rel + ":" + (i + 1), abbreviate(line)));
                continue;
            }
            String title = (line.substring(0, m.start()) + " " + line.substring(m.end())).strip();
            items.add(new EvidenceItem(rel, EvidenceKind.LINK, 0, i + 1, m.group(), title));
        }
    }

    private String noteText(Path file, String name) {
        if (!TEXT_NOTES.contains(FileNames.extension(name))) return name;
        String text = readText(file, NOTE_LIMIT);
        return text == null ? name : text.strip();
    }

    private String readText(Path file, int limit) {
        try (InputStream in = Files.newInputStream(file)) {
            return TextFiles.decode(in.readNBytes(limit));
        } catch (IOException e) {
            unreadable(file, e);
            return null;
        }
    }

    private void unreadable(Path file, IOException e) {
        String rel = paths.relative(file);
        unread.add(rel);
        findings.add(FileRules.UNREADABLE.at(Location.file(rel), unit, indicator, rel, rel, TableReader.reason(e)));
    }

    private void finding(dossier.rules.Rule rule, Path file, Object... args) {
        String rel = paths.relative(file);
        findings.add(rule.at(Location.file(rel), unit, indicator, rel, args));
    }

    private static String abbreviate(String s) {
        return s.length() > 50 ? s.substring(0, 50) + "…" : s;
    }
}
