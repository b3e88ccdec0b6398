package dossier.check;

import dossier.model.DocumentDate;
import dossier.model.EntryKind;
import dossier.model.FileFacts;
import dossier.model.FileRole;
import dossier.model.FolderFacts;
import dossier.model.Inventory;
import dossier.model.LinkLine;

import java.util.List;

/** Facts of evidence/ entries built in memory, as the walk would state them, for the check tests. */
final class Entries {
    static final String UNIT = "区司法局";
    static final String INDICATOR = "4.4";
    static final String DIR = "evidence/" + UNIT + "/4.4 执法人员培训/";

    private Entries() {
    }

    /** A pdf of the 4.4 folder whose content is a pdf: evidence that counts. */
    static FileFacts evidence(String name, long size) {
        return read(file(name, size, FileRole.NONE, true), "pdf", true);
    }

    /** A file of the 4.4 folder before its content is read. */
    static FileFacts file(String name, long size, FileRole role, boolean allowed) {
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return FileFacts.file(DIR + name, UNIT, INDICATOR, EntryKind.REGULAR, size, 0, role, List.of(), ext, allowed);
    }

    static FileFacts read(FileFacts f, String detected, boolean matches) {
        return f.withContent(new FileFacts.ContentType(detected, matches), null);
    }

    static FileFacts dated(FileFacts f, DocumentDate date) {
        return f.withContent(f.content(), date);
    }

    static FileFacts named(FileFacts f, List<String> problems) {
        return new FileFacts(f.path(), f.unit(), f.indicator(), f.kind(), f.size(), f.mtime(), f.tempOrSystem(), f.role(),
                problems, f.extension(), f.extensionAllowed(), f.content(), f.date(), f.linkLines());
    }

    static FileFacts links(List<LinkLine> lines) {
        return file("新闻链接.txt", 100, FileRole.LINKS, true).withLinkLines(lines);
    }

    /** An entry the walk only names, in the 4.4 folder (indicator) or loose in the unit folder (null). */
    static FileFacts listed(String name, String indicator, EntryKind kind, boolean tempOrSystem) {
        String path = indicator == null ? "evidence/" + UNIT + "/" + name : DIR + name;
        return FileFacts.entry(path, UNIT, indicator, kind, tempOrSystem);
    }

    static Inventory files(FileFacts... files) {
        return new Inventory(List.of(files), List.of(), List.of());
    }

    static Inventory folders(FolderFacts... folders) {
        return new Inventory(List.of(), List.of(folders), List.of());
    }
}
