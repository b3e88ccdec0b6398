package dossier.app;

import dossier.app.Initializer.Kind;
import dossier.app.TopFilesPlan.TopFile;
import dossier.core.CampaignLoader;
import dossier.model.Campaign;
import dossier.model.Location;
import dossier.model.Unit;
import dossier.read.FileNames;
import dossier.read.SettingsReader;
import dossier.read.TaskSheetReader;
import dossier.read.UnitDirectory;
import dossier.read.UnitsReader;
import dossier.shared.InputException;
import dossier.write.CatalogueSheet;
import dossier.write.SettingsTemplate;
import dossier.write.UnitsTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Decides init's top-level files (dossier.yaml, the task sheet, the units table, .gitignore) after
 * checking everything given: an unusable --indicators or --units file, a DIR that is a file, an
 * evidence path outside the repository, or a given table that differs from the one the repository
 * already has is an {@link InputException} (exit 2), thrown before anything is written.
 */
final class TopFilesPlanner {
    static final Set<String> SHEET_EXTENSIONS = new LinkedHashSet<>(List.of("xlsx", "xls", "et", "csv", "yaml", "yml"));
    static final Set<String> UNITS_EXTENSIONS = new LinkedHashSet<>(List.of("xlsx", "xls", "et", "csv"));

    private TopFilesPlanner() {
    }

    static TopFilesPlan plan(Initializer.Request request) {
        Path root = request.directory().toAbsolutePath().normalize();
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new InputException(Location.file(request.directory().toString()), "init.notDirectory");
        }
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
        if (before != null) EvidencePlanner.evidenceFolder(root, before);
        String sheetTarget = givenSheet == null ? "indicators.xlsx" : "indicators." + extension(request.indicators());
        String unitsTarget = givenUnits == null ? "units.xlsx" : "units." + extension(request.units());
        checkConflict(root, before == null ? null : before.sheetFile(), givenSheet, request.indicators(), "init.sheetConflict");
        checkConflict(root, before == null ? null : before.unitsFile(), givenUnits, request.units(), "init.unitsConflict");

        boolean hasSheet = before != null && before.sheetFile() != null;
        boolean hasUnits = before != null && before.unitsFile() != null;
        // --sheet names a worksheet of the given or existing sheet; the built-in one has its own
        String sheetOption = hasSheet || givenSheet != null ? request.sheet() : null;
        String sheetName = hasSheet ? before.sheetFile() : sheetTarget;
        String unitsName = hasUnits ? before.unitsFile() : unitsTarget;
        List<TopFile> files = new ArrayList<>();
        files.add(file(root, SettingsReader.FILE_NAME, Kind.SETTINGS, null, 0,
                () -> SettingsTemplate.text(request.asOf().getYear(), sheetOption, sheetName, unitsName)
                        .getBytes(StandardCharsets.UTF_8)));
        if (hasSheet) {
            files.add(TopFile.kept(before.sheetFile(), Kind.SHEET));
        } else if (givenSheet != null) {
            files.add(file(root, sheetTarget, Kind.SHEET, request.indicators().toString(), 0, () -> givenSheet));
        } else {
            files.add(file(root, sheetTarget, Kind.SHEET, null, 0, () -> CatalogueSheet.builtin(request.asOf())));
        }
        if (hasUnits) {
            files.add(TopFile.kept(before.unitsFile(), Kind.UNITS));
        } else if (givenUnits != null) {
            files.add(file(root, unitsTarget, Kind.UNITS, request.units().toString(), 0, () -> givenUnits));
        } else {
            // a repository with unit folders and neither sheet nor table: the built-in catalogue made every
            // folder a unit; the template lists them so that the written sheet's 各单位 still means them
            List<String> folderUnits = before != null && before.sheetFile() == null
                    ? before.units().stream().map(Unit::name).toList() : List.of();
            files.add(file(root, unitsTarget, Kind.UNITS, null, folderUnits.size(),
                    () -> UnitsTemplate.write(request.asOf(), folderUnits)));
        }
        files.add(file(root, ".gitignore", Kind.GITIGNORE, null, 0, () -> "out/\n".getBytes(StandardCharsets.UTF_8)));
        return new TopFilesPlan(files, sheetOption);
    }

    /** A file to create, its content made only then; kept when something is there already. */
    private static TopFile file(Path root, String name, Kind kind, String source, int prefilled, Supplier<byte[]> content) {
        if (Files.exists(root.resolve(name), LinkOption.NOFOLLOW_LINKS)) return TopFile.kept(name, kind);
        return new TopFile(name, kind, source, prefilled, content.get());
    }

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
            throw new InputException(Location.file(shown), "input.unreadable", InitDisk.reason(e));
        }
    }

    /** A given file that differs from the table the repository already has cannot be put in: init never overwrites. */
    private static void checkConflict(Path root, String existing, byte[] given, Path givenPath, String key) {
        if (existing == null || given == null) return;
        try {
            if (!Arrays.equals(Files.readAllBytes(root.resolve(existing)), given)) {
                throw new InputException(Location.file(givenPath.toString()), key, existing);
            }
        } catch (IOException e) {
            throw new InputException(Location.file(existing), "input.unreadable", InitDisk.reason(e));
        }
    }

    private static String extension(Path file) {
        return FileNames.extension(file.getFileName().toString());
    }
}
