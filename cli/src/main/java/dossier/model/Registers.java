package dossier.model;

import java.util.List;
import java.util.Map;

/**
 * Everything one unit's registers/ folder proves, rows already limited to the assessment period.
 *
 * @param files         the register files read, per kind (relative paths), in name order
 * @param outsidePeriod per kind, how many dated rows were left out because they fall outside the period
 * @param repeatedCertificates roster rows left out because an earlier row has their 执法证号
 */
public record Registers(String unit, Map<RegisterKind, List<String>> files, List<Officer> officers,
                        List<TrainingRow> training, List<NormativeDoc> normativeDocs, List<DatedEvent> lawStudies,
                        List<DatedEvent> caseReviews, Map<RegisterKind, Integer> outsidePeriod,
                        List<RepeatedCertificate> repeatedCertificates) {
    public Registers {
        files = Map.copyOf(files);
        officers = List.copyOf(officers);
        training = List.copyOf(training);
        normativeDocs = List.copyOf(normativeDocs);
        lawStudies = List.copyOf(lawStudies);
        caseReviews = List.copyOf(caseReviews);
        outsidePeriod = Map.copyOf(outsidePeriod);
        repeatedCertificates = List.copyOf(repeatedCertificates);
    }

    public static Registers none(String unit) {
        return new Registers(unit, Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), List.of());
    }

    public boolean has(RegisterKind kind) {
        return !files.getOrDefault(kind, List.of()).isEmpty();
    }
}
