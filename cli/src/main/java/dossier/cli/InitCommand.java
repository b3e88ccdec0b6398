package dossier.cli;

import dossier.app.Initializer;
import dossier.i18n.Messages;
import dossier.model.Location;
import dossier.shared.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true)
final class InitCommand implements Callable<Integer> {
    private static final String INDENT = "  ";

    private final Session session;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", descriptionKey = "init-dir")
    Path directory = Path.of(".");

    @Option(names = "--indicators", paramLabel = "FILE", descriptionKey = "init-indicators")
    Path indicators;

    @Option(names = "--units", paramLabel = "FILE", descriptionKey = "init-units")
    Path units;

    InitCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        if (common.output != null) throw new InputException(Location.NONE, "init.noOutput");
        Initializer.Result result = Initializer.init(new Initializer.Request(directory, indicators, units,
                common.today(), common.sheet, common.units, common.indicators));
        print(result, session.messages(), session.out());
        return ExitCode.OK.code();
    }

    private void print(Initializer.Result r, Messages m, PrintWriter out) {
        if (!common.quiet) {
            out.println(m.get("init.title", r.directory()));
            for (Initializer.Entry e : r.entries()) out.println(INDENT + entry(e, r, m));
            if (r.sheetFile() != null) {
                out.println(m.get("init.tasks", r.sheetFile(), r.indicators(), r.units(), r.tasks()));
            }
            out.println(m.get("init.evidence", r.evidence() + "/", r.createdEvidenceFolders(), r.createdNotes(),
                    r.keptEvidence()));
            if (r.noUnits()) out.println(m.get("init.noUnits", r.unitsFile() == null ? "units.xlsx" : r.unitsFile()));
            list(out, m, "init.blocked", r.blocked());
            list(out, m, "init.outdated", r.outdated());
        }
        list(out, m, "init.stale", r.stale());
        out.println(m.get("init.summary", r.createdFiles(), r.createdFolders(), r.kept().size(), r.stale().size()));
        boolean fresh = r.entries().stream().anyMatch(e -> e.kind() == Initializer.Kind.SETTINGS && e.created());
        if (fresh && !common.quiet) out.println(m.get("init.next", directory));
        out.flush();
    }

    private static String entry(Initializer.Entry e, Initializer.Result r, Messages m) {
        if (!e.created()) return m.get("init.kept", e.path());
        if (e.source() != null) return m.get("init.copied", e.path(), e.source());
        return switch (e.kind()) {
            case SHEET -> m.get("init.createdSheet", e.path(), r.indicators());
            case UNITS -> e.prefilled() > 0 ? m.get("init.createdUnitsFromFolders", e.path(), e.prefilled())
                    : m.get("init.createdUnits", e.path());
            default -> m.get("init.created", e.path());
        };
    }

    private static void list(PrintWriter out, Messages m, String key, List<String> paths) {
        if (paths.isEmpty()) return;
        out.println(m.get(key, paths.size()));
        for (String p : paths) out.println(INDENT + p);
    }
}
