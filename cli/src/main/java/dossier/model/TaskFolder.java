package dossier.model;

import java.util.List;

/**
 * What one unit filed for one indicator: the evidence items and the special notes, gathered from
 * every folder of that unit whose name starts with the indicator's id.
 *
 * @param notApplicable 不涉及 notes with their reason text ("" for an empty note)
 */
public record TaskFolder(String indicator, String unit, List<String> folders, List<EvidenceItem> items,
                         List<String> explanations, List<String> onsite, List<Note> notApplicable,
                         List<String> highlights) {
    public TaskFolder {
        folders = List.copyOf(folders);
        items = List.copyOf(items);
        explanations = List.copyOf(explanations);
        onsite = List.copyOf(onsite);
        notApplicable = List.copyOf(notApplicable);
        highlights = List.copyOf(highlights);
    }

    /** The 不涉及 notes that give a reason: an empty one is an unusable file, never uploaded or listed as filed. */
    public List<Note> reasonedNotApplicable() {
        return notApplicable.stream().filter(n -> !n.text().isEmpty()).toList();
    }

    /** A note file and the text it holds (trimmed, possibly empty). */
    public record Note(String path, String text) {
    }
}
