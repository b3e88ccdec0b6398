package dossier.cli;

import dossier.city.Aggregator;
import dossier.city.CityBulletin;
import dossier.city.CitySnapshots;
import dossier.core.Coverage;
import dossier.history.History;
import dossier.history.SnapshotJson;
import dossier.i18n.Messages;
import dossier.model.City;
import dossier.read.DistrictsFile;
import dossier.write.CityJson;
import dossier.write.CityLedger;
import dossier.write.report.ReportTemplates;
import dossier.write.site.CitySiteModelBuilder;
import dossier.write.site.SiteRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** The city's view: districts' results (json, folders of them, bundles, or cities' aggregates) merged. */
@Command(name = "aggregate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true)
final class AggregateCommand implements Callable<Integer> {
    static final String JSON = "汇总结果.json";
    static final String LEDGER = "汇总台账.xlsx";
    static final String DISTRICTS = "districts.yaml";
    static final String SITE = "site";
    static final String BULLETIN = "汇总通报";
    static final String HISTORY = "history";
    static final List<String> OUTPUTS = List.of("json", "ledger", "bulletin", "site");

    private final Session session;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "RESULT", descriptionKey = "results")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", descriptionKey = "aggregate-output")
    Path output = Path.of("out", "aggregate");

    @Option(names = "--districts", paramLabel = "FILE", descriptionKey = "districts")
    Path districts;

    @Option(names = "--name", paramLabel = "NAME", descriptionKey = "aggregate-name")
    String name;

    @Option(names = "--region", paramLabel = "REGION", descriptionKey = "aggregate-region")
    String region;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "aggregate-as-of")
    String asOf;

    @Option(names = "--format", paramLabel = "json|ledger|bulletin|site", split = ",", descriptionKey = "aggregate-format")
    List<String> formats = new ArrayList<>(OUTPUTS);

    @Option(names = "--template", paramLabel = "DIR", descriptionKey = "site-template")
    Path templates;

    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "lang")
    String lang;

    @Option(names = {"-q", "--quiet"}, descriptionKey = "quiet")
    boolean quiet;

    AggregateCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        Messages m = session.messages();
        formats = formats.stream().map(f -> f.strip().toLowerCase(java.util.Locale.ROOT)).toList();
        for (String f : formats) {
            if (!OUTPUTS.contains(f)) {
                throw new dossier.shared.InputException(dossier.model.Location.NONE, "arg.badFormat", f, String.join(", ", OUTPUTS));
            }
        }
        Path listFile = districts != null ? districts : Files.isRegularFile(Path.of(DISTRICTS)) ? Path.of(DISTRICTS) : null;
        DistrictsFile list = listFile == null ? DistrictsFile.NONE : DistrictsFile.read(listFile);
        CommonOptions dates = new CommonOptions();
        dates.asOf = asOf;
        int threads = Math.min(4, Runtime.getRuntime().availableProcessors());
        City city = Aggregator.aggregate(new Aggregator.Request(inputs, output, list, name, region, dates.today(), threads,
                Aggregator.untitled(m)));
        Path dir = output.toAbsolutePath().normalize();
        if (formats.contains("json")) {
            OutputTarget.atomically(dir.resolve(JSON), out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                new CityJson(m).write(city, w);
                w.flush();
            });
        }
        if (formats.contains("ledger")) OutputTarget.atomically(dir.resolve(LEDGER), out -> new CityLedger(m).write(city, out));
        if (formats.contains("bulletin") || formats.contains("site")) followed(city, dir, m);
        report(city, dir, m);
        boolean skippedAny = !city.skipped().isEmpty() || !city.duplicates().isEmpty();
        return (skippedAny ? ExitCode.FINDINGS : ExitCode.OK).code();
    }

    /**
     * The outputs that follow the city over its merges: 汇总通报 in docx, html and md, and the site,
     * both with the trend over DIR/history/; this merge's snapshot is kept there for the next one's.
     */
    private void followed(City city, Path dir, Messages m) throws java.io.IOException {
        Path historyDir = dir.resolve(HISTORY);
        History.Folder earlier = History.read(historyDir, CitySnapshots.source(city));
        if (formats.contains("bulletin")) {
            CityBulletin.Rendered bulletin = CityBulletin.render(city, earlier.snapshots(), m, templates);
            for (var document : bulletin.documents().entrySet()) {
                OutputTarget.atomically(dir.resolve(BULLETIN + "." + document.getKey().extension()),
                        out -> out.write(document.getValue()));
            }
        }
        if (formats.contains("site")) {
            SiteRenderer site = new SiteRenderer(ReportTemplates.of(templates, session.lang()));
            OutputTarget.writeSite(dir.resolve(SITE), site.render(CitySiteModelBuilder.build(city, earlier.snapshots(), m)));
        }
        OutputTarget.atomically(historyDir.resolve(History.fileName(city.asOf())), out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            SnapshotJson.write(CitySnapshots.of(city), w);
            w.flush();
        });
    }

    private void report(City city, Path dir, Messages m) {
        PrintWriter err = session.err();
        for (City.Skipped s : city.skipped()) err.println(m.get("aggregate.skipped", s.file(), m.format(s.reasonKey(), s.reasonArgs())));
        for (City.Duplicate d : city.duplicates()) err.println(m.get("aggregate.duplicate", d.district(), d.kept(), d.dropped()));
        for (City.Unmapped u : city.unmapped()) err.println(m.get("aggregate.unmapped", u.district(), u.id(), u.name(), u.tasks()));
        for (String missing : city.missing()) err.println(m.get("aggregate.missing", missing));
        err.flush();
        if (quiet) return;
        Coverage.Tally overall = new Coverage.Tally(city.total().overall());
        PrintWriter out = session.out();
        out.println(m.get(city.ofCities() ? "aggregate.written.cities" : "aggregate.written", dir, city.districts().size(), overall.tasks(),
                overall.rate() == null ? "—" : overall.rate() + "%", city.total().overdue(), city.skipped().size() + city.duplicates().size()));
        out.flush();
    }
}
