package dossier.cli;

import dossier.model.Campaign;
import dossier.model.Location;
import dossier.shared.InputException;
import dossier.shared.OutputPlace;
import dossier.write.report.ReportFormat;
import dossier.write.report.ReportWriter;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * --template and --reference of the commands that write documents (report, bulletin, notices; a
 * picocli mixin), and where such a document goes.
 */
public class DocumentOptions {
    @Option(names = "--template", paramLabel = "DIR", descriptionKey = "report-template")
    Path templates;

    @Option(names = "--reference", paramLabel = "FILE", descriptionKey = "report-reference")
    Path reference;

    /** --format as a document format, checked before the repository is read: a docx cannot go to stdout (-o -). */
    static ReportFormat format(String format, CommonOptions common) {
        ReportFormat f = ReportFormat.parse(format)
                .orElseThrow(() -> new InputException(Location.NONE, "arg.badFormat", format, ReportFormat.choices()));
        if ("-".equals(common.output) && f == ReportFormat.DOCX) {
            throw new InputException(Location.NONE, "report.docxToStdout");
        }
        return f;
    }

    ReportWriter writer(Session session) {
        return new ReportWriter(session.messages(), templates, reference);
    }

    /** Where outputs may go: never over the repository's inputs, the templates or the reference document. */
    OutputPlace place(Campaign campaign) {
        return OutputTarget.place(campaign, templates, reference);
    }

    /** The document on stdout (-o -; returns null), in -o FILE, or in the repository's out/NAME.EXT; the file written. */
    Path write(byte[] document, String name, ReportFormat format, Campaign campaign, Session session,
               CommonOptions common) throws IOException {
        if ("-".equals(common.output)) {
            session.out().print(new String(document, StandardCharsets.UTF_8));
            session.out().flush();
            return null;
        }
        Path file = campaign.root().resolve(campaign.settings().out()).resolve(name + "." + format.extension());
        return OutputTarget.writeFile(common.output, session, place(campaign), file, out -> out.write(document));
    }
}
