package dossier.app;

import java.util.List;

/**
 * The folders and 材料要求 notes init makes under evidence/ for the tasks of a campaign, and what it
 * found there, computed by {@link InitPlanner} from the repository as it is, without writing. Paths
 * are relative to the repository, '/'-separated; folders end with '/'.
 *
 * @param evidence the evidence folder, relative to the repository
 * @param steps    in the order they are carried out: a folder before what goes in it
 * @param stale    indicator folders that no longer match any task (left alone)
 * @param outdated existing 材料要求.txt whose text differs from what the sheet now says (left alone)
 * @param blocked  paths where a folder is needed but something else is there (a file, a link)
 */
public record EvidencePlan(String evidence, List<Step> steps, List<String> stale, List<String> outdated,
                           List<String> blocked) {
    public EvidencePlan {
        steps = List.copyOf(steps);
        stale = List.copyOf(stale);
        outdated = List.copyOf(outdated);
        blocked = List.copyOf(blocked);
    }

    /** One thing init does, or leaves as it is, under evidence/. */
    public sealed interface Step permits MakeFolder, WriteNote, Keep {
        String path();
    }

    public record MakeFolder(String path) implements Step {
    }

    /** A 材料要求.txt for a task folder. */
    public record WriteNote(String path, byte[] content) implements Step {
    }

    /** An existing folder or note that init would otherwise have made. */
    public record Keep(String path) implements Step {
    }

    public List<String> folders() {
        return steps.stream().filter(s -> s instanceof MakeFolder).map(Step::path).toList();
    }

    public List<String> notes() {
        return steps.stream().filter(s -> s instanceof WriteNote).map(Step::path).toList();
    }

    public List<String> kept() {
        return steps.stream().filter(s -> s instanceof Keep).map(Step::path).toList();
    }
}
