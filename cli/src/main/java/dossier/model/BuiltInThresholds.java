package dossier.model;

import dossier.model.ThresholdSpec.AppliesTo;
import dossier.model.ThresholdSpec.Kind;
import dossier.model.ThresholdSpec.Op;

import java.util.List;

/** The thresholds the seed sets (SPEC §4), in its order; dossier.yaml's thresholds: section starts from these. */
public final class BuiltInThresholds {
    public static final List<ThresholdSpec> ALL = List.of(
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
    private BuiltInThresholds() {
    }
}
