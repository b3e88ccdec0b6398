package dossier.check;

import dossier.model.DocumentDate;
import dossier.model.FileFacts;
import dossier.model.Finding;
import dossier.model.Location;
import dossier.rules.FreshnessRules;
import dossier.rules.Rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Evidence whose own date (its metadata's day, or else the year in its name) is after the as-of
 * date, or before the year that precedes the period: last year's report is fine, older is stale.
 */
final class FreshnessCheck implements Check {
    @Override
    public String name() {
        return "freshness";
    }

    @Override
    public List<Rule> rules() {
        return FreshnessRules.all();
    }

    @Override
    public Verdict judge(RepositoryModel model) {
        LocalDate asOf = model.asOf();
        int oldest = model.campaign().settings().period().start().getYear() - 1;
        List<Finding> out = new ArrayList<>();
        for (FileFacts f : model.inventory().files()) {
            DocumentDate date = f.date();
            if (date == null || !f.counts()) continue;
            if (date.after(asOf)) {
                out.add(FreshnessRules.FUTURE.at(Location.file(f.path()), f.unit(), f.indicator(), f.path(), f.path(),
                        date.shown(), asOf.toString()));
            } else if (date.year() < oldest) {
                out.add(FreshnessRules.STALE.at(Location.file(f.path()), f.unit(), f.indicator(), f.path(), f.path(),
                        date.shown(), oldest));
            }
        }
        return Verdict.of(out);
    }
}
