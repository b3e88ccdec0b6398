package dossier.app;

import dossier.app.EvidencePlan.Keep;
import dossier.app.EvidencePlan.MakeFolder;
import dossier.app.EvidencePlan.Step;
import dossier.app.EvidencePlan.WriteNote;
import dossier.model.Campaign;
import dossier.model.FileRole;
import dossier.model.Indicator;
import dossier.model.Location;
import dossier.model.Task;
import dossier.model.TaskKey;
import dossier.read.FileNames;
import dossier.read.SettingsReader;
import dossier.read.TextFiles;
import dossier.read.UnitDirectory;
import dossier.shared.IndicatorIds;
import dossier.shared.InputException;
import dossier.write.RequirementNote;
import dossier.write.SafeNames;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans the folder {@code evidence/<unit>/<id> <indicator>/} with its 材料要求.txt for every task
 * --unit and --indicator select, reading the repository and writing nothing. Existing folders are
 * found the way the evidence walk finds them (a unit by name or alias, an indicator by the leading
 * id), so a folder the office renamed ("4.4 培训") is used and not doubled.
 */
final class EvidencePlanner {
    static final int MAX_UNIT_NAME = 40;
    static final int MAX_FOLDER_NAME = 60;

    private final Path root;
    private final Campaign campaign;
    private final List<Step> steps = new ArrayList<>();
    private final List<String> outdated = new ArrayList<>();
    private final List<String> blocked = new ArrayList<>();

    private EvidencePlanner(Path root, Campaign campaign) {
        this.root = root;
        this.campaign = campaign;
    }

    /** @param root the repository, absolute and normalised */
    static EvidencePlan plan(Path root, Campaign campaign, Selection selection) {
        return new EvidencePlanner(root, campaign).plan(selection);
    }

    /** The evidence folder relative to the repository; one outside it (or the repository itself) is refused. */
    static String evidenceFolder(Path root, Campaign campaign) {
        Path dir = root.resolve(campaign.settings().evidence()).normalize();
        if (!dir.startsWith(root) || dir.equals(root)) {
            throw new InputException(Location.file(SettingsReader.FILE_NAME), "init.evidenceOutside",
                    campaign.settings().evidence());
        }
        return InitDisk.relative(root, dir);
    }

    private EvidencePlan plan(Selection selection) {
        String evidenceName = evidenceFolder(root, campaign);
        List<Task> tasks = campaign.tasks().stream().filter(selection::includes).toList();
        Path evidence = root.resolve(evidenceName);
        List<String> stale = folder(evidence) ? taskFolders(evidence, tasks, selection.units()) : List.of();
        return new EvidencePlan(evidenceName, steps, stale, outdated, blocked);
    }

    /** The unit and task folders with their notes; returns the stale indicator folders found on the way. */
    private List<String> taskFolders(Path evidence, List<Task> tasks, Set<String> onlyUnits) {
        UnitDirectory directory = new UnitDirectory(campaign.units(), campaign.settings().region());
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        campaign.indicators().forEach(i -> indicators.put(i.id(), i));

        // existing unit folders, matched as the evidence walk matches them
        Map<String, Path> unitFolders = new LinkedHashMap<>();
        List<Path> unknownUnitFolders = new ArrayList<>();
        for (Path p : InitDisk.subfolders(evidence)) {
            Optional<String> unit = directory.resolve(p.getFileName().toString());
            if (unit.isPresent()) unitFolders.putIfAbsent(unit.get(), p);
            else unknownUnitFolders.add(p);
        }
        Map<String, List<Task>> byUnit = new LinkedHashMap<>();
        for (String u : directory.names()) byUnit.put(u, new ArrayList<>());
        for (Task t : tasks) byUnit.computeIfAbsent(t.unit(), k -> new ArrayList<>()).add(t);
        for (Map.Entry<String, List<Task>> e : byUnit.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            Path unitFolder = unitFolders.get(e.getKey());
            if (unitFolder == null) {
                unitFolder = evidence.resolve(SafeNames.of(e.getKey(), MAX_UNIT_NAME));
                if (!folder(unitFolder)) continue;
                unitFolders.put(e.getKey(), unitFolder);
            } else {
                keep(unitFolder);
            }
            Map<String, Path> byId = indicatorFolders(unitFolder);
            for (Task t : e.getValue()) {
                Indicator indicator = indicators.get(t.indicator());
                Path taskFolder = byId.get(t.indicator());
                if (taskFolder == null) {
                    String title = (indicator.id() + " " + indicator.name().replaceAll("\\s+", " ")).strip();
                    taskFolder = unitFolder.resolve(SafeNames.of(title, MAX_FOLDER_NAME));
                    if (!folder(taskFolder)) continue;
                    byId.put(t.indicator(), taskFolder);
                } else {
                    keep(taskFolder);
                }
                note(taskFolder, indicator, t);
            }
        }
        return staleFolders(unitFolders, unknownUnitFolders, onlyUnits);
    }

