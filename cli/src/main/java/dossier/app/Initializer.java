package dossier.app;

import dossier.core.CampaignLoader;
import dossier.model.Campaign;
import dossier.model.FileRole;
import dossier.model.Indicator;
import dossier.model.Location;
import dossier.model.Task;
import dossier.model.Unit;
import dossier.read.EvidenceWalker;
import dossier.read.FileNames;
import dossier.read.SettingsReader;
import dossier.read.TaskSheetReader;
import dossier.read.TextFiles;
import dossier.read.UnitDirectory;
import dossier.read.UnitsReader;
import dossier.shared.IndicatorIds;
import dossier.shared.InputException;
import dossier.write.CatalogueSheet;
import dossier.write.RequirementNote;
import dossier.write.SafeNames;
import dossier.write.SettingsTemplate;
import dossier.write.UnitsTemplate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code dossier init}: scaffolds an evidence repository, or completes one after its task sheet
 * changed. Writes only files and folders that do not exist yet (never overwrites, moves or deletes),
 * each file atomically (a temp file, then a rename that refuses to replace). Inputs are checked
 * before anything is written: an unusable --indicators or --units file, or a DIR that is a file,
 * is an {@link InputException} (exit 2) and leaves the disk as it was.
 *
 * <p>Order of work: dossier.yaml, the task sheet (the given file copied byte for byte as
 * indicators.&lt;ext&gt;, or the built-in catalogue as indicators.xlsx), the units table (copied as
 * units.&lt;ext&gt;, or an empty template units.xlsx), .gitignore; then the repository is read back
 * with {@link CampaignLoader}, exactly as validate will read it, and every task gets its folder
 * {@code evidence/<unit>/<id> <indicator>/} with a 材料要求.txt. Existing folders are found the way
 * the evidence walk finds them (a unit by name or alias, an indicator by the leading id), so a
 * folder the office renamed ("4.4 培训") is used and not doubled.
 */
public final class Initializer {
    static final Set<String> SHEET_EXTENSIONS = new LinkedHashSet<>(List.of("xlsx", "xls", "et", "csv", "yaml", "yml"));
    static final Set<String> UNITS_EXTENSIONS = new LinkedHashSet<>(List.of("xlsx", "xls", "et", "csv"));
    static final int MAX_UNIT_NAME = 40;
    static final int MAX_FOLDER_NAME = 60;

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

    private final Request request;
    private final Path root;
    private final List<Entry> entries = new ArrayList<>();
    private final List<String> created = new ArrayList<>();
    private final List<String> kept = new ArrayList<>();
    private final List<String> stale = new ArrayList<>();
    private final List<String> outdated = new ArrayList<>();
    private final List<String> blocked = new ArrayList<>();

    private Initializer(Request request) {
        this.request = request;
        this.root = request.directory().toAbsolutePath().normalize();
    }

    public static Result init(Request request) {
        return new Initializer(request).run();
    }

