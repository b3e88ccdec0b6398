package dossier.app;

import dossier.model.Campaign;
import dossier.model.Indicator;
import dossier.model.Location;
import dossier.model.Task;
import dossier.read.UnitDirectory;
import dossier.shared.DidYouMean;
import dossier.shared.IndicatorIds;
import dossier.shared.InputException;
import dossier.shared.UnitNames;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code --unit} and {@code --indicator} select, resolved against a campaign: canonical unit
 * names (a name, an alias or the name without the district prefix) and indicator ids (an id, or a
 * first-level id standing for every indicator under it). Empty means "no filter". A name or id the
 * campaign does not have is an {@link InputException} (exit 2) that suggests the nearest one.
 */
public record Selection(Set<String> units, Set<String> indicators) {
    public static final Selection ALL = new Selection(Set.of(), Set.of());

    public Selection {
        units = Collections.unmodifiableSet(new LinkedHashSet<>(units));
        indicators = Collections.unmodifiableSet(new LinkedHashSet<>(indicators));
    }

    public static Selection of(Campaign campaign, List<String> wantedUnits, List<String> wantedIndicators) {
        return of(new UnitDirectory(campaign.units(), campaign.settings().region()),
                campaign.indicators().stream().map(Indicator::id).toList(), wantedUnits, wantedIndicators);
    }

    /** @param indicatorIds the campaign's indicator ids, in sheet order */
    public static Selection of(UnitDirectory directory, List<String> indicatorIds, List<String> wantedUnits,
                               List<String> wantedIndicators) {
        return new Selection(units(directory, wantedUnits), indicators(indicatorIds, wantedIndicators));
    }

    public boolean includesUnit(String unit) {
        return units.isEmpty() || units.contains(unit);
    }

    public boolean includesIndicator(String id) {
        return indicators.isEmpty() || indicators.contains(id);
    }

    public boolean includes(Task task) {
        return includesUnit(task.unit()) && includesIndicator(task.indicator());
    }

    private static Set<String> units(UnitDirectory directory, List<String> wanted) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : wanted) {
            String found = directory.resolve(w).orElse(null);
            if (found == null) {
                List<String> names = directory.names();
                throw new InputException(Location.NONE, "filter.unknownUnit", w,
                        DidYouMean.suggest(UnitNames.normal(w), names).map(Object.class::cast).orElse(names));
            }
            out.add(found);
        }
        return out;
    }

    private static Set<String> indicators(List<String> ids, List<String> wanted) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : wanted) {
            String id = IndicatorIds.parse(w).orElse(w.strip());
            List<String> matching = ids.contains(id) ? List.of(id)
                    : ids.stream().filter(i -> i.startsWith(id + ".")).toList();
            if (matching.isEmpty()) {
                throw new InputException(Location.NONE, "filter.unknownIndicator", w,
                        DidYouMean.suggest(id, ids).orElse(String.join(", ", ids)));
            }
            out.addAll(matching);
        }
        return out;
    }
}
