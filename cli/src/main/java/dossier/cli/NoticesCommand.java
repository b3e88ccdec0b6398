package dossier.cli;

import dossier.core.ValidationResult;
import dossier.model.Location;
import dossier.shared.InputException;
import dossier.shared.OutputPlace;
import dossier.supervision.Notice;
import dossier.supervision.Notices;
import dossier.write.NoticeSummaryXlsx;
import dossier.write.SafeNames;
import dossier.write.report.NoticeWriter;
import dossier.write.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** 督办通知: one notice per unit with work to do (docx, md, txt), and a summary workbook. */
@Command(name = "notices", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true)
final class NoticesCommand implements Callable<Integer> {
    static final List<String> FORMATS = List.of("docx", "md", "txt");
    static final String FOLDER = "通知";
    static final String SUMMARY = "通知汇总.xlsx";
    private final Session session;

    @Mixin
    CommonOptions common;

    @Mixin
    RepositoryArgument repository;

    @Option(names = "--format", paramLabel = "docx|md|txt", descriptionKey = "notices-format")
    List<String> formats = new ArrayList<>();

    @Mixin
    DocumentOptions documents;

    NoticesCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws IOException {
        Set<String> wanted = formats();
        ReportWriter documentWriter = documents.writer(session);
        ValidationResult result = repository.validate(session, common);
        var settings = result.campaign().settings();
        List<Notice> notices = new Notices(session.messages()).of(result);
        String campaignName = Offices.campaignName(settings, session.messages());
        NoticeWriter writer = new NoticeWriter(documentWriter, result.campaign(), Offices.office(settings, session.messages()),
                campaignName);
        OutputPlace place = documents.place(result.campaign());
        Path folder = place.checkFolder(common.output != null ? Path.of(common.output)
                : result.campaign().root().resolve(settings.out()).resolve(FOLDER), common.output == null);
        int written = 0;
        for (Notice n : notices) {
            String base = SafeNames.of(n.unit(), 120);
            for (String f : FORMATS) {
                Path file = folder.resolve(base + "." + f);
                if (!n.hasWork() || !wanted.contains(f)) {
                    // A unit that has finished keeps no notice from an earlier run.
                    if (!n.hasWork()) Files.deleteIfExists(file);
                    continue;
                }
                byte[] bytes = switch (f) {
                    case "docx" -> writer.docx(n);
                    case "md" -> writer.md(n);
                    default -> writer.txt(n);
                };
                OutputTarget.writeFile(file.toString(), session, place, file, out -> out.write(bytes));
            }
            if (n.hasWork()) written++;
        }
        String title = session.messages().get("notices.summary.title", campaignName, result.campaign().asOf());
        byte[] summary = new NoticeSummaryXlsx(session.messages()).write(notices, title, result.campaign().asOf());
        OutputTarget.writeFile(folder.resolve(SUMMARY).toString(), session, place, folder.resolve(SUMMARY),
                out -> out.write(summary));
        if (!common.quiet) {
            session.out().println(session.messages().get("notices.written", written, notices.size() - written,
                    folder.toAbsolutePath().normalize()));
        }
        return ExitCode.OK.code();
    }

    /** docx and txt unless --format says otherwise: the paper notice, and the text for the chat group. */
    private Set<String> formats() {
        Set<String> out = new LinkedHashSet<>();
        for (String f : formats.isEmpty() ? List.of("docx", "txt") : formats) {
            for (String one : f.split(",")) {
                String t = one.strip().toLowerCase(Locale.ROOT);
                if (t.equals("markdown")) t = "md";
                if (!FORMATS.contains(t)) throw new InputException(Location.NONE, "arg.badFormat", one, String.join(", ", FORMATS));
                out.add(t);
            }
        }
        return out;
    }
}
