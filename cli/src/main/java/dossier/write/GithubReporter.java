package dossier.write;

import dossier.core.ValidationResult;
import dossier.i18n.FindingText;
import dossier.i18n.Messages;
import dossier.model.Finding;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/** GitHub Actions workflow commands: one ::error/::warning/::notice line per finding. */
public final class GithubReporter implements Reporter {
    private final FindingText text;
    private final String prefix;

    /** @param prefix the repository's path inside the checkout ("" when validate runs at its root) */
    public GithubReporter(Messages messages, String prefix) {
        this.text = new FindingText(messages);
        this.prefix = prefix;
    }

    @Override
    public void write(ValidationResult result, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        for (Finding f : result.findings()) {
            String level = f.waived() ? "notice" : switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            StringBuilder line = new StringBuilder("::").append(level).append(' ');
            if (f.file() != null) {
                line.append("file=").append(property(prefix + f.file())).append(',');
                if (f.location().row() != null) line.append("line=").append(f.location().row()).append(',');
            }
            String where = (f.unit() == null ? "" : f.unit() + " ") + (f.indicator() == null ? "" : f.indicator() + " ");
            line.append("title=").append(property(f.ruleId() + (where.isBlank() ? "" : " " + where.strip())));
            line.append("::").append(data(text.message(f)));
            out.println(line);
        }
        out.flush();
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
