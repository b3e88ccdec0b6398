package dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.testing.LoopRepo;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The done-when of the supervision loop: three validate --save runs on the sample (07-20, 08-05,
 * 08-20, units filing evidence in between), then bulletin. Trend, ranking and changes read back
 * from the html and the docx must match the three json results.
 */
class BulletinCommandTest {
    @TempDir
    static Path dir;
    static Path repo;
    static List<JsonNode> results = new ArrayList<>();
    static Document html;
    static Path docx;

    @BeforeAll
    static void threeRunsThenBulletin() throws IOException {
        repo = dir.resolve("yuanhui");
        for (String json : LoopRepo.build(repo)) results.add(new ObjectMapper().readTree(json));
        var run = CliRunner.run("bulletin", repo.toString(), "--as-of", "2021-08-20", "--format", "html");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        html = Jsoup.parse(repo.resolve("out/工作进展通报.html").toFile(), "UTF-8");
        var docxRun = CliRunner.run("bulletin", repo.toString(), "--as-of", "2021-08-20");
        assertThat(docxRun.code()).as(docxRun.err()).isZero();
        docx = repo.resolve("out/工作进展通报.docx");
    }

    @Test
    void theTrendHasEveryRunOverallAndPerArea() throws IOException {
        List<List<String>> expected = new ArrayList<>();
        expected.add(rates(results.stream().map(r -> r.path("coverage").path("overall")).toList()));
        for (JsonNode area : results.get(2).path("coverage").path("byArea")) {
            List<JsonNode> cells = new ArrayList<>();
            for (JsonNode r : results) cells.add(byName(r.path("coverage").path("byArea"), "area", area.path("area").asText()));
            expected.add(rates(cells));
        }
        assertThat(expected.get(0)).containsExactly("41.2%", "43.0%", "45.6%");
        List<List<String>> fromHtml = html.select("#trend-table tbody tr").stream()
                .map(tr -> tr.select("td").stream().skip(1).map(Element::text).toList()).toList();
        assertThat(fromHtml).isEqualTo(expected);
        assertThat(html.select("#trend-table thead th").eachText()).containsExactly("统计日期", "2021-07-20", "2021-08-05", "2021-08-20");
        assertThat(html.select("#trend g.series")).hasSize(expected.size());
        List<List<String>> fromDocx = table(docx, "统计日期").stream().skip(1).map(row -> row.subList(1, row.size())).toList();
        assertThat(fromDocx).isEqualTo(expected);
    }

    @Test
    void theRankingFollowsCoverageThenOverdueThenShortfallsThenTheUnitsTable() throws IOException {
        List<String> expected = expectedRanking(results.get(2));
        assertThat(expected.subList(0, 2)).containsExactly("老街街道", "顺河街道");
        assertThat(html.select("#ranking tbody tr").stream().map(tr -> tr.select("td").get(1).text()).toList())
                .isEqualTo(expected);
        assertThat(table(docx, "名次").stream().skip(1).map(row -> row.get(1)).toList()).isEqualTo(expected);
    }

    @Test
    void eachUnitsChangeIsItsRateNowMinusItsRateLastTime() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        for (JsonNode u : results.get(2).path("coverage").path("byUnit")) {
            double now = u.path("rate").asDouble();
            double then = byName(results.get(1).path("coverage").path("byUnit"), "unit", u.path("unit").asText()).path("rate").asDouble();
            double d = Math.round((now - then) * 10) / 10.0;
            expected.put(u.path("unit").asText(), d > 0 ? "↑" + oneDecimal(d) : d < 0 ? "↓" + oneDecimal(-d) : "持平");
        }
        assertThat(expected).containsEntry("顺河街道", "↑25.0").containsEntry("区人社局", "↑15.4").containsEntry("区司法局", "持平");
        Map<String, String> fromHtml = new LinkedHashMap<>();
        for (Element tr : html.select("#ranking tbody tr")) fromHtml.put(tr.select("td").get(1).text(), tr.select("td").get(4).text());
        assertThat(fromHtml).containsExactlyInAnyOrderEntriesOf(expected);
        Map<String, String> fromDocx = new LinkedHashMap<>();
        for (List<String> row : table(docx, "名次").subList(1, 13)) fromDocx.put(row.get(1), row.get(4));
        assertThat(fromDocx).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void theOverallChangeSinceThePreviousAndTheFirstRunAndTheCompleteUnits() throws IOException {
        String overall = html.selectFirst("#overall").text();
        assertThat(overall).contains("资料覆盖率45.6%", "较上次统计（2021-08-05）提高2.6个百分点", "较首次统计（2021-07-20）提高4.4个百分点",
                "2个单位已完成全部任务");
        assertThat(html.selectFirst("#complete").text()).startsWith("老街街道、顺河街道（2个）");
        String text = docxText(docx);
        assertThat(text).contains("较上次统计（2021-08-05）提高2.6个百分点", "老街街道、顺河街道（2个）", "第3次统计");
    }

