package dossier.check;

import dossier.core.UnitFigures;
import dossier.model.Figure;
import dossier.model.Finding;
import dossier.model.RepeatedCertificate;
import dossier.read.MetricKeys;
import dossier.read.MetricValues;
import dossier.rules.RegisterRules;
import dossier.rules.Rule;
import dossier.shared.ChineseText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the inputs of the thresholds say about themselves once read: a 执法证号 two roster rows
 * share (the second is not counted), and a percentage in metrics.yaml written as a fraction of 1,
 * which is read as written but probably meant otherwise.
 */
final class RegisterCheck implements Check {
    private static final Pattern DECIMAL = Pattern.compile("\\d+(?:\\.\\d+)?");

    @Override
    public String name() {
        return "registers";
    }

    @Override
    public List<Rule> rules() {
        return List.of(RegisterRules.DUPLICATE_CERTIFICATE, RegisterRules.PERCENT_AS_FRACTION);
    }

    @Override
    public Verdict judge(RepositoryModel model) {
        List<Finding> out = new ArrayList<>();
        for (UnitFigures u : model.figures().values()) {
            for (Figure f : u.declared().values()) {
                if (!looksLikeFraction(f)) continue;
                out.add(RegisterRules.PERCENT_AS_FRACTION.at(f.written().at(), u.unit(), null, f.key(), f.written().key(),
                        f.written().value(), MetricValues.plain(f.number() * 100)));
            }
            for (RepeatedCertificate r : u.registers().repeatedCertificates()) {
                out.add(RegisterRules.DUPLICATE_CERTIFICATE.at(r.at(), u.unit(), null, r.certificate(), r.certificate(),
                        r.name(), r.first().name(), r.first().location().file(), r.first().location().row()));
            }
        }
        return Verdict.of(out);
    }

    /** A percentage written as a bare number in (0, 1] — 0.96, not 96 or "0.96%" — was likely meant as a fraction of 1. */
    private static boolean looksLikeFraction(Figure f) {
        boolean percent = MetricKeys.find(f.key()).map(k -> k.kind() == MetricKeys.Kind.PERCENT).orElse(false);
        if (!percent || f.number() == null || f.written() == null) return false;
        double n = f.number();
        return n > 0 && n <= 1 && DECIMAL.matcher(ChineseText.compact(f.written().value())).matches();
    }
}
