package dossier.cli;

import dossier.core.Baseline;
import dossier.core.ValidationResult;
import dossier.history.History;
import dossier.history.SnapshotJson;
import dossier.history.Snapshots;
import dossier.model.Location;
import dossier.model.Severity;
import dossier.shared.InputException;
import dossier.shared.OutputPlace;
import dossier.write.GithubReporter;
import dossier.write.JsonReporter;
import dossier.write.JunitReporter;
import dossier.write.MarkdownReporter;
import dossier.write.Reporter;
import dossier.write.SarifReporter;
import dossier.write.TextReporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true)
final class ValidateCommand implements Callable<Integer> {
    static final List<String> FORMATS = List.of("text", "json", "junit", "sarif", "github", "markdown");

    private final Session session;

    @Mixin
    CommonOptions common;

    @Mixin
    RepositoryArgument repository;

    @Option(names = "--format", paramLabel = "FORMAT[=FILE]", descriptionKey = "format")
    List<String> formats = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", descriptionKey = "fail-on")
    String failOn = "error";

    @Option(names = "--baseline", paramLabel = "FILE", descriptionKey = "baseline")
    Path baseline;

    @Option(names = "--save", descriptionKey = "save")
    boolean save;

    @Mixin
    HistoryOption history;

    ValidateCommand(Session session) {
        this.session = session;
    }

    private record Output(String format, String target) {
    }

    @Override
    public Integer call() throws Exception {
        String level = failOn.strip().toLowerCase(Locale.ROOT);
        Severity threshold = failThreshold(level);
        if (level.equals("new") && baseline == null) throw new InputException(Location.NONE, "baseline.required");
        List<Output> outputs = outputs();
        if (save && (!common.units.isEmpty() || !common.indicators.isEmpty())) {
            throw new InputException(Location.NONE, "history.saveFiltered");
        }
        Baseline earlier = baseline == null ? null : Baseline.read(baseline);
        ValidationResult result = repository.validate(session, common);
        if (earlier != null) result = result.withBaseline(earlier.compare(result.findings()));
        OutputPlace place = OutputTarget.place(result.campaign(), baseline);
        for (Output o : outputs) {
            if (o.target() != null && !o.target().equals("-")) place.check(Path.of(o.target()), false);
        }
        for (Output o : outputs) {
            Reporter reporter = reporter(o.format(), threshold);
            ValidationResult r = result;
            OutputTarget.write(o.target(), session, place, w -> reporter.write(r, w));
        }
        if (save) saveSnapshot(result);
        return (fails(result, level, threshold) ? ExitCode.FINDINGS : ExitCode.OK).code();
    }

    /** One file per as-of date, replaced when the same day is run again. */
    private void saveSnapshot(ValidationResult result) throws java.io.IOException {
        Path file = history.folder(result.campaign()).resolve(History.fileName(result.campaign().asOf()));
        OutputTarget.writeFile(file.toString(), session, OutputTarget.place(result.campaign(), baseline), file,
                out -> {
                    var w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
                    SnapshotJson.write(Snapshots.of(result), w);
                    w.flush();
                });
        if (!common.quiet) session.err().println(session.messages().get("history.saved", file));
        session.err().flush();
    }

    /** new: a finding at warning or above that the baseline does not have. */
    private static boolean fails(ValidationResult result, String level, Severity threshold) {
        if (threshold == null) return false;
        if (!level.equals("new")) return result.hasAtLeast(threshold);
        for (int i = 0; i < result.findings().size(); i++) {
            var f = result.findings().get(i);
            if (result.isNew(i) && f.failsAt(threshold)) return true;
        }
        return false;
    }

    private Severity failThreshold(String level) {
        return switch (level) {
            case "error" -> Severity.ERROR;
            case "warning", "new" -> Severity.WARNING;
            case "never" -> null;
            default -> throw new InputException(Location.NONE, "arg.badFailOn", failOn);
        };
    }

    /** Each --format: "json=out/r.json" writes a file, a bare format goes to -o or stdout. */
    private List<Output> outputs() {
        List<Output> out = new ArrayList<>();
        List<String> requested = formats.isEmpty() ? List.of("text") : formats;
        for (String f : requested) {
            int eq = f.indexOf('=');
            String format = (eq < 0 ? f : f.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
            if (!FORMATS.contains(format)) {
                throw new InputException(Location.NONE, "arg.badFormat", format, String.join(", ", FORMATS));
            }
            out.add(new Output(format, eq < 0 ? common.output : f.substring(eq + 1)));
        }
        return out;
    }

    private Reporter reporter(String format, Severity threshold) {
        return switch (format) {
            case "json" -> new JsonReporter(session.messages());
            case "junit" -> new JunitReporter(session.messages(), threshold);
            case "sarif" -> new SarifReporter(session.messages(), checkoutPrefix());
            case "github" -> new GithubReporter(session.messages(), checkoutPrefix());
            case "markdown" -> new MarkdownReporter(session.messages());
            default -> new TextReporter(session.messages(), session.color(common.noColor), common.quiet);
        };
    }

    /** Annotations need paths from where CI runs (the checkout): the repository's path below the working folder. */
    private String checkoutPrefix() {
        Path here = Path.of("").toAbsolutePath().normalize();
        Path repo = repository.path.toAbsolutePath().normalize();
        if (!repo.startsWith(here) || repo.equals(here)) return "";
        return here.relativize(repo).toString().replace('\\', '/') + "/";
    }
}
