package dossier.cli;

import dossier.model.Location;
import dossier.read.ChineseDates;
import dossier.shared.InputException;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Options every repository command shares (a picocli mixin, not a base class). */
public class CommonOptions {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "as-of")
    String asOf;

    @Option(names = "--unit", paramLabel = "NAME", descriptionKey = "unit")
    List<String> units = new ArrayList<>();

    @Option(names = "--indicator", paramLabel = "ID", descriptionKey = "indicator")
    List<String> indicators = new ArrayList<>();

    @Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "sheet")
    String sheet;

    /** Read before picocli parses (it picks the help language); declared so picocli accepts it. */
    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "lang")
    String lang;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "output")
    String output;

    @Option(names = {"-q", "--quiet"}, descriptionKey = "quiet")
    boolean quiet;

    @Option(names = "--no-color", descriptionKey = "no-color")
    boolean noColor;

    /** "Today": --as-of, or the current date in Asia/Shanghai. */
    public LocalDate today() {
        if (asOf == null) return LocalDate.now(CHINA);
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            return ChineseDates.parse(asOf, LocalDate.now(CHINA).getYear())
                    .filter(d -> d.date() != null).map(d -> d.date())
                    .orElseThrow(() -> new InputException(Location.NONE, "arg.badDate", asOf));
        }
    }
}
