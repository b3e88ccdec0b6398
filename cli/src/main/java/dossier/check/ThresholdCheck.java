package dossier.check;

import dossier.core.ThresholdEngine;
import dossier.core.ThresholdSpecs;
import dossier.model.Indicator;
import dossier.rules.Rule;
import dossier.rules.ThresholdRules;

import java.util.List;

/** Every threshold in force (§4) for every unit it applies to, from the units' figures and registers. */
final class ThresholdCheck implements Check {
    @Override
    public String name() {
        return "thresholds";
    }

    @Override
    public List<Rule> rules() {
        return ThresholdRules.all();
    }

    @Override
    public Verdict judge(RepositoryModel model) {
        List<String> taskIds = model.campaign().indicators().stream().map(Indicator::id).toList();
        ThresholdEngine.Outcome outcome = ThresholdEngine.evaluate(model.campaign(),
                ThresholdSpecs.inForce(model.campaign().settings(), taskIds), model.figures(), model.asOf());
        return new Verdict(outcome.findings(), outcome.results());
    }
}
