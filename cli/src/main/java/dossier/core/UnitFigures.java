package dossier.core;

import dossier.model.Figure;
import dossier.model.RegisterKind;
import dossier.model.Registers;

import java.util.Map;

/** What one unit declares (metrics.yaml) and what its registers prove. */
public record UnitFigures(String unit, Map<String, Figure> declared, String metricsFile, Registers registers) {
    public UnitFigures {
        declared = Map.copyOf(declared);
    }

    public static UnitFigures none(String unit) {
        return new UnitFigures(unit, Map.of(), null, Registers.none(unit));
    }

    /** A count derived from a register, or null when the unit has no register that yields it. */
    public Integer derived(String figure) {
        Registers r = registers;
        return switch (figure) {
            case "enforcement_staff" -> r.has(RegisterKind.ROSTER) ? r.officers().size() : null;
            case "legal_reviewers" -> r.has(RegisterKind.ROSTER)
                    ? (int) r.officers().stream().filter(o -> o.legalReviewer()).count() : null;
            case "certified_staff" -> r.has(RegisterKind.ROSTER)
                    ? (int) r.officers().stream().filter(o -> !o.certificate().isBlank()).count() : null;
            case "normative_docs_issued" -> r.has(RegisterKind.NORMATIVE_DOCS) ? r.normativeDocs().size() : null;
            case "normative_docs_reviewed" -> r.has(RegisterKind.NORMATIVE_DOCS)
                    ? (int) r.normativeDocs().stream().filter(d -> d.reviewed()).count() : null;
            case "case_file_reviews" -> r.has(RegisterKind.CASE_REVIEWS) ? r.caseReviews().size() : null;
            case "law_study_sessions" -> r.has(RegisterKind.LAW_STUDY) ? r.lawStudies().size() : null;
            default -> null;
        };
    }

    /** The register a derived figure comes from. */
    public static RegisterKind registerOf(String figure) {
        return switch (figure) {
            case "enforcement_staff", "legal_reviewers", "certified_staff" -> RegisterKind.ROSTER;
            case "normative_docs_issued", "normative_docs_reviewed" -> RegisterKind.NORMATIVE_DOCS;
            case "case_file_reviews" -> RegisterKind.CASE_REVIEWS;
            case "law_study_sessions" -> RegisterKind.LAW_STUDY;
            default -> null;
        };
    }

    /** The register's value where there is one (the register is the evidence), else the declared number. */
    public Double value(String figure) {
        Integer d = derived(figure);
        if (d != null) return d.doubleValue();
        Figure f = declared.get(figure);
        return f == null ? null : f.number();
    }

    public String registerFile(RegisterKind kind) {
        var files = registers.files().getOrDefault(kind, java.util.List.of());
        return files.isEmpty() ? null : String.join("、", files);
    }
}
