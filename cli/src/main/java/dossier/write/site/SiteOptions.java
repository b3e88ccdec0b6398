package dossier.write.site;

import java.util.List;
import java.util.Map;

/**
 * How a site is built beyond the validate result.
 *
 * @param names        officers' names below a target shown on their own unit's page (--names)
 * @param evidenceBase the repository root as seen from the site's folder ("../../"), for relative
 *                     links to evidence files (--link-evidence); null for no links
 * @param trend        the campaign's coverage at every snapshot, oldest first (empty: no trend)
 * @param unitTrends   each unit's coverage at every snapshot, by unit name
 */
public record SiteOptions(boolean names, String evidenceBase, List<SiteModel.TrendPoint> trend,
                          Map<String, List<SiteModel.TrendPoint>> unitTrends) {
    public SiteOptions {
        trend = List.copyOf(trend);
        unitTrends = Map.copyOf(unitTrends);
    }

    public static SiteOptions plain() {
        return new SiteOptions(false, null, List.of(), Map.of());
    }
}
