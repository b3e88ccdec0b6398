package dossier.city;

import dossier.history.Snapshot;
import dossier.i18n.Messages;
import dossier.model.City;
import dossier.model.Upcoming;
import dossier.supervision.Bulletin;
import dossier.supervision.BulletinSettings;
import dossier.supervision.Bulletins;
import dossier.write.report.BulletinWriter;
import dossier.write.report.ReportFormat;
import dossier.write.report.ReportWriter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The city's 汇总通报: its districts ranked as a district's bulletin ranks units, followed over the
 * earlier merges, with what falls due and the thresholds not met; in every format.
 */
public final class CityBulletin {
    /** The bulletin's documents by format. */
    public record Rendered(Map<ReportFormat, byte[]> documents) {
        public Rendered {
            documents = Collections.unmodifiableMap(new EnumMap<>(documents));
        }
    }

    private CityBulletin() {
    }

    /**
     * @param earlier   the snapshots of earlier merges (those dated on or after the city's day are ignored)
     * @param templates the user's template folder, or null for the built-in templates
     */
    public static Rendered render(City city, List<Snapshot> earlier, Messages messages, Path templates) {
        Snapshot now = CitySnapshots.of(city);
        Bulletin bulletin = Bulletins.of(now, CitySnapshots.measures(city), earlier, new ArrayList<>(city.total().byArea().keySet()), dueNext(city),
                CitySnapshots.shortfalls(city, id -> messages.has("threshold." + id) ? messages.get("threshold." + id) : id),
                BulletinSettings.of(Map.of()));
        String region = city.region() == null ? "" : city.region();
        BulletinWriter writer = BulletinWriter.ofCity(new ReportWriter(messages, templates, null), city.asOf(), region,
                messages.get("notices.office", region), city.name(),
                city.ofCities() ? BulletinWriter.Model.PROVINCE : BulletinWriter.Model.CITY);
        Map<ReportFormat, byte[]> documents = new EnumMap<>(ReportFormat.class);
        for (ReportFormat f : ReportFormat.values()) documents.put(f, writer.render(bulletin, f));
        return new Rendered(documents);
    }

    /**
     * What falls due within the window of the city's as-of date, per date and indicator (the
     * catalogue's order), with the districts that still wait for evidence there in their order.
     */
    static List<Bulletin.Due> dueNext(City city) {
        List<DistrictUpcoming> entries = new ArrayList<>();
        for (City.District d : city.districts()) {
            for (Upcoming u : d.totals().upcoming()) entries.add(new DistrictUpcoming(d.label(), u));
        }
        entries.sort(Comparator.comparing(DistrictUpcoming::upcoming, CatalogueMap.UPCOMING_ORDER));
        return Bulletins.dueNext(city.asOf(), entries.stream().map(e -> new Bulletins.Waiting(e.upcoming().due(),
                e.upcoming().indicator(), e.upcoming().indicatorName(), e.district())).toList());
    }

    private record DistrictUpcoming(String district, Upcoming upcoming) {
    }
}
