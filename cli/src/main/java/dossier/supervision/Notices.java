package dossier.supervision;

import dossier.core.ValidationResult;
import dossier.i18n.FindingText;
import dossier.i18n.Messages;
import dossier.model.Finding;
import dossier.model.Indicator;
import dossier.model.Liaison;
import dossier.model.Severity;
import dossier.model.Task;
import dossier.model.TaskKey;
import dossier.model.Unit;
import dossier.rules.Rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a validate result into one notice per unit: each finding that asks something of a unit
 * becomes an item of one kind, and the kinds go in urgency order. Findings about the campaign's
 * own files (settings, sheet, units table, waivers) and info-level findings ask nothing of a unit.
 */
public final class Notices {
    private final Messages messages;

    public Notices(Messages messages) {
        this.messages = messages;
    }

    /** A notice for every unit with tasks, in the units table's order (units with nothing to do have no items). */
    public List<Notice> of(ValidationResult result) {
        FindingText text = new FindingText(messages);
        LocalDate asOf = result.campaign().asOf();
        Map<String, Indicator> indicators = new HashMap<>();
        for (Indicator i : result.campaign().indicators()) indicators.put(i.id(), i);
        Map<TaskKey, Task> tasks = new HashMap<>();
        for (Task t : result.tasks()) tasks.put(TaskKey.of(t), t);
        Set<TaskKey> chased = new HashSet<>();
        for (Finding f : result.findings()) {
            String kind = kind(f);
            if ("overdue".equals(kind) || "dueSoon".equals(kind)) chased.add(TaskKey.of(f));
        }
        // each unit's findings in the result's order, grouped once: not every finding once per unit
        Map<String, List<Finding>> byUnit = new HashMap<>();
        for (Finding f : result.findings()) {
            if (f.unit() != null && f.severity() != Severity.INFO) byUnit.computeIfAbsent(f.unit(), u -> new ArrayList<>()).add(f);
        }
        Map<String, Liaison> liaisons = new HashMap<>();
        for (Unit u : result.campaign().units()) liaisons.putIfAbsent(u.name(), u.liaison() == null ? Liaison.NONE : u.liaison());
        List<Notice> out = new ArrayList<>();
        for (String unit : unitsWithTasks(result)) {
            List<Notice.Item> items = new ArrayList<>();
            List<Notice.Item> waived = new ArrayList<>();
            for (Finding f : byUnit.getOrDefault(unit, List.of())) {
                String kind = kind(f);
                if (kind == null || (kind.equals("pending") && chased.contains(new TaskKey(f.indicator(), unit)))) continue;
                Task task = f.indicator() == null ? null : tasks.get(new TaskKey(f.indicator(), unit));
                Notice.Item item = item(f, kind, task, indicators.get(f.indicator()), asOf, text);
                (f.waived() ? waived : items).add(item);
            }
            items.sort(Comparator.comparingInt((Notice.Item i) -> Notice.KINDS.indexOf(i.kind()))
                    .thenComparing(Notices::urgencyWithinKind));
            out.add(notice(unit, liaisons.getOrDefault(unit, Liaison.NONE), items, waived));
        }
        return out;
    }

    private static List<String> unitsWithTasks(ValidationResult result) {
        Set<String> withTasks = new HashSet<>();
        for (Task t : result.tasks()) withTasks.add(t.unit());
        return result.campaign().units().stream().map(Unit::name).filter(withTasks::contains).toList();
    }

    /** The kind of work a finding asks for, or null when it asks nothing of the unit. */
    static String kind(Finding f) {
        return switch (f.ruleId()) {
            case "DUE001" -> "overdue";
            case "DUE002" -> "dueSoon";
            case "COV002" -> "explained";
            case "COV001" -> "pending";
            case "COV003", "COV004" -> null;
            default -> switch (Rules.byId(f.ruleId()).map(r -> r.family()).orElse("")) {
                case "thresholds" -> "shortfall";
                case "files", "freshness", "coverage" -> "fix";
                default -> null;
            };
        };
    }

    /** Most overdue first; soonest due first; the rest keep the result's order (a stable sort). */
    private static long urgencyWithinKind(Notice.Item i) {
        return switch (i.kind()) {
            case "overdue" -> -i.days();
            case "dueSoon" -> i.days();
            default -> 0;
        };
    }

    private Notice.Item item(Finding f, String kind, Task task, Indicator indicator, LocalDate asOf, FindingText text) {
        LocalDate due = task == null ? null : task.due();
        long days = due == null ? 0 : switch (kind) {
            case "overdue" -> ChronoUnit.DAYS.between(due, asOf);
            case "dueSoon" -> ChronoUnit.DAYS.between(asOf, due);
            default -> 0;
        };
        return new Notice.Item(kind, f.ruleId(), f.indicator() == null ? "" : f.indicator(),
                indicator == null ? "" : indicator.name(), due == null ? "" : due.toString(), days,
                text.message(f), text.fix(f), f.file() == null ? "" : f.file(), f.waived() ? f.waiver().reason() : "");
    }

    private static Notice notice(String unit, Liaison l, List<Notice.Item> items, List<Notice.Item> waived) {
        int[] n = new int[Notice.KINDS.size()];
        for (Notice.Item i : items) n[Notice.KINDS.indexOf(i.kind())]++;
        String earliest = items.stream().map(Notice.Item::due).filter(d -> !d.isEmpty()).min(String::compareTo).orElse("");
        String phone = !l.mobile().isBlank() ? l.mobile() : l.officePhone();
        return new Notice(unit, l.name(), l.title(), phone, l.officePhone(), l.mobile(), items, waived,
                new Notice.Counts(items.size(), n[0], n[1], n[2], n[3], n[4], n[5], waived.size()), earliest);
    }
}
