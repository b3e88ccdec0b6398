package dossier.cli;

import dossier.model.Location;
import dossier.shared.InputException;
import dossier.write.report.ReportTemplates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code dossier templates export DIR}: the default report templates and reference.docx, for editing;
 * the English set (same file names) with {@code --lang en}.
 */
@Command(name = "templates", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true)
final class TemplatesCommand implements Callable<Integer> {
    private final Session session;

    TemplatesCommand(Session session) {
        this.session = session;
    }

    @Spec
    CommandSpec spec;

    /** Without a subcommand: the usage, and exit 2 (a subcommand is missing). */
    @Override
    public Integer call() {
        spec.commandLine().usage(session.err());
        return ExitCode.UNUSABLE_INPUT.code();
    }

    @Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            usageHelpAutoWidth = true)
    int export(@Parameters(index = "0", paramLabel = "DIR", descriptionKey = "templates-dir") Path dir,
               @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "lang") String lang) throws IOException {
        // --lang is read by Main before parsing (as is DOSSIER_LANG); declared here so that picocli
        // accepts it. The session's language picks the set: Chinese by default, English with en.
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException(Location.file(dir.toString()), "report.export.notDirectory");
        }
        try {
            Files.createDirectories(dir);
            int written = 0;
            for (var file : ReportTemplates.exported(session.lang()).entrySet()) {
                Path target = dir.resolve(file.getKey());
                if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    session.out().println(session.messages().get("report.export.kept", target));
                    continue;
                }
                // Not Files.createTempFile: that makes the file owner-only, and templates are shared.
                Files.createDirectories(target.getParent());
                Path tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
                try {
                    Files.write(tmp, file.getValue(), java.nio.file.StandardOpenOption.CREATE_NEW);
                    Files.move(tmp, target);
                } finally {
                    Files.deleteIfExists(tmp);
                }
                written++;
                session.out().println(session.messages().get("report.export.created", target));
            }
            session.out().println(session.messages().get("report.export.done", written, dir));
        } catch (IOException e) {
            throw new InputException(Location.file(dir.toString()), "output.cannotWrite", e.getMessage());
        }
        return ExitCode.OK.code();
    }
}
