package dossier.cli;

import dossier.app.ValidateRequest;
import dossier.app.Validator;
import dossier.core.ValidationResult;
import dossier.model.Location;
import dossier.shared.InputException;
import dossier.write.report.ReportFormat;
import dossier.write.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** 自评报告: docx (default), html or md, from templates the office can edit. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true)
final class ReportCommand implements Callable<Integer> {
    static final String NAME = "自评报告";
    private final Session session;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", arity = "0..1", paramLabel = "REPO", descriptionKey = "repo")
    Path repository = Path.of(".");

    @Option(names = "--format", paramLabel = "docx|html|md", descriptionKey = "report-format")
    String format = "docx";

    @Option(names = "--template", paramLabel = "DIR", descriptionKey = "report-template")
    Path templates;

    @Option(names = "--reference", paramLabel = "FILE", descriptionKey = "report-reference")
    Path reference;

    ReportCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        ReportFormat f = ReportFormat.parse(format)
                .orElseThrow(() -> new InputException(Location.NONE, "arg.badFormat", format, ReportFormat.choices()));
        boolean toStdout = "-".equals(common.output);
        if (toStdout && f == ReportFormat.DOCX) throw new InputException(Location.NONE, "report.docxToStdout");
        ReportWriter writer = new ReportWriter(session.messages(), templates, reference);
        ValidationResult result = Validator.validate(new ValidateRequest(repository, common.today(), common.sheet,
                common.units, common.indicators), ProgressLine.of(session, common));
        byte[] bytes = writer.render(result, f);
        if (toStdout) {
            session.out().print(new String(bytes, StandardCharsets.UTF_8));
            session.out().flush();
            return ExitCode.OK.code();
        }
        Path written = OutputTarget.writeFile(common.output, session, OutputTarget.place(result.campaign(), templates,
                reference), result.campaign().root().resolve(result.campaign().settings().out()).resolve(NAME + "."
                + f.extension()), out -> out.write(bytes));
        if (!common.quiet) session.out().println(session.messages().get("report.written", written));
        return ExitCode.OK.code();
    }
}
