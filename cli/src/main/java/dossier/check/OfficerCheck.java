package dossier.check;

import dossier.core.UnitFigures;
import dossier.model.Finding;
import dossier.model.Officer;
import dossier.model.ThresholdSpec;
import dossier.model.TrainingRow;
import dossier.rules.Rule;
import dossier.rules.ThresholdRules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dossier.check.ThresholdFigures.number;

/**
 * The thresholds judged officer by officer on a unit's roster: training hours per person
 * (THR004), with the training rows that could be credited to no one (a name several officers
 * share, THR015; a 执法证号 no officer has, THR017), and a certificate for everyone (THR006).
 */
final class OfficerCheck implements ThresholdJudge, ThresholdConcern {
    @Override
    public String name() {
        return "officers";
    }

    @Override
    public List<Rule> rules() {
        return List.of(ThresholdRules.OFFICER_BELOW_MINIMUM, ThresholdRules.NO_CERTIFICATE,
                ThresholdRules.TRAINING_NAME_SHARED, ThresholdRules.TRAINING_CERTIFICATE_UNKNOWN);
    }

    @Override
    public Verdict judge(RepositoryModel model, ThresholdFigures figures) {
        List<Finding> out = new ArrayList<>();
        for (ThresholdFigures.Applied a : figures.applied()) {
            if (a.unit().registers().officers().isEmpty()) continue;
            switch (a.spec().kind()) {
                case PER_PERSON -> training(figures, a.spec(), a.unit(), out);
                case ALL_CERTIFIED -> certificates(a.spec(), a.unit(), out);
                default -> {
                    // not about officers
                }
            }
        }
        return Verdict.of(out);
    }

    @Override
    public boolean concerns(Finding f, ThresholdSpec s) {
        String id = f.ruleId();
        if (id.equals(ThresholdRules.NO_CERTIFICATE.id())) return s.kind() == ThresholdSpec.Kind.ALL_CERTIFIED;
        return s.kind() == ThresholdSpec.Kind.PER_PERSON;
    }

    private static void training(ThresholdFigures figures, ThresholdSpec spec, UnitFigures u, List<Finding> out) {
        ThresholdFigures.Training training = figures.training(u);
        training.sharedNames().forEach((name, rows) -> out.add(ThresholdRules.TRAINING_NAME_SHARED.at(rows.get(0).location(),
                u.unit(), spec.task(), name, name, training.officersNamed().get(name), rows.size(),
                number(rows.stream().mapToDouble(TrainingRow::hours).sum()))));
        for (TrainingRow row : training.unmatched()) {
            out.add(ThresholdRules.TRAINING_CERTIFICATE_UNKNOWN.at(row.location(), u.unit(), spec.task(), row.certificate(),
                    row.certificate(), row.name(), number(row.hours())));
        }
        for (Map.Entry<Officer, Double> e : ThresholdFigures.officersBelow(spec, u, training).entrySet()) {
            Officer o = e.getKey();
            out.add(figures.level(ThresholdRules.OFFICER_BELOW_MINIMUM.at(o.location(), u.unit(), spec.task(),
                    o.certificate().isBlank() ? o.name() : o.certificate(), o.name(), o.certificate(), number(e.getValue()),
                    number(spec.target()), figures.running() ? "1" : "")));
        }
    }

    private static void certificates(ThresholdSpec spec, UnitFigures u, List<Finding> out) {
        for (Officer o : u.registers().officers()) {
            if (o.certificate().isBlank()) out.add(ThresholdRules.NO_CERTIFICATE.at(o.location(), u.unit(), spec.task(), o.name(), o.name()));
        }
    }
}
