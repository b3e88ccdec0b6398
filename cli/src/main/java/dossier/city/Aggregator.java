package dossier.city;

import dossier.i18n.Messages;
import dossier.model.City;
import dossier.model.DistrictResult;
import dossier.read.DistrictsFile;
import dossier.read.ResultReader;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

/**
 * Merges districts' results into the city's view. Each input is read by the streaming reader on
 * a small pool and folded at once into a few kilobytes of counts, so memory does not follow the
 * inputs' size; the outcome is sorted by the districts' official order, never by arrival, so
 * the same inputs in any order give the same city.
 */
public final class Aggregator {
    private static final Collator PINYIN = Collator.getInstance(Locale.CHINA);

    /**
     * @param output   aggregate's own output folder, never read as an input; asOf is used only when no result is read
     * @param untitled the name of a city that neither --name nor districts.yaml names, from its region (null when
     *                 none is given either)
     */
    public record Request(List<Path> inputs, Path output, DistrictsFile districts, String name, String region,
                          LocalDate asOf, int threads, UnaryOperator<String> untitled) {
    }

    private record Read(Inputs.Source source, DistrictResult result, City.Totals totals, List<City.Unmapped> unmapped,
                        ResultReader.Unusable unusable) {
    }

    private Aggregator() {
    }

    /** A fixed wording with the region when there is one ("漯河市法治政府建设示范创建汇总"), never a folder's name. */
    public static UnaryOperator<String> untitled(Messages messages) {
        return region -> region == null || region.isBlank() ? messages.get("aggregate.untitled")
                : messages.get("aggregate.title", region);
    }

    public static City aggregate(Request request) throws IOException {
        List<Inputs.Source> sources = Inputs.expand(request.inputs(), request.output());
        List<City.Skipped> skipped = new ArrayList<>();
        List<City.Duplicate> duplicates = new ArrayList<>();
        Map<String, Read> kept = new HashMap<>();
        for (Read r : readAll(sources, request.threads())) {
            if (r.unusable() != null) {
                boolean notOurs = r.unusable().reason().key().equals("aggregate.notResult");
                if (!(notOurs && r.source().inFolder())) {
                    skipped.add(new City.Skipped(r.source().name(), r.unusable().reason().key(), r.unusable().reason().args()));
                }
                continue;
            }
            String key = r.result().key();
            Read before = kept.get(key);
            if (before == null) {
                kept.put(key, r);
                continue;
            }
            Read newer = newer(before, r);
            Read older = newer == r ? before : r;
            kept.put(key, newer);
            duplicates.add(new City.Duplicate(label(r.result()), newer.result().file(), older.result().file()));
        }
        skipped.sort(Comparator.comparing(City.Skipped::file));
        duplicates.sort(Comparator.comparing(City.Duplicate::district).thenComparing(City.Duplicate::dropped));
        return city(request, new ArrayList<>(kept.values()), skipped, duplicates);
    }

    private static List<Read> readAll(List<Inputs.Source> sources, int threads) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Read>> futures = new ArrayList<>();
            for (Inputs.Source s : sources) futures.add(pool.submit(() -> read(s)));
            List<Read> out = new ArrayList<>();
            for (Future<Read> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Read read(Inputs.Source s) {
        try {
            DistrictResult r = Inputs.read(s);
            CatalogueMap.Mapped m = CatalogueMap.map(r, label(r));
            return new Read(s, r, m.totals(), m.unmapped(), null);
        } catch (ResultReader.Unusable e) {
            return new Read(s, null, null, null, e);
        } catch (IOException e) {
            return new Read(s, null, null, null, new ResultReader.Unusable(
                    dossier.i18n.Localized.of("aggregate.unreadable", String.valueOf(e.getMessage()))));
        }
    }

    /** The later as-of wins; on the same day the file that sorts first, so arrival order never decides. */
    private static Read newer(Read a, Read b) {
        int c = a.result().asOf().compareTo(b.result().asOf());
        if (c != 0) return c > 0 ? a : b;
        return a.result().file().compareTo(b.result().file()) <= 0 ? a : b;
    }

    private static String label(DistrictResult r) {
        return r.name() != null ? r.name() : r.region();
    }

    private static City city(Request request, List<Read> reads, List<City.Skipped> skipped, List<City.Duplicate> duplicates) {
        List<DistrictsFile.Entry> listed = request.districts().ordered();
        // each result's line of districts.yaml, found once: not on every comparison of the sort
        Map<Read, DistrictsFile.Entry> entries = new IdentityHashMap<>();
        for (Read r : reads) entries.put(r, entry(listed, r.result()));
        reads.sort(officialOrder(listed, entries));
        List<City.Unmapped> unmapped = new ArrayList<>();
        List<City.District> rows = new ArrayList<>();
        Set<DistrictsFile.Entry> matched = new HashSet<>();
        LocalDate asOf = null;
        for (Read r : reads) {
            DistrictResult d = r.result();
            DistrictsFile.Entry e = entries.get(r);
            if (e != null) matched.add(e);
            rows.add(new City.District(d.name(), d.region(), d.asOf(), d.file(), d.schema(), d.partial(),
                    e == null ? null : e.site(), e == null ? null : e.liaison(), 0, r.totals()));
            unmapped.addAll(r.unmapped());
            LocalDate day = LocalDate.parse(d.asOf());
            if (asOf == null || day.isAfter(asOf)) asOf = day;
        }
        List<String> missing = listed.stream().filter(e -> !matched.contains(e)).map(DistrictsFile.Entry::name).toList();
        String region = request.region() != null ? request.region() : request.districts().region();
        String name = request.name() != null ? request.name()
                : request.districts().name() != null ? request.districts().name() : request.untitled().apply(region);
        return new City(name, region, asOf == null ? request.asOf() : asOf, Ranking.rank(rows),
                Sums.of(rows.stream().map(City.District::totals).toList()), unmapped, skipped, duplicates, missing);
    }

    private static DistrictsFile.Entry entry(List<DistrictsFile.Entry> listed, DistrictResult d) {
        for (DistrictsFile.Entry e : listed) if (e.matches(d.name(), d.region())) return e;
        return null;
    }

    /** Districts of districts.yaml in its order, then the others by name (pinyin), region and file. */
    private static Comparator<Read> officialOrder(List<DistrictsFile.Entry> listed, Map<Read, DistrictsFile.Entry> entries) {
        Map<DistrictsFile.Entry, Integer> position = new HashMap<>();
        for (int i = 0; i < listed.size(); i++) position.putIfAbsent(listed.get(i), i);
        Comparator<Read> byPosition = Comparator.comparingInt(r -> {
            DistrictsFile.Entry e = entries.get(r);
            return e == null ? Integer.MAX_VALUE : position.get(e);
        });
        return byPosition.thenComparing(r -> String.valueOf(r.result().name()), PINYIN)
                .thenComparing(r -> String.valueOf(r.result().region()), PINYIN)
                .thenComparing(r -> r.result().file());
    }
}