    /** The indicator folders of a unit folder by leading id, the first by name when several share one. */
    private static Map<String, Path> indicatorFolders(Path unitFolder) {
        Map<String, Path> out = new LinkedHashMap<>();
        for (Path p : InitDisk.subfolders(unitFolder)) {
            IndicatorIds.leading(p.getFileName().toString()).ifPresent(id -> out.putIfAbsent(id, p));
        }
        return out;
    }

    private void note(Path taskFolder, Indicator indicator, Task task) {
        Optional<Path> existing = InitDisk.files(taskFolder).stream()
                .filter(p -> FileNames.special(p.getFileName().toString()) == FileRole.REQUIREMENTS)
                .findFirst();
        byte[] wanted = RequirementNote.bytes(indicator, task);
        if (existing.isEmpty()) {
            steps.add(new WriteNote(relative(taskFolder.resolve(RequirementNote.FILE_NAME)), wanted));
            return;
        }
        Path note = existing.get();
        steps.add(new Keep(relative(note)));
        if (note.getFileName().toString().equals(RequirementNote.FILE_NAME) && !sameText(note, wanted)) {
            outdated.add(relative(note));
        }
    }

    private static boolean sameText(Path file, byte[] wanted) {
        try {
            String have = TextFiles.read(file).replace("\r\n", "\n").strip();
            String want = TextFiles.decode(wanted).replace("\r\n", "\n").strip();
            return have.equals(want);
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Indicator folders (a leading id) that match no task: under a unit folder no unit of the
     * campaign has, or for an (indicator, unit) pair that is not a task. With --unit, only that unit's.
     */
    private List<String> staleFolders(Map<String, Path> unitFolders, List<Path> unknownUnitFolders, Set<String> onlyUnits) {
        Set<TaskKey> assigned = new HashSet<>();
        campaign.tasks().forEach(t -> assigned.add(TaskKey.of(t)));
        List<Path> out = new ArrayList<>();
        for (Map.Entry<String, Path> e : unitFolders.entrySet()) {
            if (!onlyUnits.isEmpty() && !onlyUnits.contains(e.getKey())) continue;
            for (Path p : InitDisk.subfolders(e.getValue())) {
                Optional<String> id = IndicatorIds.leading(p.getFileName().toString());
                if (id.isPresent() && !assigned.contains(new TaskKey(id.get(), e.getKey()))) out.add(p);
            }
        }
        if (onlyUnits.isEmpty()) {
            for (Path unitFolder : unknownUnitFolders) {
                for (Path p : InitDisk.subfolders(unitFolder)) {
                    if (IndicatorIds.leading(p.getFileName().toString()).isPresent()) out.add(p);
                }
            }
        }
        return out.stream().map(p -> relative(p) + "/").sorted().toList();
    }

    /** A folder that is there (kept) or is to be made; false (and the path noted as blocked) when something else is there. */
    private boolean folder(Path dir) {
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            keep(dir);
            return true;
        }
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(dir)) {
            blocked.add(relative(dir));
            return false;
        }
        steps.add(new MakeFolder(relative(dir) + "/"));
        return true;
    }

    private void keep(Path folder) {
        steps.add(new Keep(relative(folder) + "/"));
    }

    private String relative(Path p) {
        return InitDisk.relative(root, p);
    }
}
