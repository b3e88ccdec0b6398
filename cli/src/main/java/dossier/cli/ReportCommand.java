package dossier.cli;

import dossier.core.ValidationResult;
import dossier.write.report.ReportFormat;
import dossier.write.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

    @Mixin
    RepositoryArgument repository;

    @Option(names = "--format", paramLabel = "docx|html|md", descriptionKey = "report-format")
    String format = "docx";

    @Mixin
    DocumentOptions documents;

    ReportCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        ReportFormat f = DocumentOptions.format(format, common);
        ReportWriter writer = documents.writer(session);
        ValidationResult result = repository.validate(session, common);
        Path written = documents.write(writer.render(result, f), NAME, f, result.campaign(), session, common);
        if (written != null && !common.quiet) session.out().println(session.messages().get("report.written", written));
        return ExitCode.OK.code();
    }
}
