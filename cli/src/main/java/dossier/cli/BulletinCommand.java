package dossier.cli;

import dossier.app.ValidateRequest;
import dossier.app.Validator;
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
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** 工作进展通报 from the current result and the snapshots in the history folder: docx (default), html or md. */
@Command(name = "bulletin", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true)
final class BulletinCommand implements Callable<Integer> {
    static final String NAME = "工作进展通报";
    private final Session session;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", arity = "0..1", paramLabel = "REPO", descriptionKey = "repo")
    Path repository = Path.of(".");

    @Option(names = "--format", paramLabel = "docx|html|md", descriptionKey = "bulletin-format")
    String format = "docx";

    @Mixin
    HistoryOption history;

    @Option(names = "--template", paramLabel = "DIR", descriptionKey = "report-template")
    Path templates;

    @Option(names = "--reference", paramLabel = "FILE", descriptionKey = "report-reference")
    Path reference;

    BulletinCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        ReportFormat f = ReportFormat.parse(format)
                .orElseThrow(() -> new InputException(Location.NONE, "arg.badFormat", format, ReportFormat.choices()));
        boolean toStdout = "-".equals(common.output);
        if (toStdout && f == ReportFormat.DOCX) throw new InputException(Location.NONE, "report.docxToStdout");
        if (!common.units.isEmpty() || !common.indicators.isEmpty()) throw new InputException(Location.NONE, "bulletin.filtered");
        ReportWriter documents = new ReportWriter(session.messages(), templates, reference);
        ValidationResult result = Validator.validate(new ValidateRequest(repository, common.today(), common.sheet,
                List.of(), List.of()), ProgressLine.of(session, common));
        var settings = result.campaign().settings();
        BulletinSettings bulletinSettings = BulletinSettings.of(settings.bulletin());
        History.Folder folder = history.read(result.campaign(), session);
        Bulletin bulletin = new Bulletins(new ThresholdText(session.messages())).of(result, folder.snapshots(), bulletinSettings);
        byte[] bytes = new BulletinWriter(documents, result.campaign(), Offices.office(settings, session.messages()),
                Offices.campaignName(settings, session.messages())).render(bulletin, f);
        if (toStdout) {
            session.out().print(new String(bytes, StandardCharsets.UTF_8));
            session.out().flush();
            return ExitCode.OK.code();
        }
        Path written = OutputTarget.writeFile(common.output, session, OutputTarget.place(result.campaign(), templates,
                reference), result.campaign().root().resolve(settings.out())
                .resolve(NAME + "." + f.extension()), out -> out.write(bytes));
        if (!common.quiet) session.out().println(session.messages().get("bulletin.written", written, bulletin.snapshots()));
        return ExitCode.OK.code();
    }
}
