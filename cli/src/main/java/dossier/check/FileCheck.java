package dossier.check;

import dossier.model.FileFacts;
import dossier.model.FileRole;
import dossier.model.Finding;
import dossier.model.LinkLine;
import dossier.model.Location;
import dossier.rules.FileRules;
import dossier.rules.Rule;

import java.util.ArrayList;
import java.util.List;

/**
 * Files of evidence/ an upload platform or an assessor would reject (SPEC §2.3): temp and system
 * files, links out of the repository, special files, names Windows cannot take, empty files, types
 * not allowed, content that is not what the extension says, files too large, malformed link lines.
 */
final class FileCheck implements Check {
    private static final int LINK_LINE_SHOWN = 50;

    @Override
    public String name() {
        return "files";
    }

    @Override
    public List<Rule> rules() {
        return List.of(FileRules.EMPTY, FileRules.CONTENT_MISMATCH, FileRules.NOT_ALLOWED, FileRules.TOO_LARGE,
                FileRules.TEMP_OR_SYSTEM, FileRules.BAD_NAME, FileRules.LINK_ESCAPES, FileRules.SPECIAL_FILE,
                FileRules.BAD_LINK_LINE);
    }

    @Override
    public Verdict judge(RepositoryModel model) {
        long maxSize = model.campaign().settings().maxFileSize();
        List<Finding> out = new ArrayList<>();
        for (FileFacts f : model.inventory().files()) judge(f, maxSize, out);
        return Verdict.of(out);
    }

    private static void judge(FileFacts f, long maxSize, List<Finding> out) {
        if (f.tempOrSystem()) {
            out.add(at(FileRules.TEMP_OR_SYSTEM, f, f.name()));
            return;
        }
        switch (f.kind()) {
            case LINK_OUTSIDE -> out.add(at(FileRules.LINK_ESCAPES, f, f.path()));
            case SPECIAL -> out.add(at(FileRules.SPECIAL_FILE, f, f.path()));
            default -> {
                // a loose file is the stray-folder check's; an indicator folder's file is judged here
                if (!f.loose() && f.kind().isFile()) judgeFiled(f, maxSize, out);
            }
        }
    }

    private static void judgeFiled(FileFacts f, long maxSize, List<Finding> out) {
        if (!f.nameProblems().isEmpty()) out.add(at(FileRules.BAD_NAME, f, f.path(), String.join(", ", f.nameProblems())));
        if (!f.filable() || f.role() == FileRole.REQUIREMENTS || f.role() == FileRole.NOT_APPLICABLE) return;
        if (f.size() == 0) {
            out.add(at(FileRules.EMPTY, f, f.path()));
        } else if (f.role() == FileRole.LINKS) {
            for (LinkLine line : f.linkLines()) {
                if (line.malformed()) {
                    out.add(FileRules.BAD_LINK_LINE.at(Location.cell(f.path(), line.line(), null), f.unit(), f.indicator(),
                            f.path() + ":" + line.line(), abbreviate(line.text())));
                }
            }
        } else if (f.role() == FileRole.NONE && !f.extensionAllowed()) {
            out.add(at(FileRules.NOT_ALLOWED, f, f.path(), shown(f.extension())));
        } else if (f.content() != null && !f.content().matchesExtension()) {
            out.add(at(FileRules.CONTENT_MISMATCH, f, f.path(), shown(f.extension()), f.content().detected()));
        } else if (f.counts() && f.size() > maxSize) {
            out.add(at(FileRules.TOO_LARGE, f, f.path(), megabytes(f.size()), megabytes(maxSize)));
        }
    }

    private static Finding at(Rule rule, FileFacts f, Object... args) {
        return rule.at(Location.file(f.path()), f.unit(), f.indicator(), f.path(), args);
    }

    private static String shown(String extension) {
        return extension.isEmpty() ? "-" : extension;
    }

    private static String megabytes(long bytes) {
        double mb = bytes / 1048576.0;
        return mb >= 100 ? String.valueOf(Math.round(mb)) : String.valueOf(Math.round(mb * 10) / 10.0);
    }

    private static String abbreviate(String s) {
        return s.length() > LINK_LINE_SHOWN ? s.substring(0, LINK_LINE_SHOWN) + "…" : s;
    }
}
