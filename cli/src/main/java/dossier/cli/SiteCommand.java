package dossier.cli;

import dossier.core.ValidationResult;
import dossier.write.report.ReportTemplates;
import dossier.write.site.SiteModel;
import dossier.write.site.SiteModelBuilder;
import dossier.write.site.SiteOptions;
import dossier.write.site.SiteRenderer;
import dossier.write.site.SiteTrend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** 督导平台: a static site of the campaign's progress, from templates the office can edit. */
@Command(name = "site", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true)
final class SiteCommand implements Callable<Integer> {
    static final String FOLDER = "site";
    private final Session session;

    @Mixin
    CommonOptions common;

    @Mixin
    HistoryOption history;

    @Mixin
    RepositoryArgument repository;

    @Option(names = "--template", paramLabel = "DIR", descriptionKey = "site-template")
    Path templates;

    @Option(names = "--names", descriptionKey = "site-names")
    boolean names;

    @Option(names = "--link-evidence", descriptionKey = "site-link-evidence")
    boolean linkEvidence;

    SiteCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        SiteRenderer renderer = new SiteRenderer(ReportTemplates.of(templates, session.lang()));
        ValidationResult result = repository.validate(session, common);
        Path dir = OutputTarget.directory(common.output, result.campaign(), FOLDER);
        String base = linkEvidence ? relative(dir, result.campaign().root()) : null;
        SiteTrend trend = SiteTrend.of(history.read(result.campaign(), session).before(result.campaign().asOf()), result);
        SiteModel model = SiteModelBuilder.build(result, session.messages(),
                new SiteOptions(names, base, trend.overall(), trend.units()));
        Map<String, byte[]> files = renderer.render(model);
        OutputTarget.writeSite(dir, files);
        if (!common.quiet) {
            session.out().println(session.messages().get("site.written", dir, files.size()));
            session.out().println(session.messages().get("site.open", dir.resolve("index.html").toUri()));
        }
        return ExitCode.OK.code();
    }

    /** The repository root as a relative URL from the site's folder, ending in "/". */
    private static String relative(Path dir, Path root) {
        StringBuilder out = new StringBuilder();
        for (Path segment : dir.relativize(root.toAbsolutePath().normalize())) {
            String s = segment.toString();
            if (s.isEmpty()) continue;
            out.append(java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")).append('/');
        }
        return out.toString();
    }
}
