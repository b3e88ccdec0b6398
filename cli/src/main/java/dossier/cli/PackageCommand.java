package dossier.cli;

import dossier.core.PackagePlan;
import dossier.core.ValidationResult;
import dossier.i18n.FindingText;
import dossier.i18n.Messages;
import dossier.model.Finding;
import dossier.model.Location;
import dossier.model.Severity;
import dossier.shared.InputException;
import dossier.write.PackageWriter;
import dossier.write.SafeNames;
import dossier.write.report.ReportFormat;
import dossier.write.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** 申报材料: the upload bundle, refused while validate has errors unless --force. */
@Command(name = "package", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true)
final class PackageCommand implements Callable<Integer> {
    static final String REPORT = "自评报告.docx";
    private static final int SHOWN_ERRORS = 20;

    private final Session session;

    @Mixin
    CommonOptions common;

    @Mixin
    RepositoryArgument repository;

    @Option(names = "--force", descriptionKey = "force")
    boolean force;

    @Option(names = "--dry-run", descriptionKey = "dry-run")
    boolean dryRun;

    @Option(names = "--zip-encoding", paramLabel = "utf8|gbk", descriptionKey = "zip-encoding")
    String zipEncoding = "utf8";

    PackageCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        String encoding = zipEncoding.strip().toLowerCase(Locale.ROOT).replace("-", "");
        if (!encoding.equals("utf8") && !encoding.equals("gbk")) {
            throw new InputException(Location.NONE, "arg.badFormat", zipEncoding, "utf8, gbk");
        }
        Messages m = session.messages();
        PrintWriter out = session.out();
        ValidationResult result = repository.validate(session, common);
        List<Finding> errors = result.findings().stream().filter(f -> !f.waived() && f.severity() == Severity.ERROR).toList();
        boolean refused = !errors.isEmpty() && !force;
        PackagePlan plan = PackagePlan.of(result, name -> SafeNames.of(name, 80));
        if (refused) refuse(errors, m);
        if (dryRun || refused) {
            if (dryRun) describe(plan, m, out);
            return (refused ? ExitCode.FINDINGS : ExitCode.OK).code();
        }
        var settings = result.campaign().settings();
        // Rendered for this run's as-of date every time: a copy under out/ may be of another date, and
        // the same input and --as-of must give the same bundle.
        byte[] report = new ReportWriter(m, null, null).render(result, ReportFormat.DOCX);
        PackageWriter writer = new PackageWriter(m, encoding.equals("gbk"));
        List<PackageWriter.Packed>[] packed = new List[1];
        Path written = OutputTarget.writeFile(common.output, session, result.campaign(), "申报材料.zip",
                stream -> packed[0] = writer.write(result, plan, REPORT, report, stream));
        if (!common.quiet && written != null) {
            out.println(m.get("package.written", written, packed[0].size(), plan.leftOut().size()));
            out.println(m.get("package.reportFresh", result.campaign().asOf()));
            leftOut(plan, m, out);
        }
        out.flush();
        return ExitCode.OK.code();
    }

    private void refuse(List<Finding> errors, Messages m) {
        PrintWriter err = session.err();
        FindingText text = new FindingText(m);
        err.println(m.get("package.refused", errors.size()));
        for (Finding f : errors.subList(0, Math.min(SHOWN_ERRORS, errors.size()))) {
            String where = (f.unit() == null ? "" : f.unit() + " ") + (f.indicator() == null ? "" : "[" + f.indicator() + "] ");
            err.println("  " + f.ruleId() + " " + where + text.message(f));
        }
        if (errors.size() > SHOWN_ERRORS) err.println(m.get("package.moreErrors", errors.size() - SHOWN_ERRORS));
        err.flush();
    }

    private static void describe(PackagePlan plan, Messages m, PrintWriter out) {
        out.println(m.get("package.plan", plan.entries().size()));
        for (PackagePlan.Entry e : plan.entries()) out.println("  " + e.zipPath() + "  ←  " + e.source());
        leftOut(plan, m, out);
    }

    private static void leftOut(PackagePlan plan, Messages m, PrintWriter out) {
        if (plan.leftOut().isEmpty()) return;
        out.println(m.get("package.leftOut", plan.leftOut().size()));
        for (PackagePlan.LeftOut l : plan.leftOut()) {
            out.println("  " + l.source() + "  (" + l.rule() + " " + m.get("rule." + l.rule() + ".title") + ")");
        }
    }
}
