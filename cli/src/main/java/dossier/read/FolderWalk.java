package dossier.read;

import dossier.model.DocumentDate;
import dossier.model.EntryKind;
import dossier.model.EvidenceItem;
import dossier.model.EvidenceKind;
import dossier.model.FileFacts;
import dossier.model.FileRole;
import dossier.model.Finding;
import dossier.model.LinkLine;
import dossier.model.Location;
import dossier.model.Settings;
import dossier.model.TaskFolder;
import dossier.rules.FileRules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One indicator folder of one unit, walked recursively: the facts of every entry, and what the
 * unit filed there (evidence items and notes). Only a file that cannot be read is a finding here.
 */
final class FolderWalk {
    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"'，。、；]+");
    private static final Set<String> TEXT_NOTES = Set.of("", "txt", "md");
    private static final int NOTE_LIMIT = 64 * 1024;

    record Walked(TaskFolder folder, List<FileFacts> facts, List<Finding> findings, List<String> unread,
                  List<Counted> counted) {
    }

    /** A file that counts as evidence, with where to read it for the same-content groups after the walk. */
    record Counted(Path path, FileFacts facts) {
    }

    private final RepoPaths paths;
    private final Settings settings;
    private final ContentFacts content;
    private final Path dir;
    private final String indicator;
    private final String unit;

    private final List<EvidenceItem> items = new ArrayList<>();
    private final List<String> explanations = new ArrayList<>();
    private final List<String> onsite = new ArrayList<>();
    private final List<TaskFolder.Note> notApplicable = new ArrayList<>();
    private final List<String> highlights = new ArrayList<>();
    private final List<FileFacts> facts = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> unread = new ArrayList<>();
    private final List<Counted> counted = new ArrayList<>();

    FolderWalk(RepoPaths paths, Settings settings, ContentFacts content, Path dir, String indicator, String unit) {
        this.paths = paths;
        this.settings = settings;
        this.content = content;
        this.dir = dir;
        this.indicator = indicator;
        this.unit = unit;
    }

    Walked walk() {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    String name = d.getFileName().toString();
                    if (!d.equals(dir) && name.startsWith(".")) return FileVisitResult.SKIP_SUBTREE;
                    if (name.equals("__MACOSX")) {
                        facts.add(FileFacts.entry(paths.relative(d), unit, indicator, EntryKind.FOLDER, true));
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
        return new Walked(folder, facts, findings, unread, counted);
    }

    /** A temp or system file is only named; a link is followed only to a regular file inside the repository. */
    private void entry(Path file, BasicFileAttributes attrs) {
        String name = file.getFileName().toString();
        if (FileNames.isQuietHidden(name)) return;
        if (FileNames.isTempOrSystem(name)) {
            EntryKind kind = attrs.isSymbolicLink() ? EntryKind.LINK : attrs.isRegularFile() ? EntryKind.REGULAR : EntryKind.SPECIAL;
            facts.add(FileFacts.entry(paths.relative(file), unit, indicator, kind, true));
            return;
        }
        long size = attrs.size();
        long mtime = attrs.lastModifiedTime().toMillis();
        EntryKind kind = EntryKind.REGULAR;
        if (attrs.isSymbolicLink()) {
            kind = EntryKind.LINK;
            Path target;
            try {
                target = file.toRealPath();
            } catch (IOException e) {
                unreadable(file, e);
                return;
            }
            if (!target.startsWith(paths.realRoot())) {
                facts.add(FileFacts.entry(paths.relative(file), unit, indicator, EntryKind.LINK_OUTSIDE, false));
                return;
            }
            if (!Files.isRegularFile(target)) {
                // a link to a folder (loop -> .. among them) is never followed: said, rather than skipped
                facts.add(FileFacts.entry(paths.relative(file), unit, indicator, EntryKind.SPECIAL, false));
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
            facts.add(FileFacts.entry(paths.relative(file), unit, indicator, EntryKind.SPECIAL, false));
            return;
        }
        String rel = paths.relative(file);
        String ext = FileNames.extension(name);
        FileFacts f = FileFacts.file(rel, unit, indicator, kind, size, mtime, FileNames.special(name),
                UploadNames.problems(rel), ext, settings.allowedExtensions().contains(ext));
        facts.add(filed(file, f));
    }

    /** Files it as what its name makes it, when it may be filed at all; its facts with what was read of it. */
    private FileFacts filed(Path file, FileFacts f) {
        if (!f.filable() || f.role() == FileRole.REQUIREMENTS) return f;
        if (f.role() == FileRole.NOT_APPLICABLE) {
            notApplicable.add(new TaskFolder.Note(f.path(), f.size() == 0 ? "" : noteText(file, f)));
            return f;
        }
        if (f.size() == 0) return f;
        switch (f.role()) {
            case EXPLANATION -> explanations.add(f.path());
            case ONSITE -> onsite.add(f.path());
            case HIGHLIGHTS -> highlights.add(f.path());
            case LINKS -> {
                return links(file, f);
            }
            default -> {
                return evidence(file, f);
            }
        }
        return f;
    }

    /** A file that counts if its type is allowed and its content is what its name says. */
    private FileFacts evidence(Path file, FileFacts f) {
        if (!f.mayCount()) return f;
        ContentFacts.Facts read;
        try {
            read = content.check(file, f.path(), f.extension(), f.size(), f.mtime());
        } catch (IOException e) {
            unreadable(file, e);
            return f;
        }
        DocumentDate date = null;
        if (read.matches()) {
            date = read.documentDate() != null ? DocumentDate.ofContent(read.documentDate())
                    : DocumentDates.yearInName(f.name()).map(DocumentDate::ofName).orElse(null);
        }
        FileFacts withContent = f.withContent(new FileFacts.ContentType(read.detected(), read.matches()), date);
        if (withContent.counts()) {
            EvidenceKind kind = f.role() == FileRole.SUMMARY ? EvidenceKind.SUMMARY : FileNames.kindOf(f.extension());
            items.add(EvidenceItem.file(f.path(), kind == null ? EvidenceKind.DOCUMENT : kind, f.size()));
            counted.add(new Counted(file, withContent));
        }
        return withContent;
    }

    /** One URL a line, an optional title after it (or before it, as people also write). */
    private FileFacts links(Path file, FileFacts f) {
        String text = readText(file, NOTE_LIMIT * 16);
        if (text == null) return f;
        List<LinkLine> lines = new ArrayList<>();
        List<String> all = text.lines().toList();
        for (int i = 0; i < all.size(); i++) {
            String line = all.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            Matcher m = URL.matcher(line);
            if (!m.find()) {
                lines.add(new LinkLine(i + 1, line, null, ""));
                continue;
            }
            String title = (line.substring(0, m.start()) + " " + line.substring(m.end())).strip();
            lines.add(new LinkLine(i + 1, line, m.group(), title));
            items.add(new EvidenceItem(f.path(), EvidenceKind.LINK, 0, i + 1, m.group(), title));
        }
        return f.withLinkLines(lines);
    }

    private String noteText(Path file, FileFacts f) {
        if (!TEXT_NOTES.contains(f.extension())) return f.name();
        String text = readText(file, NOTE_LIMIT);
        return text == null ? f.name() : text.strip();
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
}
