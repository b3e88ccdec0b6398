package dossier.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** What a validate run was asked: the repository, "today", and the --unit/--indicator filters. */
public record ValidateRequest(Path repository, LocalDate asOf, String sheet, List<String> units,
                              List<String> indicators) {
    public ValidateRequest {
        units = List.copyOf(units);
        indicators = List.copyOf(indicators);
    }
}
