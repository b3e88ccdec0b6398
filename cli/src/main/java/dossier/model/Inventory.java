package dossier.model;

import java.util.List;

/**
 * What the one walk of evidence/ found, as facts for the checks to judge.
 *
 * @param files       every entry met, by path (.gitkeep and the like, hidden folders and the
 *                    unit folders' metrics.yaml and registers/ left out)
 * @param folders     the folders of evidence/ and of its unit folders that are not unit folders
 * @param sameContent files that count as evidence and have the same bytes, two or more to a group,
 *                    each group by path
 */
public record Inventory(List<FileFacts> files, List<FolderFacts> folders, List<List<FileFacts>> sameContent) {
    public static final Inventory EMPTY = new Inventory(List.of(), List.of(), List.of());

    public Inventory {
        files = List.copyOf(files);
        folders = List.copyOf(folders);
        sameContent = sameContent.stream().map(List::copyOf).toList();
    }
}
