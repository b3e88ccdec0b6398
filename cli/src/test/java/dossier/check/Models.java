package dossier.check;

import dossier.core.UnitFigures;
import dossier.model.Campaign;
import dossier.model.Due;
import dossier.model.Indicator;
import dossier.model.Inventory;
import dossier.model.Role;
import dossier.model.Settings;
import dossier.model.Task;
import dossier.model.TaskFolder;
import dossier.model.TaskKey;
import dossier.model.TaskStatus;
import dossier.model.Unit;
import dossier.read.SettingsReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Repository models built in memory for the check tests: a campaign, what was filed, the day judged. */
final class Models {
    static final LocalDate AS_OF = LocalDate.of(2021, 8, 5);
    static final Path ROOT = Path.of("/repo");

    private Models() {
    }

    /** dossier.yaml as its reader makes it from this text ("" for every default). */
    static Settings settings(String yaml) {
        try {
            Path dir = Files.createTempDirectory("dossier-settings");
            try {
                Files.writeString(dir.resolve(SettingsReader.FILE_NAME), yaml, StandardCharsets.UTF_8);
                return SettingsReader.read(dir, AS_OF).settings();
            } finally {
                Files.deleteIfExists(dir.resolve(SettingsReader.FILE_NAME));
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Indicator indicator(String id, String name, String lead, List<String> units, LocalDate due) {
        return new Indicator(id, "一、测试", name, List.of(), lead, units, "", due == null ? Due.NONE : Due.on(due, due.toString()),
                null, 0);
    }

    /** A campaign of these indicators, one task per lead and responsible unit, units in order of appearance. */
    static Campaign campaign(Settings settings, Indicator... indicators) {
        List<String> names = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        for (Indicator i : indicators) {
            LocalDate due = i.due().date();
            if (i.lead() != null) tasks.add(new Task(i.id(), i.lead(), Role.LEAD, due));
            i.units().forEach(u -> tasks.add(new Task(i.id(), u, Role.RESPONSIBLE, due)));
            if (i.lead() != null && !names.contains(i.lead())) names.add(i.lead());
            i.units().stream().filter(u -> !names.contains(u)).forEach(names::add);
        }
        List<Unit> units = names.stream().map(Unit::named).toList();
        return new Campaign(ROOT, "repo", AS_OF, settings, "indicators.xlsx", "Sheet1", null, units, List.of(indicators),
                tasks, List.of(), List.of());
    }

    /** The same campaign, its units read from a units table (units.xlsx) that also named these rows again. */
    static Campaign withUnitsTable(Campaign c, List<Unit> units, List<dossier.model.RepeatedUnit> repeated) {
        return new Campaign(c.root(), c.repositoryName(), c.asOf(), c.settings(), c.sheetFile(), c.sheetName(), "units.xlsx",
                units, c.indicators(), c.tasks(), c.findings(), repeated);
    }

    /** The same campaign with no task sheet: the built-in catalogue stood in for it. */
    static Campaign withoutSheet(Campaign c) {
        return new Campaign(c.root(), c.repositoryName(), c.asOf(), c.settings(), null, null, c.unitsFile(),
                c.units(), c.indicators(), c.tasks(), c.findings(), c.repeatedUnits());
    }

    /** The model of a campaign where each task has what its folder holds (none: nothing filed). */
    static RepositoryModel model(Campaign campaign, Map<String, UnitFigures> figures, TaskFolder... filed) {
        return model(campaign, figures, Inventory.EMPTY, filed);
    }

    /** The model of a campaign whose walk of evidence/ found these facts. */
    static RepositoryModel model(Campaign campaign, Inventory inventory) {
        return model(campaign, Map.of(), inventory);
    }

    private static RepositoryModel model(Campaign campaign, Map<String, UnitFigures> figures, Inventory inventory,
                                         TaskFolder... filed) {
        Map<TaskKey, TaskFolder> folders = new LinkedHashMap<>();
        for (TaskFolder f : filed) folders.put(new TaskKey(f.indicator(), f.unit()), f);
        List<TaskStatus> statuses = campaign.tasks().stream()
                .map(t -> CoverageCheck.status(t, folders.get(TaskKey.of(t)))).toList();
        return new RepositoryModel(campaign, inventory, figures, statuses, AS_OF);
    }

    static TaskFolder folder(String indicator, String unit, List<String> evidence, List<String> explanations,
                             List<String> onsite, List<TaskFolder.Note> notApplicable) {
        String dir = "evidence/" + unit + "/" + indicator;
        return new TaskFolder(indicator, unit, List.of(dir),
                evidence.stream().map(p -> dossier.model.EvidenceItem.file(dir + "/" + p, dossier.model.EvidenceKind.DOCUMENT, 100)).toList(),
                explanations.stream().map(p -> dir + "/" + p).toList(), onsite.stream().map(p -> dir + "/" + p).toList(),
                notApplicable, List.of());
    }
}
