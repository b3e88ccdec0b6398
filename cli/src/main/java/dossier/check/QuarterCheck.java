package dossier.check;

import dossier.core.UnitFigures;
import dossier.model.Finding;
import dossier.model.Location;
import dossier.model.RegisterKind;
import dossier.model.ThresholdSpec;
import dossier.rules.Rule;
import dossier.rules.ThresholdRules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The thresholds due every quarter (会前学法), judged on the register that dates each event: an
 * ended quarter without enough of them (THR005) can no longer be mended, so it is named even
 * while the period runs. A count declared without the register is the targets' concern.
 */
final class QuarterCheck implements ThresholdJudge, ThresholdConcern {
    @Override
    public String name() {
        return "quarters";
    }

    @Override
    public List<Rule> rules() {
        return List.of(ThresholdRules.EMPTY_QUARTER);
    }

    @Override
    public Verdict judge(RepositoryModel model, ThresholdFigures figures) {
        List<Finding> out = new ArrayList<>();
        for (ThresholdFigures.Applied a : figures.applied()) {
            ThresholdSpec spec = a.spec();
            UnitFigures u = a.unit();
            if (spec.kind() != ThresholdSpec.Kind.COUNT_PER_QUARTER || ThresholdFigures.declaredOnly(spec, u)) continue;
            for (LocalDate[] q : figures.emptyQuarters(spec, u)) {
                String label = q[0].getYear() + "Q" + ((q[0].getMonthValue() - 1) / 3 + 1);
                out.add(ThresholdRules.EMPTY_QUARTER.at(Location.file(u.registerFile(RegisterKind.LAW_STUDY)), u.unit(),
                        spec.task(), label, label, q[0], q[1], ThresholdFigures.thresholdName(spec)));
            }
        }
        return Verdict.of(out);
    }

    @Override
    public boolean concerns(Finding f, ThresholdSpec s) {
        return s.kind() == ThresholdSpec.Kind.COUNT_PER_QUARTER;
    }
}
