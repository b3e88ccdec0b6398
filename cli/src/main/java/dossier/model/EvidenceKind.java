package dossier.model;

import java.util.Locale;

/** What an evidence item is, for counts in every output. */
public enum EvidenceKind {
    DOCUMENT, IMAGE, VIDEO, LINK, SUMMARY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
