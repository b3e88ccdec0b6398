package dossier.core;

import dossier.model.Location;
import dossier.model.RegisterKind;
import dossier.model.Settings;
import dossier.model.ThresholdSpec.AppliesTo;
import dossier.model.ThresholdSpec.Kind;
import dossier.model.ThresholdSpec.Op;
import dossier.model.ThresholdSpec;
import dossier.shared.ChineseText;
import dossier.shared.IndicatorIds;
import dossier.shared.InputException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The thresholds in force: the built-ins of SPEC §4, then dossier.yaml's {@code thresholds}
 * section, where a key names a threshold and its value re-keys it ({@code task}), changes its
 * target ({@code op}, {@code target}), changes who it applies to ({@code applies_to}), turns it
 * off ({@code off} or {@code enabled: false}), or — with {@code kind} — defines a new one.
 */
public final class ThresholdSpecs {
    private static final String FILE = "dossier.yaml";
    private static final String BAD_THRESHOLD = "settings.badThreshold";
    private static final Set<String> KEYS = Set.of("task", "kind", "figure", "denominator", "op", "target",
            "applies_to", "register", "enabled");

    public static final List<ThresholdSpec> BUILT_IN = List.of(
            new ThresholdSpec("review_rate", "2.2", Kind.RATIO, "normative_docs_reviewed", "normative_docs_issued",
                    Op.EQ, 100, AppliesTo.LEAD_AND_REGISTER_HOLDERS, RegisterKind.NORMATIVE_DOCS),
            new ThresholdSpec("legal_reviewer_ratio", "4.1", Kind.RATIO, "legal_reviewers", "enforcement_staff",
                    Op.GE, 5, AppliesTo.UNITS_WITH_STAFF, RegisterKind.ROSTER),
            new ThresholdSpec("case_file_review", "4.3", Kind.COUNT, "case_file_reviews", null, Op.GE, 1,
                    AppliesTo.LEAD, RegisterKind.CASE_REVIEWS),
            new ThresholdSpec("training_hours", "4.4", Kind.PER_PERSON, "training_hours", null, Op.GE, 40,
                    AppliesTo.UNITS_WITH_ROSTER, RegisterKind.TRAINING),
            new ThresholdSpec("certified", "4.4", Kind.ALL_CERTIFIED, "certified_staff", "enforcement_staff", Op.EQ, 100,
                    AppliesTo.UNITS_WITH_ROSTER, RegisterKind.ROSTER),
            new ThresholdSpec("npc_satisfaction", "5.1", Kind.PERCENT, "npc_opinion_satisfaction", null, Op.GE, 95,
                    AppliesTo.LEAD, null),
            new ThresholdSpec("court_appearance", "5.1", Kind.PERCENT, "major_case_court_appearance_rate", null,
                    Op.EQ, 100, AppliesTo.LEAD, null),
            new ThresholdSpec("rectification", "5.1", Kind.PERCENT, "recommendation_rectification_rate", null,
                    Op.EQ, 100, AppliesTo.LEAD, null),
            new ThresholdSpec("disclosure", "5.4", Kind.RATIO, "disclosure_answered", "disclosure_requests", Op.EQ, 100,
                    AppliesTo.LEAD, null),
            new ThresholdSpec("legal_education", "6.3", Kind.PERCENT, "legal_education_coverage", null, Op.GE, 80,
                    AppliesTo.LEAD, null),
            new ThresholdSpec("law_study", "7.2", Kind.COUNT_PER_QUARTER, "law_study_sessions", null, Op.GE, 1,
                    AppliesTo.LEAD, RegisterKind.LAW_STUDY),
            new ThresholdSpec("special_meeting", "8.1", Kind.COUNT, "special_meetings", null, Op.GE, 1,
                    AppliesTo.LEAD, null),
            new ThresholdSpec("annual_report", "8.1", Kind.ANNUAL_REPORT, "annual_report_date", null, Op.EQ, 1,
                    AppliesTo.LEAD, null));

    private ThresholdSpecs() {
    }

    /** The thresholds in force for a sheet with these ids (a threshold whose task the sheet lacks is dormant). */
    public static List<ThresholdSpec> inForce(Settings settings, List<String> taskIds) {
        try {
            return inForce(settings.thresholds(), taskIds);
        } catch (InputException e) {
            if (!e.key().equals(BAD_THRESHOLD)) throw e;
            String id = String.valueOf(e.args().get(0));
            String key = String.valueOf(e.args().get(1));
            throw new InputException(key.isEmpty() ? settings.place("thresholds", id) : settings.place("thresholds", id, key),
                    e.key(), e.args().toArray());
        }
    }

