package dossier.check;

import dossier.model.Finding;
import dossier.model.ThresholdResult;

import java.util.ArrayList;
import java.util.List;

/** What the checks concluded: their findings and each threshold's result per unit. */
public record Verdict(List<Finding> findings, List<ThresholdResult> thresholds) {
    public static final Verdict NONE = new Verdict(List.of(), List.of());

    public Verdict {
        findings = List.copyOf(findings);
        thresholds = List.copyOf(thresholds);
    }

    public static Verdict of(List<Finding> findings) {
        return new Verdict(findings, List.of());
    }

    public Verdict and(Verdict other) {
        List<Finding> f = new ArrayList<>(findings);
        f.addAll(other.findings);
        List<ThresholdResult> t = new ArrayList<>(thresholds);
        t.addAll(other.thresholds);
        return new Verdict(f, t);
    }
}
