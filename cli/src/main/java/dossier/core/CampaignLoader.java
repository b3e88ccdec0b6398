package dossier.core;

import dossier.model.Campaign;
import dossier.model.Finding;
import dossier.model.Indicator;
import dossier.model.Location;
import dossier.model.RepeatedUnit;
import dossier.model.Role;
import dossier.model.ScoringSetting;
import dossier.model.Settings;
import dossier.model.Task;
import dossier.model.Unit;
import dossier.read.BuiltinCatalogue;
import dossier.read.RepoPaths;
import dossier.read.SettingsReader;
import dossier.read.TaskSheetReader;
import dossier.read.UnitDirectory;
import dossier.read.UnitsReader;
import dossier.shared.IndicatorIds;
import dossier.shared.InputException;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads a repository's settings, units table and task sheet into a {@link Campaign}. */
public final class CampaignLoader {
    private static final List<String> SHEET_NAMES = List.of("indicators.xlsx", "indicators.xls", "indicators.et",
            "indicators.csv", "indicators.yaml", "indicators.yml");
    private static final List<String> SHEET_WORDS = List.of("任务分解", "指标体系");
    private static final List<String> UNITS_NAMES = List.of("units.xlsx", "units.xls", "units.et", "units.csv");
    private static final List<String> UNITS_WORDS = List.of("联络员", "单位名单");
    private static final Set<String> TABLE_EXTENSIONS = Set.of("xlsx", "xls", "et", "csv", "yaml", "yml");

    private CampaignLoader() {
    }

    public static Campaign load(Path repository, LocalDate asOf, String sheetOption) {
        if (!Files.isDirectory(repository)) {
            throw new InputException(Location.file(repository.toString()), "repo.missing");
        }
        SettingsReader.Result settingsResult = SettingsReader.read(repository, asOf);
        Settings settings = settingsResult.settings();
        List<Finding> findings = new ArrayList<>(settingsResult.findings());

        Path unitsPath = find(repository, settings.units(), UNITS_NAMES, UNITS_WORDS, "units");
        List<Unit> tableUnits = List.of();
        List<RepeatedUnit> repeatedUnits = List.of();
        String unitsFile = null;
        if (unitsPath != null) {
            unitsFile = relative(repository, unitsPath);
            UnitsReader.Result units = UnitsReader.read(unitsPath, unitsFile);
            tableUnits = units.units();
            repeatedUnits = units.repeated();
        }
        UnitDirectory directory = new UnitDirectory(tableUnits, settings.region());

        Path sheetPath = find(repository, settings.indicators(), SHEET_NAMES, SHEET_WORDS, "indicators");
        List<Indicator> indicators;
        String sheetFile = null;
        String sheetName = null;
        if (sheetPath != null) {
            sheetFile = relative(repository, sheetPath);
            String wanted = sheetOption != null ? sheetOption : settings.sheet();
            TaskSheetReader.Result sheet = TaskSheetReader.read(sheetPath, sheetFile, wanted, directory, settings.year());
            indicators = sheet.indicators();
            sheetName = sheet.sheet();
            findings.addAll(sheet.findings());
        } else {
            if (tableUnits.isEmpty()) unitFolders(repository.resolve(settings.evidence())).forEach(n -> directory.add(Unit.named(n)));
            indicators = BuiltinCatalogue.indicators(directory.names());
        }
        requireScoredIndicators(settings, indicators);
        List<Task> tasks = tasks(indicators, directory.names(), settings);
        String name = repository.toAbsolutePath().normalize().getFileName() == null ? ""
                : repository.toAbsolutePath().normalize().getFileName().toString();
        return new Campaign(repository.toAbsolutePath().normalize(), name, asOf, settings, sheetFile, sheetName, unitsFile, directory.units(), indicators,
                tasks, findings, repeatedUnits);
    }

    /**
     * A scoring: entry for an indicator the sheet lacks would score nothing: dossier.yaml is
     * unusable at that entry, for every command, as soon as the sheet says which ids exist.
     */
    private static void requireScoredIndicators(Settings settings, List<Indicator> indicators) {
        Set<String> ids = new HashSet<>();
        indicators.forEach(i -> ids.add(i.id()));
        for (ScoringSetting s : settings.scoring()) {
            if (!s.isDefault() && !ids.contains(s.indicator())) {
                throw new InputException(s.location(), "report.scoringUnknownIndicator", s.key());
            }
        }
    }

    private static List<Task> tasks(List<Indicator> indicators, List<String> unitOrder, Settings settings) {
        LocalDate fallback = settings.collectMilestone() == null ? null : settings.collectMilestone().due();
        List<Task> tasks = new ArrayList<>();
        for (Indicator indicator : indicators) {
            LocalDate due = indicator.due().date() != null ? indicator.due().date() : fallback;
            if (indicator.lead() != null) tasks.add(new Task(indicator.id(), indicator.lead(), Role.LEAD, due));
            for (String unit : indicator.units()) tasks.add(new Task(indicator.id(), unit, Role.RESPONSIBLE, due));
        }
        // a map, not indexOf: the sort compares n log n times, each across every unit otherwise
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < unitOrder.size(); i++) position.putIfAbsent(unitOrder.get(i), i);
        tasks.sort(Comparator.comparing(Task::indicator, IndicatorIds.ORDER)
                .thenComparingInt(t -> position.getOrDefault(t.unit(), -1)));
        return tasks;
    }

    /** The configured file, or the usual name, or a file whose name says what it is. */
    private static Path find(Path repository, String configured, List<String> names, List<String> words, String key) {
        if (configured != null) {
            Path p = repository.resolve(configured).normalize();
            if (!Files.isRegularFile(p)) {
                throw new InputException(Location.file("dossier.yaml"), "repo.configuredMissing", key, configured);
            }
            if (RepoPaths.of(repository).escapes(p)) {
                throw new InputException(Location.file("dossier.yaml"), "repo.linkOutside", key, configured);
            }
            return p;
        }
        for (String n : names) {
            Path p = repository.resolve(n);
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) return p;
        }
        List<Path> matches = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(repository)) {
            for (Path p : dir) {
                String n = p.getFileName().toString();
                String ext = n.contains(".") ? n.substring(n.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
                if (n.startsWith("~$") || n.startsWith(".") || !TABLE_EXTENSIONS.contains(ext)) continue;
                if (words.stream().anyMatch(n::contains) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) matches.add(p);
            }
        } catch (IOException e) {
            throw new InputException(Location.file(repository.toString()), "input.unreadable", e.getMessage());
        }
        matches.sort(Comparator.comparing(Path::toString));
        return matches.isEmpty() ? null : matches.get(0);
    }

    /** Unit folder names under evidence/, in Chinese (pinyin) order: there is no official order without a table. */
    private static List<String> unitFolders(Path evidence) {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(evidence)) return names;
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(evidence)) {
            for (Path p : dir) {
                String n = p.getFileName().toString();
                if (!n.startsWith(".") && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) names.add(n);
            }
        } catch (IOException e) {
            return names;
        }
        names.sort(Collator.getInstance(Locale.CHINA));
        return names;
    }

    static String relative(Path repository, Path file) {
        return repository.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
    }
}
