package dossier.read;

import dossier.i18n.Localized;
import dossier.model.Figure;
import dossier.model.Finding;
import dossier.model.Location;
import dossier.rules.RegisterRules;
import dossier.shared.ChineseText;
import dossier.shared.DidYouMean;
import dossier.shared.InputException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Reads a unit's metrics.yaml: the figures it declares for the period (SPEC §2.4), one
 * {@code key: value} a line, the key in English or Chinese ({@link MetricKeys}).
 *
 * <pre>
 * enforcement_staff: 40        # or 执法人员数: 40人 / 四十
 * 人大审议意见办理满意度: 96%    # percent: 96 or "96%"; 0.96 is read as 0.96, not 96 (and a check asks)
 * annual_report_date: 2021-03-25
 * annual_report_url: https://www.example.gov.cn/zfxxgk/2021/ndbg.html
 * </pre>
 *
 * Figures are kept under their English key, in file order. Nothing here throws for bad content:
 * an unknown key (THR013, with did-you-mean), a value that cannot be read or is out of range
 * (THR008, at the value's line and column), the same figure twice (THR012, the first kept), a file
 * that is no YAML (THR008 at the error's line) are findings, and a blank value is no figure. Each
 * figure keeps its line as written, so checks can judge how it was written (a percentage as 0.96).
 */
public final class MetricsReader {
    private static final Pattern URL = Pattern.compile("(?i)https?://[^\\s/?#]+\\.[^\\s/?#]+(?:[/?#]\\S*)?");

    public record Result(Map<String, Figure> figures, List<Finding> findings) {
    }

    private final String file;
    private final String unit;
    private final int year;
    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    private MetricsReader(String file, String unit, int year) {
        this.file = file;
        this.unit = unit;
        this.year = year;
    }

    /**
     * @param relativePath the file as findings name it (relative to the repository)
     * @param year         the campaign year, for dates written without one (3月25日)
     */
    public static Result read(Path metricsYaml, String relativePath, String unit, int year) {
        MetricsReader r = new MetricsReader(relativePath, unit, year);
        if (metricsYaml != null && Files.isRegularFile(metricsYaml)) r.read(metricsYaml);
        return new Result(Collections.unmodifiableMap(r.figures), List.copyOf(r.findings));
    }

    private void read(Path path) {
        Node root;
        try {
            root = YamlDocs.compose(path, file);
        } catch (InputException e) {
            findings.add(RegisterRules.METRIC_UNREADABLE.at(e.location(), unit, null, e.key(), "", "",
                    Localized.of(e.key(), e.args().toArray())));
            return;
        } catch (RuntimeException e) {
            findings.add(RegisterRules.METRIC_UNREADABLE.at(Location.file(file), unit, null, "input.yaml.syntax", "", "",
                    Localized.of("input.yaml.syntax", TableReader.reason(e))));
            return;
        }
        if (YamlDocs.isNull(root)) return;
        if (!(root instanceof MappingNode)) {
            findings.add(RegisterRules.METRIC_UNREADABLE.at(YamlDocs.at(file, root), unit, null, "metric.notMapping", "",
                    "", Localized.of("metric.notMapping")));
            return;
        }
        Map<String, Location> firstSeen = new LinkedHashMap<>();
        for (NodeTuple t : YamlDocs.entries(root)) {
            entry(t.getKeyNode(), t.getValueNode(), firstSeen);
        }
    }

    private void entry(Node keyNode, Node valueNode, Map<String, Location> firstSeen) {
        String written = Optional.ofNullable(YamlDocs.scalar(keyNode)).orElse("").strip();
        Location keyAt = YamlDocs.at(file, keyNode);
        Optional<MetricKeys.Key> found = MetricKeys.find(written);
        if (found.isEmpty()) {
            String hint = DidYouMean.suggest(written, MetricKeys.names()).orElse("");
            findings.add(RegisterRules.METRIC_UNKNOWN_KEY.at(keyAt, unit, null, written, written, hint));
            return;
        }
        MetricKeys.Key key = found.get();
        Location first = firstSeen.get(key.english());
        if (first != null) {
            findings.add(RegisterRules.METRIC_DUPLICATE.at(keyAt, unit, null, key.english(), written,
                    Localized.of("figure." + key.english()), first.row()));
            return;
        }
        firstSeen.put(key.english(), keyAt);
        if (YamlDocs.isNull(valueNode)) return;
        String raw = YamlDocs.scalar(valueNode);
        Location valueAt = YamlDocs.at(file, valueNode);
        if (raw == null) {
            bad(valueAt, written, "…", key.english(), Localized.of("metric.expected." + key.kind().id()));
            return;
        }
        String value = raw.strip();
        if (value.isEmpty()) return;
        Figure.Written as = new Figure.Written(written, ChineseText.displayLine(value), valueAt);
        switch (key.kind()) {
            case COUNT, HOURS -> {
                OptionalDouble n = key.kind() == MetricKeys.Kind.COUNT ? MetricValues.count(value) : MetricValues.hours(value);
                if (n.isEmpty()) bad(valueAt, written, value, key.english(), Localized.of("metric.expected." + key.kind().id()));
                else figures.put(key.english(), new Figure(key.english(), n.getAsDouble(), null, null, keyAt, as));
            }
            case PERCENT -> {
                OptionalDouble n = MetricValues.percent(value);
                if (n.isEmpty()) {
                    bad(valueAt, written, value, key.english(), Localized.of("metric.expected.percent"));
                } else if (n.getAsDouble() > 100) {
                    bad(valueAt, written, value, key.english(), Localized.of("metric.percentOver100"));
                } else {
                    figures.put(key.english(), new Figure(key.english(), n.getAsDouble(), null, null, keyAt, as));
                }
            }
            case DATE -> {
                Optional<LocalDate> d = ChineseDates.parse(value, year).map(due -> due.date());
                if (d.isEmpty()) bad(valueAt, written, value, key.english(), Localized.of("metric.expected.date"));
                else figures.put(key.english(), new Figure(key.english(), null, d.get(), null, keyAt, as));
            }
            case LINK -> {
                String url = ChineseText.clean(value);
                if (!URL.matcher(url).matches()) bad(valueAt, written, value, key.english(), Localized.of("metric.expected.link"));
                else figures.put(key.english(), new Figure(key.english(), null, null, url, keyAt, as));
            }
        }
    }

    private void bad(Location at, String written, String value, String english, Localized reason) {
        findings.add(RegisterRules.METRIC_UNREADABLE.at(at, unit, null, english, written,
                ChineseText.displayLine(value), reason));
    }
}
