package dossier.cli;

import dossier.core.ValidationResult;
import dossier.history.History;
import dossier.model.Location;
import dossier.shared.InputException;
import dossier.supervision.BulletinSettings;
import dossier.supervision.LedgerTrend;
import dossier.supervision.UnitTrends;
import dossier.write.LedgerCsv;
import dossier.write.LedgerXlsx;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** 工作台账 for the weekly supervision meeting. */
@Command(name = "ledger", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true)
final class LedgerCommand implements Callable<Integer> {
    private final Session session;

    @Mixin
    CommonOptions common;

    @Mixin
    RepositoryArgument repository;

    @Option(names = "--format", paramLabel = "xlsx|csv", descriptionKey = "ledger-format")
    String format = "xlsx";

    @Mixin
    HistoryOption history;

    LedgerCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        String f = format.strip().toLowerCase(Locale.ROOT);
        if (!f.equals("xlsx") && !f.equals("csv")) throw new InputException(Location.NONE, "arg.badFormat", format, "xlsx, csv");
        ValidationResult result = repository.validate(session, common);
        String name = "工作台账." + f;
        Path written = OutputTarget.writeFile(common.output, session, result.campaign(), name, out -> {
            if (f.equals("csv")) new LedgerCsv(session.messages()).write(result, out);
            else new LedgerXlsx(session.messages()).write(result, trend(result), out);
        });
        if (!common.quiet && written != null) session.out().println(session.messages().get("ledger.written", written, result.statuses().size()));
        return ExitCode.OK.code();
    }

    /** The 趋势 sheet once snapshots exist; a ledger of some units or indicators has none (snapshots hold the whole campaign). */
    private LedgerTrend trend(ValidationResult result) {
        if (!common.units.isEmpty() || !common.indicators.isEmpty()) return null;
        History.Folder folder = history.read(result.campaign(), session);
        if (folder.snapshots().isEmpty()) return null;
        return UnitTrends.of(result, folder.snapshots(), BulletinSettings.of(result.campaign().settings().bulletin()));
    }
}
