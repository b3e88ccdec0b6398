package dossier.check;

import dossier.model.Campaign;
import dossier.model.Finding;
import dossier.model.Indicator;
import dossier.model.Location;
import dossier.rules.Rule;
import dossier.rules.SheetRules;

import java.util.ArrayList;
import java.util.List;

/**
 * What the task sheet leaves open once read: an indicator nobody is to deliver, or no sheet at
 * all, so that the built-in catalogue stands in for it.
 */
final class SheetCheck implements Check {
    @Override
    public String name() {
        return "sheet";
    }

    @Override
    public List<Rule> rules() {
        return List.of(SheetRules.NO_UNITS, SheetRules.BUILTIN_CATALOGUE);
    }

    @Override
    public Verdict judge(RepositoryModel model) {
        Campaign campaign = model.campaign();
        List<Finding> out = new ArrayList<>();
        if (campaign.sheetFile() == null) {
            out.add(SheetRules.BUILTIN_CATALOGUE.at(Location.NONE, null, null, "catalogue", campaign.indicators().size()));
            return Verdict.of(out);
        }
        for (Indicator i : campaign.indicators()) {
            if (i.lead() != null || !i.units().isEmpty()) continue;
            out.add(SheetRules.NO_UNITS.at(Location.cell(campaign.sheetFile(), i.row(), null), null, i.id(), "units",
                    i.id(), i.name()));
        }
        return Verdict.of(out);
    }
}
