package dossier.app;

import dossier.core.CampaignLoader;
import dossier.model.Campaign;
import dossier.shared.InputException;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code dossier init}: scaffolds an evidence repository, or completes one after its task sheet
 * changed. Writes only files and folders that do not exist yet (never overwrites, moves or deletes).
 * Inputs are checked before anything is written: an unusable --indicators or --units file, or a DIR
 * that is a file, is an {@link InputException} (exit 2) and leaves the disk as it was.
 *
 * <p>Two plans, each computed before it is carried out ({@link InitWriter}): first the top-level
 * files ({@link TopFilesPlanner}: dossier.yaml, the task sheet — the given file copied byte for byte
 * as indicators.&lt;ext&gt;, or the built-in catalogue as indicators.xlsx —, the units table, .gitignore);
 * then the repository is read back with {@link CampaignLoader}, exactly as validate will read it, and
 * every task selected gets its folder with a 材料要求.txt ({@link EvidencePlanner}).
 */
public final class Initializer {
    private Initializer() {
    }

    public record Request(Path directory, Path indicators, Path units, LocalDate asOf, String sheet,
                          List<String> unitFilter, List<String> indicatorFilter) {
        public Request {
            unitFilter = unitFilter == null ? List.of() : List.copyOf(unitFilter);
            indicatorFilter = indicatorFilter == null ? List.of() : List.copyOf(indicatorFilter);
        }

        public Request(Path directory, Path indicators, Path units, LocalDate asOf) {
            this(directory, indicators, units, asOf, null, List.of(), List.of());
        }
    }

    /** What a top-level file of the repository is. */
    public enum Kind { SETTINGS, SHEET, UNITS, GITIGNORE }

    /**
     * One top-level file: created by this run (from {@code source}, a file the user gave; or the
     * built-in catalogue / template when null), or already there and left alone. {@code prefilled}:
     * how many units the units template was filled with (the unit folders already in evidence/).
     */
    public record Entry(String path, Kind kind, boolean created, String source, int prefilled) {
    }

    /**
     * @param created     paths (relative to the repository, '/'-separated; folders end with '/') this run created
     * @param kept        paths of existing files and folders this run would otherwise have written, left alone
     * @param stale       indicator folders that no longer match any task (left alone)
     * @param outdated    existing 材料要求.txt whose text differs from what the sheet now says (left alone)
     * @param blocked     paths where a folder was needed but something else is there (a file, a link)
     * @param sheetFile   the task sheet the folders were made from, relative to the repository
     * @param builtinSheet whether this run wrote the built-in catalogue as the task sheet
     */
    public record Result(Path directory, List<Entry> entries, String evidence, List<String> created, List<String> kept,
                         List<String> stale, List<String> outdated, List<String> blocked,
                         String sheetFile, String unitsFile, boolean builtinSheet,
                         int indicators, int units, int tasks) {
        public long createdFiles() {
            return created.stream().filter(p -> !p.endsWith("/")).count();
        }

        public long createdFolders() {
            return created.stream().filter(p -> p.endsWith("/")).count();
        }

        /** Created under evidence/: folders, then 材料要求 notes. */
        public long createdEvidenceFolders() {
            return created.stream().filter(p -> p.startsWith(evidence + "/") && p.endsWith("/")
                    && !p.equals(evidence + "/")).count();
        }

        public long createdNotes() {
            return created.stream().filter(p -> p.startsWith(evidence + "/") && !p.endsWith("/")).count();
        }

        public long keptEvidence() {
            return kept.stream().filter(p -> p.startsWith(evidence + "/") && !p.equals(evidence + "/")).count();
        }

        public boolean noUnits() {
            return tasks == 0;
        }
    }

    public static Result init(Request request) {
        Path root = request.directory().toAbsolutePath().normalize();
        TopFilesPlan topFiles = TopFilesPlanner.plan(request);
        InitWriter writer = new InitWriter(root);
        writer.write(topFiles, request.directory().toString());
        Campaign campaign = CampaignLoader.load(root, request.asOf(), topFiles.sheetOption());
        Selection selection = Selection.of(campaign, request.unitFilter(), request.indicatorFilter());
        EvidencePlan evidence = EvidencePlanner.plan(root, campaign, selection);
        writer.write(evidence);
        boolean builtin = writer.entries().stream()
                .anyMatch(e -> e.kind() == Kind.SHEET && e.created() && e.source() == null);
        Set<String> unitsWithTasks = new LinkedHashSet<>();
        campaign.tasks().forEach(t -> unitsWithTasks.add(t.unit()));
        return new Result(root, writer.entries(), evidence.evidence(), writer.created(), writer.kept(),
                evidence.stale(), evidence.outdated(), writer.blocked(), campaign.sheetFile(), campaign.unitsFile(),
                builtin, campaign.indicators().size(), unitsWithTasks.size(), campaign.tasks().size());
    }
}