    static List<ThresholdSpec> inForce(Map<String, Object> overrides, List<String> taskIds) {
        Map<String, ThresholdSpec> specs = new LinkedHashMap<>();
        BUILT_IN.forEach(s -> specs.put(s.id(), s));
        for (Map.Entry<String, Object> e : overrides.entrySet()) {
            String id = e.getKey().strip();
            Object value = e.getValue();
            if (value instanceof String s && isOff(s)) {
                specs.remove(id);
                continue;
            }
            if (!(value instanceof Map<?, ?> raw)) throw bad(id, "", String.valueOf(value));
            Map<String, String> m = new LinkedHashMap<>();
            raw.forEach((k, v) -> m.put(String.valueOf(k).strip(), v instanceof String str ? str.strip() : String.valueOf(v)));
            for (String k : m.keySet()) if (!KEYS.contains(k)) throw bad(id, k, m.get(k));
            if (m.containsKey("enabled") && isOff(m.get("enabled"))) {
                specs.remove(id);
                continue;
            }
            ThresholdSpec base = specs.get(id);
            if (base == null || m.containsKey("kind")) base = defined(id, m);
            specs.put(id, override(base, m));
        }
        List<ThresholdSpec> out = new ArrayList<>();
        for (ThresholdSpec s : specs.values()) if (taskIds.contains(s.task())) out.add(s);
        return out;
    }

    private static ThresholdSpec defined(String id, Map<String, String> m) {
        Kind kind = parse(Kind.class, id, "kind", m.get("kind"));
        String figure = m.get("figure");
        if (figure == null || figure.isEmpty() || !m.containsKey("task") || !m.containsKey("target")) {
            throw bad(id, "kind", m.getOrDefault("kind", ""));
        }
        if (kind == Kind.RATIO && !m.containsKey("denominator")) throw bad(id, "denominator", "");
        return new ThresholdSpec(id, "", kind, figure, m.get("denominator"), Op.GE, 0, AppliesTo.LEAD, null);
    }

    private static ThresholdSpec override(ThresholdSpec s, Map<String, String> m) {
        ThresholdSpec out = s;
        if (m.containsKey("task")) {
            String task = IndicatorIds.parse(m.get("task")).orElseThrow(() -> bad(s.id(), "task", m.get("task")));
            out = out.withTask(task);
        }
        if (m.containsKey("op") || m.containsKey("target")) {
            Op op = m.containsKey("op") ? op(s.id(), m.get("op")) : out.op();
            double target = m.containsKey("target") ? number(s.id(), m.get("target")) : out.target();
            out = out.withTarget(op, target);
        }
        if (m.containsKey("applies_to")) out = out.withAppliesTo(parse(AppliesTo.class, s.id(), "applies_to", m.get("applies_to")));
        if (m.containsKey("register")) {
            RegisterKind r = parse(RegisterKind.class, s.id(), "register", m.get("register"));
            out = new ThresholdSpec(out.id(), out.task(), out.kind(), out.figure(), out.denominator(), out.op(),
                    out.target(), out.appliesTo(), r);
        }
        if (m.containsKey("figure") || m.containsKey("denominator")) {
            out = new ThresholdSpec(out.id(), out.task(), out.kind(), m.getOrDefault("figure", out.figure()),
                    m.getOrDefault("denominator", out.denominator()), out.op(), out.target(), out.appliesTo(), out.register());
        }
        return out;
    }

    private static boolean isOff(String s) {
        return Set.of("off", "false", "no", "disabled", "停用", "关闭").contains(s.strip().toLowerCase(Locale.ROOT));
    }

    private static Op op(String id, String text) {
        return switch (ChineseText.compact(text)) {
            case ">=", "≥", "ge", "at_least", "不少于", "不低于" -> Op.GE;
            case "=", "==", "eq", "等于" -> Op.EQ;
            case "<=", "≤", "le", "at_most", "不超过", "不高于" -> Op.LE;
            default -> throw bad(id, "op", text);
        };
    }

    private static double number(String id, String text) {
        String t = ChineseText.compact(text).replace("%", "");
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw bad(id, "target", text);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String id, String key, String text) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw bad(id, key, text);
        }
    }

    private static InputException bad(String id, String key, String value) {
        return new InputException(Location.file(FILE), BAD_THRESHOLD, id, key, value);
    }
}
