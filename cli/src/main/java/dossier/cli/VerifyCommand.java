package dossier.cli;

import dossier.core.BundleVerifier;
import dossier.i18n.Localized;
import dossier.i18n.Messages;
import dossier.read.ZipBundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** For whoever receives a bundle: is it what its manifest says? 0 intact, 1 altered, 2 not a bundle. */
@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true)
final class VerifyCommand implements Callable<Integer> {
    private final Session session;

    @Parameters(index = "0", paramLabel = "BUNDLE.zip", descriptionKey = "bundle")
    Path bundle;

    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "lang")
    String lang;

    @Option(names = {"-q", "--quiet"}, descriptionKey = "quiet")
    boolean quiet;

    VerifyCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        Messages m = session.messages();
        BundleVerifier.Verdict v;
        try (ZipBundle zip = ZipBundle.open(bundle)) {
            v = BundleVerifier.verify(zip);
        }
        PrintWriter out = session.out();
        v.unhashed().forEach(name -> session.err().println(m.get("verify.unhashed", name)));
        session.err().flush();
        if (v.intact()) {
            if (!quiet) out.println(m.get("verify.intact", bundle, v.checked()));
            out.flush();
            return ExitCode.OK.code();
        }
        out.println(m.get("verify.altered", bundle));
        v.missing().forEach(p -> out.println(m.get("verify.missing", p)));
        v.extra().forEach(p -> out.println(m.get("verify.extra", p)));
        v.altered().forEach(a -> out.println(m.get("verify.changed", a.path(), a.why())));
        for (Localized p : v.manifestProblems()) out.println(m.get("verify.manifestProblem", p));
        for (Localized p : v.resultProblems()) out.println(m.get("verify.resultProblem", p));
        out.println(m.get("verify.total", v.missing().size(), v.extra().size(), v.altered().size(),
                v.manifestProblems().size() + v.resultProblems().size()));
        out.flush();
        return ExitCode.FINDINGS.code();
    }
}
