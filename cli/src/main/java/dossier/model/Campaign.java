package dossier.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything read from a repository's own files before evidence is looked at.
 *
 * @param root      the repository folder, absolute and normalised
 * @param sheetFile the task sheet's path relative to the repository, or null for the built-in catalogue
 * @param unitsFile the units table's path relative to the repository, or null
 * @param repeatedUnits rows of the units table that name a unit again (the first row is kept)
 */
public record Campaign(Path root, String repositoryName, LocalDate asOf, Settings settings,
                       String sheetFile, String sheetName, String unitsFile,
                       List<Unit> units, List<Indicator> indicators, List<Task> tasks,
                       List<Finding> findings, List<RepeatedUnit> repeatedUnits) {
    public Campaign {
        units = List.copyOf(units);
        indicators = List.copyOf(indicators);
        tasks = List.copyOf(tasks);
        findings = List.copyOf(findings);
        repeatedUnits = List.copyOf(repeatedUnits);
    }

    public List<String> areas() {
        return indicators.stream().map(Indicator::area).distinct().toList();
    }
}
