package dossier.history;

import dossier.Version;
import dossier.core.Coverage;
import dossier.core.ValidationResult;
import dossier.model.Finding;
import dossier.model.Severity;
import dossier.model.TaskStatus;
import dossier.model.ThresholdResult;
import dossier.rules.DeadlineRules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Builds the snapshot of a validate result. */
public final class Snapshots {
    private Snapshots() {
    }

    public static Snapshot of(ValidationResult result) {
        var c = result.campaign();
        Coverage coverage = result.coverage();
        List<Snapshot.UnitCounts> units = new ArrayList<>();
        Map<String, Counting> counting = counting(result);
        coverage.byUnit().forEach((unit, tally) -> units.add(counting.getOrDefault(unit, new Counting()).of(unit, tally)));
        List<Snapshot.TaskEntry> tasks = new ArrayList<>();
        for (TaskStatus s : result.statuses()) {
            tasks.add(new Snapshot.TaskEntry(s.task().indicator(), s.task().unit(), s.task().role(), s.task().due(), s.state()));
        }
        List<Snapshot.ThresholdEntry> thresholds = result.thresholds().stream()
                .map(t -> new Snapshot.ThresholdEntry(t.spec().id(), t.spec().task(), t.unit(), t.status().id(), t.value(),
                        t.spec().op().symbol(), t.spec().target()))
                .toList();
        List<Snapshot.FindingKey> findings = result.findings().stream()
                .map(f -> new Snapshot.FindingKey(f.ruleId(), f.severity(), f.unit(), f.indicator(), f.location().file(),
                        digest(f.subject()), f.waived()))
                .toList();
        return new Snapshot(c.asOf(), Version.get(), source(c), result.partial(), coverage.overall(), coverage.byArea(),
                units, tasks, thresholds, findings);
    }

    public static Snapshot.Source source(dossier.model.Campaign c) {
        return new Snapshot.Source(c.repositoryName(), c.settings().name(), c.settings().year());
    }

    /** Each unit's finding counts and threshold shortfalls, from one pass over the result. */
    private static Map<String, Counting> counting(ValidationResult result) {
        Map<String, Counting> out = new HashMap<>();
        for (Finding f : result.findings()) {
            if (f.unit() == null) continue;
            Counting c = out.computeIfAbsent(f.unit(), u -> new Counting());
            if (f.waived()) {
                c.waived++;
                continue;
            }
            c.counts.merge(f.severity(), 1, Integer::sum);
            if (f.ruleId().equals(DeadlineRules.OVERDUE.id())) c.overdue++;
            if (f.ruleId().equals(DeadlineRules.DUE_SOON.id())) c.dueSoon++;
        }
        for (ThresholdResult t : result.thresholds()) {
            if (shortfall(t)) out.computeIfAbsent(t.unit(), u -> new Counting()).shortfalls++;
        }
        return out;
    }

    private static final class Counting {
        int overdue;
        int dueSoon;
        int waived;
        int shortfalls;
        final Map<Severity, Integer> counts = new EnumMap<>(Severity.class);

        Counting() {
            for (Severity s : Severity.values()) counts.put(s, 0);
        }

        Snapshot.UnitCounts of(String unit, Coverage.Tally tally) {
            return new Snapshot.UnitCounts(unit, tally, overdue, dueSoon, shortfalls, counts, waived);
        }
    }

    /** A threshold result that is not met: failed, a figure missing, or still short while the period runs. */
    public static boolean shortfall(ThresholdResult t) {
        return switch (t.status()) {
            case FAIL, MISSING, PROGRESS -> true;
            case PASS, NOT_APPLICABLE -> false;
        };
    }

    /** The first 16 hex digits of SHA-256: enough to match a finding across runs, nothing to read a name from. */
    static String digest(String subject) {
        if (subject == null || subject.isEmpty()) return "";
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
