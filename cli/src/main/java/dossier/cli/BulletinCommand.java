package dossier.cli;

import dossier.core.ValidationResult;
import dossier.history.History;
import dossier.i18n.ThresholdText;
import dossier.model.Location;
import dossier.shared.InputException;
import dossier.supervision.Bulletin;
import dossier.supervision.BulletinSettings;
import dossier.supervision.Bulletins;
import dossier.write.report.BulletinWriter;
import dossier.write.report.ReportFormat;
import dossier.write.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** 工作进展通报 from the current result and the snapshots in the history folder: docx (default), html or md. */
@Command(name = "bulletin", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true)
final class BulletinCommand implements Callable<Integer> {
    static final String NAME = "工作进展通报";
    private final Session session;

    @Mixin
    CommonOptions common;

    @Mixin
    RepositoryArgument repository;

    @Option(names = "--format", paramLabel = "docx|html|md", descriptionKey = "bulletin-format")
    String format = "docx";

    @Mixin
    HistoryOption history;

    @Mixin
    DocumentOptions documents;

    BulletinCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        ReportFormat f = DocumentOptions.format(format, common);
        if (!common.units.isEmpty() || !common.indicators.isEmpty()) throw new InputException(Location.NONE, "bulletin.filtered");
        ReportWriter documentWriter = documents.writer(session);
        ValidationResult result = repository.validate(session, common);
        var settings = result.campaign().settings();
        BulletinSettings bulletinSettings = BulletinSettings.of(settings.bulletin());
        History.Folder folder = history.read(result.campaign(), session);
        Bulletin bulletin = new Bulletins(new ThresholdText(session.messages())).of(result, folder.snapshots(), bulletinSettings);
        byte[] bytes = new BulletinWriter(documentWriter, result.campaign(), Offices.office(settings, session.messages()),
                Offices.campaignName(settings, session.messages())).render(bulletin, f);
        Path written = documents.write(bytes, NAME, f, result.campaign(), session, common);
        if (written != null && !common.quiet) session.out().println(session.messages().get("bulletin.written", written, bulletin.snapshots()));
        return ExitCode.OK.code();
    }
}