    private Result run() {
        String dirName = request.directory().toString();
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new InputException(Location.file(dirName), "init.notDirectory");
        }
        // everything given is checked before anything is written
        byte[] givenUnits = request.units() == null ? null
                : readGiven(request.units(), UNITS_EXTENSIONS, "init.badUnitsType");
        byte[] givenSheet = request.indicators() == null ? null
                : readGiven(request.indicators(), SHEET_EXTENSIONS, "init.badSheetType");
        List<Unit> units = List.of();
        if (givenUnits != null) units = UnitsReader.read(request.units(), request.units().toString()).units();
        if (givenSheet != null) {
            TaskSheetReader.read(request.indicators(), request.indicators().toString(), request.sheet(),
                    new UnitDirectory(units, ""), request.asOf().getYear());
        }
        Campaign before = Files.isDirectory(root) ? CampaignLoader.load(root, request.asOf(), request.sheet()) : null;
        if (before != null) evidence(before);   // refuses an evidence path outside the repository before writing
        String sheetTarget = givenSheet == null ? "indicators.xlsx" : "indicators." + extension(request.indicators());
        String unitsTarget = givenUnits == null ? "units.xlsx" : "units." + extension(request.units());
        checkConflict(before == null ? null : before.sheetFile(), givenSheet, request.indicators(), "init.sheetConflict");
        checkConflict(before == null ? null : before.unitsFile(), givenUnits, request.units(), "init.unitsConflict");

        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new InputException(Location.file(dirName), "init.cannotWrite", reason(e));
        }
        boolean hasSheet = before != null && before.sheetFile() != null;
        // --sheet names a worksheet of the given or existing sheet; the built-in one has its own
        String sheetOption = hasSheet || givenSheet != null ? request.sheet() : null;
        String sheetName = hasSheet ? before.sheetFile() : sheetTarget;
        String unitsName = before != null && before.unitsFile() != null ? before.unitsFile() : unitsTarget;
        topFile(SettingsReader.FILE_NAME, Kind.SETTINGS, null,
                () -> SettingsTemplate.text(request.asOf().getYear(), sheetOption, sheetName, unitsName)
                        .getBytes(StandardCharsets.UTF_8));
        boolean builtin = false;
        if (hasSheet) {
            keepTop(before.sheetFile(), Kind.SHEET);
        } else if (givenSheet != null) {
            topFile(sheetTarget, Kind.SHEET, request.indicators().toString(), () -> givenSheet);
        } else {
            builtin = topFile(sheetTarget, Kind.SHEET, null, () -> CatalogueSheet.builtin(request.asOf()));
        }
        if (before != null && before.unitsFile() != null) {
            keepTop(before.unitsFile(), Kind.UNITS);
        } else if (givenUnits != null) {
            topFile(unitsTarget, Kind.UNITS, request.units().toString(), () -> givenUnits);
        } else {
            // a repository with unit folders and neither sheet nor table: the built-in catalogue made every
            // folder a unit; the template lists them so that the written sheet's 各单位 still means them
            List<String> folderUnits = before != null && before.sheetFile() == null
                    ? before.units().stream().map(Unit::name).toList() : List.of();
            topFile(unitsTarget, Kind.UNITS, null, folderUnits.size(), () -> UnitsTemplate.write(request.asOf(), folderUnits));
        }
        topFile(".gitignore", Kind.GITIGNORE, null, () -> "out/\n".getBytes(StandardCharsets.UTF_8));

        Campaign campaign = CampaignLoader.load(root, request.asOf(), sheetOption);
        String evidence = evidence(campaign);
        Selection selection = Selection.of(campaign, request.unitFilter(), request.indicatorFilter());
        List<Task> tasks = campaign.tasks().stream().filter(selection::includes).toList();
        folders(campaign, tasks, evidence, selection.units());
        Set<String> unitsWithTasks = new LinkedHashSet<>();
        campaign.tasks().forEach(t -> unitsWithTasks.add(t.unit()));
        return new Result(root, entries, evidence, created, kept, stale, outdated, blocked, campaign.sheetFile(),
                campaign.unitsFile(), builtin, campaign.indicators().size(), unitsWithTasks.size(),
                campaign.tasks().size());
    }

    // ------------------------------------------------------------------ inputs

    private static byte[] readGiven(Path file, Set<String> extensions, String badTypeKey) {
        String shown = file.toString();
        if (!Files.isRegularFile(file)) throw new InputException(Location.file(shown), "init.noSuchFile");
        String ext = extension(file);
        if (!extensions.contains(ext)) {
            throw new InputException(Location.file(shown), badTypeKey, ext.isEmpty() ? "-" : "." + ext,
                    String.join(" ", extensions.stream().map(e -> "." + e).toList()));
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(Location.file(shown), "input.unreadable", reason(e));
        }
    }

    /** A given file that differs from the table the repository already has cannot be put in: init never overwrites. */
    private void checkConflict(String existing, byte[] given, Path givenPath, String key) {
        if (existing == null || given == null) return;
        try {
            if (!Arrays.equals(Files.readAllBytes(root.resolve(existing)), given)) {
                throw new InputException(Location.file(givenPath.toString()), key, existing);
            }
        } catch (IOException e) {
            throw new InputException(Location.file(existing), "input.unreadable", reason(e));
        }
    }

    private static String extension(Path file) {
        return FileNames.extension(file.getFileName().toString());
    }

    // ------------------------------------------------------------------ top-level files

    private interface Content {
        byte[] bytes();
    }

    /** Writes a top-level file unless it exists; true when this run created it. */
    private boolean topFile(String name, Kind kind, String source, Content content) {
        return topFile(name, kind, source, 0, content);
    }

    private boolean topFile(String name, Kind kind, String source, int prefilled, Content content) {
        Path target = root.resolve(name);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            keepTop(name, kind);
            return false;
        }
        boolean made = writeNew(target, content.bytes());
        if (made) {
            entries.add(new Entry(name, kind, true, source, prefilled));
            created.add(name);
        } else {
            keepTop(name, kind);
        }
        return made;
    }

    private void keepTop(String name, Kind kind) {
        entries.add(new Entry(name, kind, false, null, 0));
        kept.add(name);
    }

    // ------------------------------------------------------------------ evidence folders

    private String evidence(Campaign campaign) {
        Path dir = root.resolve(campaign.settings().evidence()).normalize();
        if (!dir.startsWith(root) || dir.equals(root)) {
            throw new InputException(Location.file(SettingsReader.FILE_NAME), "init.evidenceOutside",
                    campaign.settings().evidence());
        }
        return relative(dir);
    }

    private void folders(Campaign campaign, List<Task> tasks, String evidenceName, Set<String> onlyUnits) {
        Path evidence = root.resolve(evidenceName);
        if (tasks.isEmpty() && !Files.exists(evidence, LinkOption.NOFOLLOW_LINKS)) {
            folder(evidence);
            return;
        }
        if (!folder(evidence)) return;
        UnitDirectory directory = new UnitDirectory(campaign.units(), campaign.settings().region());
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        campaign.indicators().forEach(i -> indicators.put(i.id(), i));

        // existing unit folders, matched as the evidence walk matches them
        Map<String, Path> unitFolders = new LinkedHashMap<>();
        List<Path> unknownUnitFolders = new ArrayList<>();
        for (Path p : subfolders(evidence)) {
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
                kept.add(relative(unitFolder) + "/");
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
                    kept.add(relative(taskFolder) + "/");
                }
                note(taskFolder, indicator, t);
            }
        }
        staleFolders(unitFolders, unknownUnitFolders, campaign, onlyUnits);
    }

    /** The indicator folders of a unit folder by leading id, the first by name when several share one. */
    private Map<String, Path> indicatorFolders(Path unitFolder) {
        Map<String, Path> out = new LinkedHashMap<>();
        for (Path p : subfolders(unitFolder)) {
            IndicatorIds.leading(p.getFileName().toString()).ifPresent(id -> out.putIfAbsent(id, p));
        }
        return out;
    }

    private void note(Path taskFolder, Indicator indicator, Task task) {
        byte[] wanted = RequirementNote.bytes(indicator, task);
        Optional<Path> existing = files(taskFolder).stream()
                .filter(p -> FileNames.special(p.getFileName().toString()) == FileRole.REQUIREMENTS)
                .findFirst();
        if (existing.isEmpty()) {
            Path target = taskFolder.resolve(RequirementNote.FILE_NAME);
            if (writeNew(target, wanted)) created.add(relative(target));
            else kept.add(relative(target));
            return;
        }
        Path note = existing.get();
        kept.add(relative(note));
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
    private void staleFolders(Map<String, Path> unitFolders, List<Path> unknownUnitFolders, Campaign campaign,
                              Set<String> onlyUnits) {
        Set<List<String>> assigned = new HashSet<>();
        campaign.tasks().forEach(t -> assigned.add(List.of(t.indicator(), t.unit())));
        List<Path> out = new ArrayList<>();
        for (Map.Entry<String, Path> e : unitFolders.entrySet()) {
            if (!onlyUnits.isEmpty() && !onlyUnits.contains(e.getKey())) continue;
            for (Path p : subfolders(e.getValue())) {
                Optional<String> id = IndicatorIds.leading(p.getFileName().toString());
                if (id.isPresent() && !assigned.contains(List.of(id.get(), e.getKey()))) out.add(p);
            }
        }
        if (onlyUnits.isEmpty()) {
            for (Path unitFolder : unknownUnitFolders) {
                for (Path p : subfolders(unitFolder)) {
                    if (IndicatorIds.leading(p.getFileName().toString()).isPresent()) out.add(p);
                }
            }
        }
        out.stream().map(p -> relative(p) + "/").sorted().forEach(stale::add);
    }

    // ------------------------------------------------------------------ the disk

    /** Creates a folder unless it exists; false (and the path noted as blocked) when something else is there. */
    private boolean folder(Path dir) {
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            if (!dir.equals(root)) kept.add(relative(dir) + "/");
            return true;
        }
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(dir)) {
            blocked.add(relative(dir));
            return false;
        }
        try {
            Files.createDirectory(dir);
            created.add(relative(dir) + "/");
            return true;
        } catch (FileAlreadyExistsException e) {
            blocked.add(relative(dir));
            return false;
        } catch (IOException e) {
            throw new InputException(Location.file(relative(dir)), "init.cannotWrite", reason(e));
        }
    }

    /**
     * Writes a new file through a temp file beside it and a rename that refuses an existing target;
     * false when the target appeared meanwhile (it is left alone).
     */
    private boolean writeNew(Path target, byte[] bytes) {
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
            Files.move(tmp, target);
            return true;
        } catch (FileAlreadyExistsException e) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return false;
            throw new InputException(Location.file(relative(target)), "init.cannotWrite", reason(e));
        } catch (IOException e) {
            throw new InputException(Location.file(relative(target)), "init.cannotWrite", reason(e));
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover temp file is flagged by validate; nothing else to do
            }
        }
    }

    /** Real (not linked) subfolders, not hidden, not reserved (registers), by name. */
    private static List<Path> subfolders(Path dir) {
        List<Path> out = new ArrayList<>();
        for (Path p : list(dir)) {
            String n = p.getFileName().toString();
            if (n.startsWith(".") || EvidenceWalker.RESERVED.contains(n.toLowerCase(Locale.ROOT))) continue;
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) out.add(p);
        }
        return out;
    }

    private static List<Path> files(Path dir) {
        return list(dir).stream().filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
    }

    private static List<Path> list(Path dir) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return out;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) out.add(p);
        } catch (IOException e) {
            throw new InputException(Location.file(dir.toString()), "input.unreadable", reason(e));
        }
        out.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return out;
    }

    private String relative(Path p) {
        return root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
