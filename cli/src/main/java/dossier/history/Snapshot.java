package dossier.history;

import dossier.core.Coverage;
import dossier.model.Role;
import dossier.model.Severity;
import dossier.model.TaskState;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A compact record of one validate result, kept per as-of date so progress can be followed over
 * weeks. Stored as {@code dossier.snapshot/1} json (see {@code dossier/snapshot.schema.json}).
 * It holds states, threshold results, per-unit counts and finding keys: never officers' names
 * (a finding's subject, which may be a name, is kept only as a digest that matches across runs).
 *
 * @param source    which campaign the snapshot belongs to, to refuse another repository's
 * @param units     per unit, in the units table's order
 * @param byArea    coverage per area, in the sheet's order
 */
public record Snapshot(LocalDate asOf, String tool, Source source, boolean partial, Coverage.Tally overall,
                       Map<String, Coverage.Tally> byArea, List<UnitCounts> units, List<TaskEntry> tasks,
                       List<ThresholdEntry> thresholds, List<FindingKey> findings) {
    public Snapshot {
        byArea = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byArea));
        units = List.copyOf(units);
        tasks = List.copyOf(tasks);
        thresholds = List.copyOf(thresholds);
        findings = List.copyOf(findings);
    }

    /** The campaign a snapshot came from: the repository folder's name, the campaign's name and year. */
    public record Source(String repository, String name, int year) {
        /** Same campaign: by name when both have one (folders get renamed and checked out elsewhere), else by folder. */
        public boolean sameCampaign(Source other) {
            if (year != other.year) return false;
            if (!name.isEmpty() && !other.name.isEmpty()) return name.equals(other.name);
            return repository.equals(other.repository);
        }
    }

    /**
     * One unit's standing. {@code shortfalls} counts its threshold results that are not met
     * (fail, missing, or still in progress); {@code findings} counts findings no waiver covers.
     */
    public record UnitCounts(String unit, Coverage.Tally coverage, int overdue, int dueSoon, int shortfalls,
                             Map<Severity, Integer> findings, int waived) {
        public UnitCounts {
            findings = Map.copyOf(findings);
        }

        /** Every applicable task covered, nothing overdue and no threshold short. */
        public boolean complete() {
            return coverage.covered() == coverage.applicable() && overdue == 0 && shortfalls == 0;
        }
    }

    public record TaskEntry(String indicator, String unit, Role role, LocalDate due, TaskState state) {
    }

    /** @param status a {@link dossier.model.ThresholdResult.Status} id: pass, fail, progress, missing, not_applicable */
    public record ThresholdEntry(String id, String task, String unit, String status, Double value, String op,
                                 double target) {
    }

    /** @param subject a digest of the finding's subject ("" when it had none), never the subject itself */
    public record FindingKey(String rule, Severity severity, String unit, String indicator, String file,
                             String subject, boolean waived) {
    }

    public UnitCounts unit(String name) {
        return units.stream().filter(u -> u.unit().equals(name)).findFirst().orElse(null);
    }

    /** {@link #unit} for every unit at once: look units up here when comparing whole snapshots. */
    public Map<String, UnitCounts> unitsByName() {
        Map<String, UnitCounts> out = new java.util.HashMap<>();
        for (UnitCounts u : units) out.putIfAbsent(u.unit(), u);
        return out;
    }
}
