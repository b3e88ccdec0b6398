package dossier.check;

import dossier.core.UnitFigures;
import dossier.model.Figure;
import dossier.model.Finding;
import dossier.model.Location;
import dossier.model.Period;
import dossier.rules.Rule;
import dossier.rules.ThresholdRules;

import java.util.ArrayList;
import java.util.List;

import static dossier.check.ThresholdFigures.figureName;
import static dossier.check.ThresholdFigures.number;

/**
 * A unit's declared figures against its registers: a figure metrics.yaml states that its register
 * counts otherwise (THR003; the register is the evidence and is used), and register rows dated
 * outside the assessment period, which count for nothing (THR014).
 */
final class AgreementCheck implements Check {
    @Override
    public String name() {
        return "agreement";
    }

    @Override
    public List<Rule> rules() {
        return List.of(ThresholdRules.DECLARED_DIFFERS, ThresholdRules.OUTSIDE_PERIOD);
    }

    @Override
    public Verdict judge(RepositoryModel model) {
        Period period = model.campaign().settings().period();
        List<Finding> out = new ArrayList<>();
        for (UnitFigures u : model.figures().values()) {
            for (Figure f : u.declared().values()) {
                Integer derived = u.derived(f.key());
                if (derived == null || f.number() == null || Math.abs(f.number() - derived) < 1e-9) continue;
                String register = u.registerFile(UnitFigures.registerOf(f.key()));
                out.add(ThresholdRules.DECLARED_DIFFERS.at(f.location(), u.unit(), null, f.key(),
                        figureName(f.key()), number(f.number()), register, derived));
            }
            u.registers().outsidePeriod().forEach((kind, n) -> {
                if (n > 0) {
                    String file = u.registerFile(kind);
                    out.add(ThresholdRules.OUTSIDE_PERIOD.at(Location.file(file), u.unit(), null, kind.id(),
                            file, n, period.start(), period.end()));
                }
            });
        }
        return Verdict.of(out);
    }
}