    @Test
    void docxHasTheTrendAsAPictureAndHtmlAsSvgWithNothingExternal() throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            assertThat(d.getAllPictures()).hasSize(1);
        }
        assertThat(html.select("svg#trend polyline")).isNotEmpty();
        String raw = Files.readString(repo.resolve("out/工作进展通报.html"));
        assertThat(raw).doesNotContain("http://", "https://", "<script", "src=");
    }

    @Test
    void inEnglishTheSameFiguresUnderEnglishWords() throws IOException {
        var run = CliRunner.run("bulletin", repo.toString(), "--as-of", "2021-08-20", "--lang", "en", "--format", "html",
                "-o", dir.resolve("en.html").toString());
        assertThat(run.code()).as(run.err()).isZero();
        Document en = Jsoup.parse(dir.resolve("en.html").toFile(), "UTF-8");
        assertThat(en.title()).endsWith("progress bulletin");
        assertThat(en.selectFirst("#overall").text()).contains("coverage 45.6%", "up 2.6 points since the previous run (2021-08-05)");
        assertThat(en.select("#trend-table tbody tr").eachText()).isEqualTo(html.select("#trend-table tbody tr").eachText()
                .stream().map(t -> t.replace("全部任务", "All tasks")).toList());
        assertThat(en.select("#ranking tbody tr td:eq(1)").eachText()).isEqualTo(html.select("#ranking tbody tr td:eq(1)").eachText());
    }

    @Test
    void countsOnlyNoOfficerNames() throws IOException {
        String text = docxText(docx) + html.text();
        assertThat(text).doesNotContain("陈静", "赵晓琳");
        assertThat(text).contains("执法人员年度培训学时");
    }

    @Test
    void sameInputsSameBytes() throws IOException {
        byte[] first = Files.readAllBytes(docx);
        var again = CliRunner.run("bulletin", repo.toString(), "--as-of", "2021-08-20", "-o", dir.resolve("again.docx").toString());
        assertThat(again.code()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("again.docx"))).isEqualTo(first);
    }

    @Test
    void aBadSnapshotIsNamedAndSkipped() throws IOException {
        Path history = dir.resolve("bad-history");
        Files.createDirectories(history);
        Files.copy(repo.resolve("out/history/2021-07-20.json"), history.resolve("2021-07-20.json"));
        Files.writeString(history.resolve("2021-08-05.json"), "{\"schema\": \"dossier.snapshot/1\", \"asOf\": ");
        var run = CliRunner.run("bulletin", repo.toString(), "--as-of", "2021-08-20", "--history", history.toString(),
                "--format", "md", "-o", "-");
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("2021-08-05.json", "已损坏");
        assertThat(run.out()).contains("第2次统计", "较上次统计（2021-07-20）提高4.4个百分点");
    }

    @Test
    void theRankingOrderAndScoreWeightsComeFromDossierYaml() throws IOException {
        Path yaml = repo.resolve("dossier.yaml");
        String original = Files.readString(yaml);
        try {
            Files.writeString(yaml, original + "\nbulletin:\n  ranking: [score]\n  score: {coverage: 1, timeliness: 0, thresholds: 0}\n");
            var run = CliRunner.run("bulletin", repo.toString(), "--as-of", "2021-08-20", "--format", "md", "-o", "-");
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out()).contains("排名依据：考核得分从高到低；", "| 1 | 老街街道 | 4/4 | 100.0% | 持平 | 0 | 0 | 100.0 |");
            Files.writeString(yaml, original + "\nbulletin:\n  ranking: [speed]\n");
            var bad = CliRunner.run("bulletin", repo.toString(), "--as-of", "2021-08-20", "--format", "md", "-o", "-");
            assertThat(bad.code()).isEqualTo(2);
            assertThat(bad.err()).contains("dossier.yaml", "speed", "coverage");
        } finally {
            Files.writeString(yaml, original);
        }
    }

    @Test
    void theLedgerGainsATrendSheetWithEveryUnitsCoverageAndScore() throws IOException {
        var run = CliRunner.run("ledger", repo.toString(), "--as-of", "2021-08-20", "-o", dir.resolve("台账.xlsx").toString());
        assertThat(run.code()).as(run.err()).isZero();
        try (InputStream in = Files.newInputStream(dir.resolve("台账.xlsx"));
             org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = wb.getSheet("趋势");
            assertThat(sheet).isNotNull();
            var f = new org.apache.poi.ss.usermodel.DataFormatter();
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(f.formatCellValue(c)));
            assertThat(header).containsExactly("单位", "2021-07-20", "2021-08-05", "2021-08-20", "较上次（百分点）", "考核得分");
            Map<String, String> scores = new LinkedHashMap<>();
            for (Element tr : html.select("#scores tbody tr")) scores.put(tr.select("td").get(0).text(), tr.select("td").get(4).text());
            int r = 1;
            for (JsonNode u : results.get(2).path("coverage").path("byUnit")) {
                var row = sheet.getRow(r++);
                String unit = u.path("unit").asText();
                assertThat(f.formatCellValue(row.getCell(0))).isEqualTo(unit);
                for (int i = 0; i < 3; i++) {
                    double expected = byName(results.get(i).path("coverage").path("byUnit"), "unit", unit).path("rate").asDouble();
                    assertThat(row.getCell(1 + i).getNumericCellValue() * 100).as(unit + " run " + i).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
                }
                assertThat(oneDecimal(row.getCell(5).getNumericCellValue())).isEqualTo(scores.get(unit));
            }
            assertThat(f.formatCellValue(sheet.getRow(r).getCell(0))).isEqualTo("合计");
        }
    }

    @Test
    void aLedgerWithoutSnapshotsHasNoTrendSheet() throws IOException {
        Path fresh = dir.resolve("fresh");
        dossier.testing.SampleRepo.copyTo(fresh);
        var run = CliRunner.run("ledger", fresh.toString(), "--as-of", "2021-08-20");
        assertThat(run.code()).as(run.err()).isZero();
        try (InputStream in = Files.newInputStream(fresh.resolve("out/工作台账.xlsx"));
             org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertThat(wb.getSheet("趋势")).isNull();
        }
    }

    private static List<String> expectedRanking(JsonNode result) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (JsonNode u : result.path("coverage").path("byUnit")) {
            order.add(u.path("unit").asText());
            counts.put(u.path("unit").asText(), new int[]{(int) Math.round(u.path("rate").asDouble() * 10), 0, 0});
        }
        for (JsonNode f : result.path("findings")) {
            if (f.path("rule").asText().equals("DUE001") && f.path("waived").isNull()) counts.get(f.path("unit").asText())[1]++;
        }
        for (JsonNode t : result.path("thresholds")) {
            if (List.of("fail", "missing", "progress").contains(t.path("status").asText())) counts.get(t.path("unit").asText())[2]++;
        }
        List<String> sorted = new ArrayList<>(order);
        sorted.sort(Comparator.comparingInt((String u) -> -counts.get(u)[0]).thenComparingInt(u -> counts.get(u)[1])
                .thenComparingInt(u -> counts.get(u)[2]).thenComparingInt(order::indexOf));
        return sorted;
    }

    private static List<String> rates(List<JsonNode> tallies) {
        return tallies.stream().map(t -> t.path("rate").isNull() ? "—" : oneDecimal(t.path("rate").asDouble()) + "%").toList();
    }

    private static JsonNode byName(JsonNode list, String field, String name) {
        for (JsonNode n : list) if (n.path(field).asText().equals(name)) return n;
        throw new AssertionError(name);
    }

    private static String oneDecimal(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /** The rows of the docx table whose first header cell is {@code head}, as cell texts. */
    static List<List<String>> table(Path file, String head) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument d = new XWPFDocument(in)) {
            for (XWPFTable t : d.getTables()) {
                if (!t.getRow(0).getCell(0).getText().strip().equals(head)) continue;
                List<List<String>> rows = new ArrayList<>();
                for (XWPFTableRow r : t.getRows()) rows.add(r.getTableCells().stream().map(c -> c.getText().strip().replace("■", "")).toList());
                return rows;
            }
        }
        throw new AssertionError("no table headed " + head);
    }

    private static String docxText(Path file) throws IOException {
        return NoticesCommandTest.docxText(file);
    }
}
