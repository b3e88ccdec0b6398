package dossier.cli;

import dossier.core.ValidateRequest;
import dossier.core.ValidationResult;
import dossier.core.Validator;
import dossier.model.Location;
import dossier.model.Severity;
import dossier.read.InputException;
import dossier.write.JsonReporter;
import dossier.write.Reporter;
import dossier.write.TextReporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true)
final class ValidateCommand implements Callable<Integer> {
    static final List<String> FORMATS = List.of("text", "json");

    private final Session session;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", arity = "0..1", paramLabel = "REPO", descriptionKey = "repo")
    Path repository = Path.of(".");

    @Option(names = "--format", paramLabel = "FORMAT[=FILE]", descriptionKey = "format")
    List<String> formats = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", descriptionKey = "fail-on")
    String failOn = "error";

    ValidateCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        Severity threshold = failThreshold();
        List<String[]> outputs = outputs();
        ValidationResult result = Validator.validate(new ValidateRequest(repository, common.today(), common.sheet,
                common.units, common.indicators));
        for (String[] o : outputs) {
            Reporter reporter = reporter(o[0]);
            OutputTarget.write(o[1], session, w -> reporter.write(result, w));
        }
        boolean fails = threshold != null && result.hasAtLeast(threshold);
        return (fails ? ExitCode.FINDINGS : ExitCode.OK).code();
    }

    /** The lowest severity that fails the run; null for never. "new" needs a baseline: without one every finding is new. */
    private Severity failThreshold() {
        return switch (failOn.strip().toLowerCase(Locale.ROOT)) {
            case "error", "new" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "never" -> null;
            default -> throw new InputException(Location.NONE, "arg.badFailOn", failOn);
        };
    }

    /** Each --format as {format, target}: "json=out/r.json" writes a file, a bare format goes to -o or stdout. */
    private List<String[]> outputs() {
        List<String[]> out = new ArrayList<>();
        List<String> requested = formats.isEmpty() ? List.of("text") : formats;
        for (String f : requested) {
            int eq = f.indexOf('=');
            String format = (eq < 0 ? f : f.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
            if (!FORMATS.contains(format)) {
                throw new InputException(Location.NONE, "arg.badFormat", format, String.join(", ", FORMATS));
            }
            out.add(new String[]{format, eq < 0 ? common.output : f.substring(eq + 1)});
        }
        return out;
    }

    private Reporter reporter(String format) {
        return switch (format) {
            case "json" -> new JsonReporter(session.messages());
            default -> new TextReporter(session.messages(), session.color(common.noColor), common.quiet);
        };
    }
}
