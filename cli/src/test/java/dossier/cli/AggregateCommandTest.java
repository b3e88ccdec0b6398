package dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dossier.core.Coverage;
import dossier.history.Snapshot;
import dossier.history.SnapshotJson;
import dossier.model.TaskState;
import dossier.read.BuiltinCatalogue;
import dossier.supervision.Bulletin;
import dossier.supervision.Scores;
import dossier.testing.Districts;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three districts (the sample and two test repositories) and a damaged fourth result merged:
 * every number of the city's json and ledger is recomputed here from the districts' own json.
 */
class AggregateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static List<Path> results;
    static Path damaged;
    static CliRunner.Run run;
    static JsonNode city;

    @BeforeAll
    static void merge() throws IOException {
        results = Districts.results(dir);
        damaged = dir.resolve("results/wuyang/dossier.json");
        Files.createDirectories(damaged.getParent());
        String whole = Files.readString(results.get(1), StandardCharsets.UTF_8);
        Files.writeString(damaged, whole.substring(0, whole.length() / 2), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("districts.yaml"), """
                name: 漯河市法治政府建设示范创建
                region: 漯河市
                districts:
                  - {name: 郾城区, site: https://yancheng.example/site/, liaison: 赵敏 0395-3100001}
                  - {name: 源汇区, site: ../yuanhui/site/index.html}
                  - 召陵区
                  - 舞阳县
                """, StandardCharsets.UTF_8);
        run = CliRunner.run("aggregate", dir.resolve("results").toString(), "-o", dir.resolve("city").toString(),
                "--districts", dir.resolve("districts.yaml").toString());
        city = JSON.readTree(dir.resolve("city/汇总结果.json").toFile());
    }

    @Test
    void theDamagedResultIsNamedAndSkipped() {
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("跳过 " + damaged + "：文件已损坏");
        assertThat(city.get("skipped")).hasSize(1);
        assertThat(city.at("/skipped/0/file").asText()).isEqualTo(damaged.toString());
        assertThat(city.at("/skipped/0/reason").asText()).isEqualTo("aggregate.damaged");
        assertThat(city.get("missing")).extracting(JsonNode::asText).containsExactly("舞阳县");
    }

    @Test
    void districtsComeInTheOrderOfDistrictsYamlWithTheirLinks() {
        assertThat(city.get("districts")).extracting(d -> d.get("region").asText())
                .containsExactly("漯河市郾城区", "漯河市源汇区", "漯河市召陵区");
        assertThat(city.at("/districts/0/site").asText()).isEqualTo("https://yancheng.example/site/");
        assertThat(city.at("/campaign/name").asText()).isEqualTo("漯河市法治政府建设示范创建");
    }

    @Test
    void totalsAreTheSumsOfTheDistrictResults() throws IOException {
        List<JsonNode> districts = new ArrayList<>();
        for (Path r : results) districts.add(JSON.readTree(r.toFile()));
        Map<String, Integer> overall = new LinkedHashMap<>();
        Map<String, Integer> findings = new LinkedHashMap<>();
        Map<String, Integer> thresholds = new LinkedHashMap<>();
        Map<String, Integer> byArea = new LinkedHashMap<>();
        int overdue = 0;
        for (JsonNode d : districts) {
            add(overall, d.at("/coverage/overall/states"), "");
            add(findings, d.at("/summary/findings"), "");
            for (JsonNode t : d.get("thresholds")) thresholds.merge(t.get("id").asText() + "/" + t.get("status").asText(), 1, Integer::sum);
            for (JsonNode a : d.at("/coverage/byArea")) {
                if (BuiltinCatalogue.AREAS.contains(a.get("area").asText())) add(byArea, a.get("states"), a.get("area").asText() + "/");
            }
            for (JsonNode t : d.get("tasks")) {
                for (JsonNode rule : t.get("findings")) if (rule.asText().equals("DUE001")) overdue++;
            }
        }
        Map<String, Integer> cityOverall = new LinkedHashMap<>();
        add(cityOverall, city.at("/coverage/overall/states"), "");
        assertThat(cityOverall).isEqualTo(overall);
        assertThat(city.at("/summary/tasks").asInt()).isEqualTo(overall.values().stream().mapToInt(Integer::intValue).sum());
        Map<String, Integer> cityFindings = new LinkedHashMap<>();
        add(cityFindings, city.at("/summary/findings"), "");
        assertThat(cityFindings).isEqualTo(findings);
        assertThat(city.at("/summary/overdue").asInt()).isEqualTo(overdue).isPositive();
        Map<String, Integer> cityThresholds = new LinkedHashMap<>();
        for (JsonNode t : city.get("thresholds")) add(cityThresholds, t.get("statuses"), t.get("id").asText() + "/");
        assertThat(cityThresholds).isEqualTo(thresholds);
        Map<String, Integer> cityByArea = new LinkedHashMap<>();
        for (JsonNode a : city.at("/coverage/byArea")) add(cityByArea, a.get("states"), a.get("area").asText() + "/");
        cityByArea.values().removeIf(n -> n == 0);
        byArea.values().removeIf(n -> n == 0);
        assertThat(cityByArea).isEqualTo(byArea);
    }

    @Test
    void reKeyedIndicatorsMapToTheCatalogueAndTheRestIsListed() throws IOException {
        JsonNode yancheng = city.at("/districts/0");
        assertThat(yancheng.at("/coverage/overall")).isEqualTo(JSON.readTree(results.get(2).toFile()).at("/coverage/overall"));
        Map<String, Integer> indicators = new LinkedHashMap<>();
        assertThat(city.get("unmapped")).extracting(u -> u.get("district").asText() + " " + u.get("id").asText())
                .contains("郾城区法治政府建设示范创建 4").noneMatch(s -> s.startsWith("郾城区法治政府建设示范创建 1")
                        || s.startsWith("郾城区法治政府建设示范创建 2") || s.startsWith("郾城区法治政府建设示范创建 3"));
        assertThat(run.err()).contains("郾城区法治政府建设示范创建 的指标 4“法治文化阵地建设”");
        for (JsonNode i : city.get("indicators")) indicators.put(i.get("id").asText(), i.get("tasks").asInt());
        assertThat(indicators).hasSize(28);
        assertThat(indicators.get("4.3")).as("yuanhui's 4.3 and yancheng's 3").isGreaterThan(0);
    }

    @Test
    void theLedgerSaysWhatTheJsonSays() throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve("city/汇总台账.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("覆盖率");
            Sheet coverage = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            int sum = 0;
            for (int r = 1; r <= 3; r++) {
                JsonNode d = city.get("districts").get(r - 1);
                assertThat(f.formatCellValue(coverage.getRow(r).getCell(1))).isEqualTo(d.get("name").asText());
                assertThat((int) coverage.getRow(r).getCell(3).getNumericCellValue()).isEqualTo(d.at("/coverage/overall/tasks").asInt());
                assertThat(f.formatCellValue(coverage.getRow(r).getCell(0))).isEqualTo(d.get("rank").asText());
                sum += d.at("/coverage/overall/tasks").asInt();
            }
            assertThat(f.formatCellValue(coverage.getRow(4).getCell(1))).isEqualTo("合计");
            assertThat((int) coverage.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(sum);
            assertThat(wb.getSheet("说明").getRow(1).getCell(1).getStringCellValue()).isEqualTo(damaged.toString());
            assertThat(wb.getSheet("排名").getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    void theSiteShowsTheDistrictsAndLinksToTheirOwnSites() throws IOException {
        org.jsoup.nodes.Document index = org.jsoup.Jsoup.parse(dir.resolve("city/site/index.html").toFile(), "UTF-8");
        var rows = index.select("#heatmap tbody tr");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).selectFirst("th a").attr("href")).isEqualTo("https://yancheng.example/site/");
        assertThat(rows.get(2).selectFirst("th a").attr("href")).isEqualTo("unit-003.html");
        assertThat(rows.get(1).select("td.n").text()).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f%%",
                city.at("/districts/1/coverage/overall/rate").asDouble()));
        assertThat(index.select("p.big strong").text()).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f%%",
                city.at("/coverage/overall/rate").asDouble()));
        assertThat(Files.exists(dir.resolve("city/site/unit-003.html"))).isTrue();
        assertThat(index.select("#heatmap thead th").first().text()).isEqualTo("区县");
        assertThat(index.select("h2#heat").text()).isEqualTo("区县 × 一级指标完成情况");
    }

    @Test
    void theBulletinRanksTheDistrictsAndFollowsEarlierMerges() throws IOException {
        Path out = twoMerges();
        String md = Files.readString(out.resolve("汇总通报.md"), StandardCharsets.UTF_8);
        assertThat(md).contains("第2次统计").contains("较上次统计（2021-07-20）");
        for (JsonNode d : city.get("districts")) {
            assertThat(md).contains("| " + d.get("rank").asText() + " | " + d.get("name").asText() + " | "
                    + d.at("/coverage/overall/covered").asText() + "/" + d.at("/coverage/overall/applicable").asText() + " |");
        }
        assertThat(out.resolve("汇总通报.docx")).exists();
        assertThat(out.resolve("history/2021-07-20.json")).exists();
    }

    /** The districts merged as of 2021-07-20 and then 2021-08-05 into bulletin/ (every output, so history/ has the first). */
    private static synchronized Path twoMerges() throws IOException {
        Path out = dir.resolve("bulletin");
        if (Files.exists(out.resolve("history/2021-08-05.json"))) return out;
        Path earlier = Files.createDirectories(dir.resolve("earlier"));
        for (int i = 0; i < results.size(); i++) {
            Files.writeString(earlier.resolve(i + ".json"), Files.readString(results.get(i), StandardCharsets.UTF_8)
                    .replace("\"asOf\": \"2021-08-05\"", "\"asOf\": \"2021-07-20\""), StandardCharsets.UTF_8);
        }
        assertThat(CliRunner.run("aggregate", earlier.toString(), "-o", out.toString(), "--name", "漯河市").code()).isZero();
        List<String> now = new ArrayList<>(List.of("aggregate"));
        results.forEach(r -> now.add(r.toString()));
        now.addAll(List.of("-o", out.toString(), "--name", "漯河市"));
        assertThat(CliRunner.run(now.toArray(String[]::new)).code()).isZero();
        return out;
    }

    @Test
    void theCitySiteFollowsTheCityOverItsMergesAndSaysSoWhenThereIsOnlyOne() throws IOException {
        Path out = twoMerges();
        org.jsoup.nodes.Document index = org.jsoup.Jsoup.parse(out.resolve("site/index.html").toFile(), "UTF-8");
        var points = index.select("section[aria-labelledby=trend] tbody tr");
        JsonNode first = JSON.readTree(out.resolve("history/2021-07-20.json").toFile());
        JsonNode now = JSON.readTree(out.resolve("汇总结果.json").toFile());
        assertThat(points.eachText()).containsExactly(
                "2021-07-20 " + first.at("/coverage/overall/covered").asInt() + " " + first.at("/coverage/overall/applicable").asInt()
                        + " " + String.format(java.util.Locale.ROOT, "%.1f%%", first.at("/coverage/overall/rate").asDouble()),
                "2021-08-05 " + now.at("/coverage/overall/covered").asInt() + " " + now.at("/coverage/overall/applicable").asInt()
                        + " " + String.format(java.util.Locale.ROOT, "%.1f%%", now.at("/coverage/overall/rate").asDouble()));
        assertThat(index.select("section[aria-labelledby=trend] svg")).isNotEmpty();
        org.jsoup.nodes.Document yancheng = org.jsoup.Jsoup.parse(out.resolve("site/unit-001.html").toFile(), "UTF-8");
        assertThat(yancheng.getElementById("trend").parent().select("tbody tr").eachText())
                .extracting(t -> t.substring(0, 10)).containsExactly("2021-07-20", "2021-08-05");

        String once = Files.readString(dir.resolve("city/site/index.html"), StandardCharsets.UTF_8);
        assertThat(once).contains("还只有本次汇总，没有可比较的历史（每次运行 dossier aggregate 在输出目录的 history/ 中保存一次，下次汇总即显示变化）。")
                .doesNotContain("validate --save");
        Path siteOnly = dir.resolve("site-only");
        assertThat(CliRunner.run("aggregate", results.get(0).toString(), "-o", siteOnly.toString(), "--format", "site").code()).isZero();
        assertThat(siteOnly.resolve("history/2021-08-05.json")).as("the next merge's earlier point").exists();
    }

    @Test
    void theCitySiteListsEachDistrictsOverdueTasksPerIndicator() throws IOException {
        org.jsoup.nodes.Document index = org.jsoup.Jsoup.parse(dir.resolve("city/site/index.html").toFile(), "UTF-8");
        var section = index.select("section[aria-labelledby=overdue]");
        assertThat(section.select("thead th").eachText()).containsExactly("区县", "指标", "逾期任务数");
        assertThat(section.text()).doesNotContain("没有逾期的任务");
        var rows = section.select("tbody tr");
        for (Path r : results) {
            JsonNode own = JSON.readTree(r.toFile());
            String name = own.at("/campaign/name").asText();
            Map<String, Integer> late = new LinkedHashMap<>();
            for (JsonNode t : own.get("tasks")) {
                for (JsonNode rule : t.get("findings")) if (rule.asText().equals("DUE001")) late.merge(t.get("indicator").asText(), 1, Integer::sum);
            }
            int listed = rows.stream().filter(row -> row.selectFirst("th").text().equals(name))
                    .mapToInt(row -> Integer.parseInt(row.select("td").last().text())).sum();
            assertThat(listed).as(name).isEqualTo(late.values().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(district(city, name).get("overdue").asInt());
            if (name.startsWith("召陵区")) {
                assertThat(late.get("2.2")).isPositive();
                assertThat(rows.eachText()).contains(name + " 2.2 加强行政规范性文件合法性审查 " + late.get("2.2"));
            }
        }
        assertThat(rows.first().selectFirst("td a").attr("href")).startsWith("unit-001.html#task-");
    }

    @Test
    void theCityBulletinListsWhatFallsDueInTheNext14DaysPerDistrictAndIndicator() throws IOException {
        String yancheng = "郾城区法治政府建设示范创建";
        String yuanhui = "源汇区法治政府建设示范创建";
        String zhaoling = "召陵区法治政府建设示范创建";
        int waiting = 0;
        for (Path r : results) {
            for (JsonNode t : JSON.readTree(r.toFile()).get("tasks")) {
                String due = t.path("due").asText("");
                if (t.get("state").asText().equals("missing") && due.compareTo("2021-08-05") >= 0 && due.compareTo("2021-08-19") <= 0) waiting++;
            }
        }
        int listed = 0;
        for (JsonNode u : city.get("upcoming")) if (u.get("date").asText().compareTo("2021-08-19") <= 0) listed += u.get("tasks").asInt();
        assertThat(listed).as("tasks with nothing filed due within 14 days, in the districts' own results").isEqualTo(waiting).isPositive();

        String md = Files.readString(dir.resolve("city/汇总通报.md"), StandardCharsets.UTF_8);
        assertThat(md).contains("| 完成时限 | 指标 | 尚未提交的区县 |",
                "| 2021-08-10 | 1.1 深化行政审批制度改革 | " + yancheng + "、" + yuanhui + "、" + zhaoling + " |",
                "| 2021-08-10 | 4.3 落实行政执法责任制 | " + yancheng + "、" + yuanhui + " |",
                "| 2021-08-10 | 4 法治文化阵地建设 | " + yancheng + " |",
                "| 2021-08-05 | 2.1 完善行政规范性文件制定 | " + yuanhui + " |")
                .doesNotContain("今后14天内没有到期未提交的任务");
        assertThat(md).as("召陵区's 2.2 fell due on 2021-07-20: overdue, not due").doesNotContain("2.2 加强行政规范性文件合法性审查 | " + yuanhui + "、");
        List<List<String>> docx = BulletinCommandTest.table(dir.resolve("city/汇总通报.docx"), "完成时限");
        assertThat(docx.get(0)).containsExactly("完成时限", "指标", "尚未提交的区县");
        assertThat(docx).contains(List.of("2021-08-10", "1.1 深化行政审批制度改革", yancheng + "、" + yuanhui + "、" + zhaoling));
        assertThat(docx).hasSize(1 + (int) md.lines().filter(l -> l.matches("\\| 2021-08-\\d\\d \\|.*")).count());
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(dir.resolve("city/汇总通报.html").toFile(), "UTF-8");
        assertThat(html.select("tr:has(td:containsOwn(4 法治文化阵地建设))").text()).isEqualTo("2021-08-10 4 法治文化阵地建设 " + yancheng);
    }

    @Test
    void theCitySiteListsWhatFallsDueInTheNext14DaysPerDistrict() throws IOException {
        org.jsoup.nodes.Document index = org.jsoup.Jsoup.parse(dir.resolve("city/site/index.html").toFile(), "UTF-8");
        var rows = index.select("section[aria-labelledby=soon] tbody tr");
        int expected = 0;
        for (JsonNode u : city.get("upcoming")) if (u.get("date").asText().compareTo("2021-08-19") <= 0) expected += u.get("districts").size();
        assertThat(rows).hasSize(expected).isNotEmpty();
        assertThat(index.select("section[aria-labelledby=soon] thead th").first().text()).isEqualTo("区县");
        assertThat(rows.eachText()).contains("郾城区法治政府建设示范创建 1.1 深化行政审批制度改革 2021-08-10 5",
                "召陵区法治政府建设示范创建 1.1 深化行政审批制度改革 2021-08-10 5", "郾城区法治政府建设示范创建 4 法治文化阵地建设 2021-08-10 5");
        assertThat(rows.first().text()).startsWith("源汇区法治政府建设示范创建 2.1 完善行政规范性文件制定 2021-08-05 0");
        var yancheng = rows.stream().filter(r -> r.text().startsWith("郾城区法治政府建设示范创建 1.1")).findFirst().orElseThrow();
        assertThat(yancheng.selectFirst("td a").attr("href")).startsWith("unit-001.html#task-");
        assertThat(index.text()).doesNotContain("14 天内没有到期的任务");
    }

    @Test
    void theCityBulletinNamesDistrictsWhereADistrictsBulletinNamesUnits() throws IOException {
        String md = Files.readString(dir.resolve("city/汇总通报.md"), StandardCharsets.UTF_8);
        assertThat(md).contains("## 二、各区县进展排名", "| 名次 | 区县 | 已提交/应提交 |", "## 三、已完成全部任务的区县",
                "## 四、进度滞后的区县\n\n| 区县 | 逾期任务数 |", "| 量化指标 | 指标 | 未达标区县 |", "| 区县 | 资料覆盖率 |",
                "按区县名单（districts.yaml）中的顺序").doesNotContain("单位");
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(dir.resolve("city/汇总通报.html").toFile(), "UTF-8");
        assertThat(html.select("#ranking thead th").eachText()).startsWith("名次", "区县");
        assertThat(html.text()).contains("个区县已完成全部任务").doesNotContain("单位");
        Path docx = dir.resolve("city/汇总通报.docx");
        assertThat(NoticesCommandTest.docxText(docx)).contains("二、各区县进展排名", "四、进度滞后的区县").doesNotContain("单位");
        assertThat(BulletinCommandTest.table(docx, "名次").get(0)).startsWith("名次", "区县");
        assertThat(BulletinCommandTest.table(docx, "区县").get(0)).containsExactly("区县", "逾期任务数", "最长逾期天数");

        Path en = dir.resolve("en");
        CliRunner.Run english = CliRunner.run("aggregate", dir.resolve("results").toString(), "-o", en.toString(),
                "--districts", dir.resolve("districts.yaml").toString(), "--format", "bulletin", "--lang", "en");
        assertThat(english.code()).as(english.err()).isEqualTo(1);
        String enMd = Files.readString(en.resolve("汇总通报.md"), StandardCharsets.UTF_8);
        assertThat(enMd).contains("## 2. Districts ranked", "| Rank | District |", "## 4. Districts lagging behind",
                "then in the order of districts.yaml").doesNotContainIgnoringCase("unit");
    }

    @Test
    void aCityGivenNoNameIsTitledByItsRegionAndAFixedWordingNeverByItsFolder() throws IOException {
        Path regional = dir.resolve("city-of-luohe");
        CliRunner.Run r = CliRunner.run("aggregate", dir.resolve("results").toString(), "-o", regional.toString(),
                "--region", "漯河市", "--format", "json,bulletin,site");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(Files.readString(regional.resolve("汇总通报.md"), StandardCharsets.UTF_8))
                .startsWith("# 漯河市法治政府建设示范创建汇总工作进展通报\n");
        assertThat(BulletinCommandTest.table(regional.resolve("汇总通报.docx"), "名次")).isNotEmpty();
        assertThat(NoticesCommandTest.docxText(regional.resolve("汇总通报.docx"))).startsWith("漯河市法治政府建设示范创建汇总工作进展通报");
        org.jsoup.nodes.Document site = org.jsoup.Jsoup.parse(regional.resolve("site/index.html").toFile(), "UTF-8");
        assertThat(site.title()).isEqualTo("总览 · 漯河市法治政府建设示范创建汇总");
        assertThat(site.select("p.campaign").text()).isEqualTo("漯河市法治政府建设示范创建汇总");
        assertThat(JSON.readTree(regional.resolve("汇总结果.json").toFile()).at("/campaign/name").asText())
                .isEqualTo("漯河市法治政府建设示范创建汇总");

        Path nameless = dir.resolve("nameless");
        assertThat(CliRunner.run("aggregate", dir.resolve("results").toString(), "-o", nameless.toString(),
                "--format", "bulletin,site").code()).isEqualTo(1);
        assertThat(Files.readString(nameless.resolve("汇总通报.md"), StandardCharsets.UTF_8)).startsWith("# 法治政府建设示范创建汇总工作进展通报\n");
        assertThat(Files.readString(nameless.resolve("site/index.html"), StandardCharsets.UTF_8)).doesNotContain("nameless")
                .contains("<p class=\"campaign\">法治政府建设示范创建汇总</p>");
        assertThat(CliRunner.run("aggregate", dir.resolve("results").toString(), "-o", nameless.toString(),
                "--format", "bulletin", "--lang", "en", "--region", "Luohe").code()).isEqualTo(1);
        assertThat(Files.readString(nameless.resolve("汇总通报.md"), StandardCharsets.UTF_8))
                .startsWith("# Luohe rule-of-law demonstration campaign — city overview: progress bulletin\n");
    }

    @Test
    void anyInputOrderGivesTheSameBytes() throws IOException {
        List<String> args = new ArrayList<>(List.of("aggregate"));
        for (int i = results.size() - 1; i >= 0; i--) args.add(results.get(i).toString());
        args.add(damaged.toString());
        args.addAll(List.of("-o", dir.resolve("again").toString(), "--districts", dir.resolve("districts.yaml").toString()));
        CliRunner.Run again = CliRunner.run(args.toArray(String[]::new));
        assertThat(again.code()).isEqualTo(1);
        for (String out : List.of("汇总结果.json", "汇总台账.xlsx", "site/index.html", "site/unit-001.html", "汇总通报.docx",
                "汇总通报.md")) {
            assertThat(Files.readAllBytes(dir.resolve("again").resolve(out))).as(out)
                    .isEqualTo(Files.readAllBytes(dir.resolve("city").resolve(out)));
        }
    }

    @Test
    void aProvinceMergesCitiesTheSameWay() throws IOException {
        CliRunner.Run province = CliRunner.run("aggregate", dir.resolve("city/汇总结果.json").toString(),
                "-o", dir.resolve("province").toString(), "--name", "某省");
        assertThat(province.code()).as(province.err()).isZero();
        JsonNode p = JSON.readTree(dir.resolve("province/汇总结果.json").toFile());
        assertThat(p.at("/districts/0/name").asText()).isEqualTo("漯河市法治政府建设示范创建");
        assertThat(p.at("/coverage/overall")).isEqualTo(city.at("/coverage/overall"));
        assertThat(p.get("indicators")).isEqualTo(city.get("indicators"));
        assertThat(p.get("thresholds")).isEqualTo(city.get("thresholds"));
        assertThat(p.at("/coverage/byArea")).isEqualTo(city.at("/coverage/byArea"));
    }

    @Test
    void aProvinceOverTwoCitiesKeepsWhatFallsDueAndAnOlderAggregateWithoutItStillMerges() throws IOException {
        Path other = dir.resolve("other");
        Path province = provinceOfTwo();
        JsonNode p = JSON.readTree(province.resolve("汇总结果.json").toFile());
        JsonNode second = JSON.readTree(other.resolve("汇总结果.json").toFile());
        Map<String, Integer> both = upcoming(city);
        upcoming(second).forEach((k, n) -> both.merge(k, n, Integer::sum));
        assertThat(upcoming(p)).isEqualTo(both).isNotEmpty();
        JsonNode first = city.get("upcoming").get(0);
        assertThat(p.get("upcoming").get(0).get("districts")).extracting(JsonNode::asText).containsExactly("漯河市法治政府建设示范创建");
        assertThat(Files.readString(province.resolve("汇总通报.md"), StandardCharsets.UTF_8))
                .contains("| " + first.get("date").asText() + " | " + first.get("indicator").asText() + " " + first.get("name").asText()
                        + " | 漯河市法治政府建设示范创建 |")
                .contains("| 2021-08-10 | 1.1 深化行政审批制度改革 | " + p.at("/districts/0/name").asText() + "、"
                        + p.at("/districts/1/name").asText() + " |");

        com.fasterxml.jackson.databind.node.ObjectNode older = (com.fasterxml.jackson.databind.node.ObjectNode) city.deepCopy();
        older.remove("upcoming");
        Path old = dir.resolve("older-city/汇总结果.json");
        Path mixed = provinceWith(older, old, dir.resolve("province-old-and-new"));
        JsonNode m = JSON.readTree(mixed.resolve("汇总结果.json").toFile());
        assertThat(m.get("districts")).hasSize(2);
        assertThat(upcoming(m)).isEqualTo(upcoming(second));
        assertThat(Files.readString(mixed.resolve("汇总通报.md"), StandardCharsets.UTF_8))
                .contains("| 2021-08-10 | 1.1 深化行政审批制度改革 | 舞钢市 |");
        assertThat(schema().validate(older.toString(), InputFormat.JSON)).isEmpty();

        older.set("upcoming", JSON.readTree("[{\"date\": \"八月\", \"indicator\": \"1.1\", \"name\": \"\", \"tasks\": 1, \"districts\": []}]"));
        Files.writeString(old, older.toString(), StandardCharsets.UTF_8);
        CliRunner.Run bad = CliRunner.run("aggregate", old.toString(), "-o", dir.resolve("province-bad").toString(), "--format", "json");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("跳过 " + old + "：缺少字段 upcoming 或其值不合法");
    }

    @Test
    void eachDistrictsScoreIsWhatTheDistrictsOwnScoringGivesItAsOneUnit() throws IOException {
        String md = Files.readString(dir.resolve("city/汇总通报.md"), StandardCharsets.UTF_8);
        List<String> timeliness = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            String label = JSON.readTree(results.get(i).toFile()).at("/campaign/name").asText();
            Bulletin.Score own = Scores.of(asOneUnit(List.of(districtSnapshot(i)), label), Bulletin.Weights.DEFAULT).get(label);
            timeliness.add(own.timeliness().toString());
            assertThat(md).as(label).contains("| " + label + " | " + one(own.coverage()) + " | " + one(own.timeliness()) + " | "
                    + one(own.thresholds()) + " | **" + own.totalText() + "** |");
            assertThat(md).as(label + " in the ranking").containsPattern("\\| " + label + " \\|.*\\| " + own.totalText().replace(".", "\\.") + " \\|\n");
        }
        assertThat(timeliness).as("a district with overdue tasks is not on time").anyMatch(t -> !t.equals("100.0"));
    }

    @Test
    void theLaggingTableGivesEachDistrictsLongestOverdueFromItsOwnTasks() throws IOException {
        String md = Files.readString(dir.resolve("city/汇总通报.md"), StandardCharsets.UTF_8);
        long cityLongest = 0;
        int due = 0;
        for (int i = 0; i < results.size(); i++) {
            JsonNode r = JSON.readTree(results.get(i).toFile());
            java.time.LocalDate asOf = java.time.LocalDate.parse(r.get("asOf").asText());
            long longest = 0;
            int overdue = 0;
            int dueTasks = 0;
            for (JsonNode t : r.get("tasks")) {
                if (t.get("due").isNull()) continue;
                java.time.LocalDate day = java.time.LocalDate.parse(t.get("due").asText());
                if (!day.isBefore(asOf)) continue;
                if (!t.get("state").asText().equals("not_applicable")) dueTasks++;
                if (t.get("state").asText().equals("missing")) {
                    overdue++;
                    longest = Math.max(longest, java.time.temporal.ChronoUnit.DAYS.between(day, asOf));
                }
            }
            JsonNode d = district(city, r.at("/campaign/name").asText());
            assertThat(d.get("longestOverdue").asLong()).isEqualTo(longest);
            assertThat(d.get("dueTasks").asInt()).isEqualTo(dueTasks);
            if (overdue > 0) assertThat(md).contains("| " + d.get("name").asText() + " | " + d.get("overdue").asInt() + " | " + longest + " |");
            cityLongest = Math.max(cityLongest, longest);
            due += dueTasks;
        }
        assertThat(cityLongest).isPositive();
        assertThat(city.at("/summary/longestOverdue").asLong()).isEqualTo(cityLongest);
        assertThat(city.at("/summary/dueTasks").asInt()).isEqualTo(due);
    }

    @Test
    void aProvinceScoresEachCityAsTheCitysDistrictsTakenTogetherAndAnOlderAggregateShowsWhatItCannotKnowAsADash()
            throws IOException {
        Path other = dir.resolve("other");
        Path province = provinceOfTwo();
        String md = Files.readString(province.resolve("汇总通报.md"), StandardCharsets.UTF_8);
        String luohe = "漯河市法治政府建设示范创建";
        Bulletin.Score all = Scores.of(asOneUnit(List.of(districtSnapshot(0), districtSnapshot(1), districtSnapshot(2)), luohe),
                Bulletin.Weights.DEFAULT).get(luohe);
        Bulletin.Score wugang = Scores.of(asOneUnit(List.of(districtSnapshot(1)), "舞钢市"), Bulletin.Weights.DEFAULT).get("舞钢市");
        assertThat(md).contains("| " + luohe + " | " + one(all.coverage()) + " | " + one(all.timeliness()) + " | "
                        + one(all.thresholds()) + " | **" + all.totalText() + "** |",
                "| 舞钢市 | " + one(wugang.coverage()) + " | " + one(wugang.timeliness()) + " | " + one(wugang.thresholds())
                        + " | **" + wugang.totalText() + "** |",
                "| " + luohe + " | " + city.at("/summary/overdue").asInt() + " | " + city.at("/summary/longestOverdue").asLong() + " |");
        JsonNode p = JSON.readTree(province.resolve("汇总结果.json").toFile());
        assertThat(p.at("/summary/dueTasks").asInt()).isEqualTo(city.at("/summary/dueTasks").asInt()
                + JSON.readTree(other.resolve("汇总结果.json").toFile()).at("/summary/dueTasks").asInt());

        com.fasterxml.jackson.databind.node.ObjectNode older = (com.fasterxml.jackson.databind.node.ObjectNode) city.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) older.get("summary")).remove(List.of("dueTasks", "longestOverdue"));
        for (JsonNode d : older.get("districts")) ((com.fasterxml.jackson.databind.node.ObjectNode) d).remove(List.of("dueTasks", "longestOverdue"));
        assertThat(schema().validate(older.toString(), InputFormat.JSON)).isEmpty();
        Path old = dir.resolve("scored-older/汇总结果.json");
        Path mixed = provinceWith(older, old, dir.resolve("scored-mixed"));
        String mixedMd = Files.readString(mixed.resolve("汇总通报.md"), StandardCharsets.UTF_8);
        assertThat(mixedMd).contains("| " + luohe + " | " + one(all.coverage()) + " | — | " + one(all.thresholds()) + " | **—** |",
                "| 舞钢市 | " + one(wugang.coverage()) + " | " + one(wugang.timeliness()) + " | " + one(wugang.thresholds())
                        + " | **" + wugang.totalText() + "** |",
                "| " + luohe + " | " + city.at("/summary/overdue").asInt() + " | — |");
        JsonNode m = JSON.readTree(mixed.resolve("汇总结果.json").toFile());
        assertThat(m.at("/summary/dueTasks").isNull()).as("not known, never a false sum").isTrue();
        assertThat(district(m, luohe).get("longestOverdue").isNull()).isTrue();
        assertThat(district(m, "舞钢市").get("longestOverdue").asLong()).isEqualTo(
                JSON.readTree(other.resolve("汇总结果.json").toFile()).at("/summary/longestOverdue").asLong());

        ((com.fasterxml.jackson.databind.node.ObjectNode) older.get("summary")).put("dueTasks", "十一");
        Files.writeString(old, older.toString(), StandardCharsets.UTF_8);
        CliRunner.Run bad = CliRunner.run("aggregate", old.toString(), "-o", dir.resolve("scored-bad").toString(), "--format", "json");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("跳过 " + old + "：缺少字段 summary.dueTasks 或其值不合法");
        ((com.fasterxml.jackson.databind.node.ObjectNode) older.get("summary")).put("dueTasks", 3).put("longestOverdue", -2);
        Files.writeString(old, older.toString(), StandardCharsets.UTF_8);
        bad = CliRunner.run("aggregate", old.toString(), "-o", dir.resolve("scored-bad").toString(), "--format", "json");
        assertThat(bad.err()).contains("跳过 " + old + "：缺少字段 summary.longestOverdue 或其值不合法");
    }

    @Test
    void aProvinceOverCitiesAggregatesCallsTheCities市NotDistricts() throws IOException {
        provinceOfTwo();
        Path province = dir.resolve("province-named");
        CliRunner.Run run = CliRunner.run("aggregate", dir.resolve("city/汇总结果.json").toString(), dir.resolve("other/汇总结果.json").toString(),
                "-o", province.toString(), "--name", "某省", "--format", "bulletin,site");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("（2 个市，").doesNotContain("区县");
        String md = Files.readString(province.resolve("汇总通报.md"), StandardCharsets.UTF_8);
        assertThat(md).contains("## 二、各市进展排名", "| 名次 | 市 | 已提交/应提交 |", "## 四、进度滞后的市\n\n| 市 | 逾期任务数 |")
                .doesNotContain("区县").doesNotContain("单位");
        assertThat(BulletinCommandTest.table(province.resolve("汇总通报.docx"), "名次").get(0)).startsWith("名次", "市");
        org.jsoup.nodes.Document site = org.jsoup.Jsoup.parse(province.resolve("site/index.html").toFile(), "UTF-8");
        assertThat(site.select("#heatmap thead th").first().text()).isEqualTo("市");
        assertThat(site.select("section[aria-labelledby=overdue] thead th").eachText()).containsExactly("市", "指标", "逾期任务数");
        assertThat(site.text()).doesNotContain("区县");

        assertThat(CliRunner.run("aggregate", dir.resolve("city/汇总结果.json").toString(), dir.resolve("other/汇总结果.json").toString(),
                "-o", province.toString(), "--name", "某省", "--format", "ledger").code()).isZero();
        try (InputStream in = Files.newInputStream(province.resolve("汇总台账.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (int i = 0; i < 3; i++) assertThat(wb.getSheetAt(i).getRow(0).getCell(i == 1 ? 0 : 1).getStringCellValue()).isEqualTo("市");
        }
        CliRunner.Run city = CliRunner.run("aggregate", results.get(0).toString(), "-o", dir.resolve("one-district").toString(), "--format", "json");
        assertThat(city.out()).contains("（1 个区县，");
        CliRunner.Run english = CliRunner.run("aggregate", dir.resolve("city/汇总结果.json").toString(), "-o",
                dir.resolve("province-en").toString(), "--format", "bulletin", "--lang", "en");
        assertThat(english.out()).contains("(1 cities, ");
        assertThat(Files.readString(dir.resolve("province-en/汇总通报.md"), StandardCharsets.UTF_8).replace("districts.yaml", "名单"))
                .contains("| Rank | City |", "Cities ranked").doesNotContainIgnoringCase("district");
    }

    @Test
    void anOverdueTaskAWaiverCoversIsNotCountedAgainstTheDistrictAsItsOwnBulletinDoesNot() throws IOException {
        Path repo = dir.resolve("repos/waived");
        dossier.testing.SampleRepo.copyWithOverdueWaived(repo);
        Path history = dir.resolve("waived-history");
        Path result = dir.resolve("waived-result/dossier.json");
        CliRunner.Run validated = CliRunner.run("validate", repo.toString(), "--as-of", "2021-08-05", "--fail-on", "never", "-q",
                "--format", "json=" + result, "--save", "--history", history.toString());
        assertThat(validated.code()).as(validated.err()).isZero();
        Path out = dir.resolve("waived-city");
        assertThat(CliRunner.run("aggregate", result.toString(), "-o", out.toString(), "--format", "json,bulletin").code()).isZero();
        Snapshot own;
        try {
            own = SnapshotJson.read(JSON.readTree(history.resolve("2021-08-05.json").toFile()));
        } catch (SnapshotJson.Unreadable e) {
            throw new IllegalStateException(e.key());
        }
        int late = 0;
        for (JsonNode t : JSON.readTree(result.toFile()).get("tasks")) {
            for (JsonNode rule : t.get("findings")) if (rule.asText().equals("DUE001")) late++;
        }
        int notWaived = own.units().stream().mapToInt(Snapshot.UnitCounts::overdue).sum();
        assertThat(notWaived).as("the waiver covers one").isEqualTo(late - 1);
        JsonNode merged = JSON.readTree(out.resolve("汇总结果.json").toFile());
        assertThat(merged.at("/districts/0/overdue").asInt()).isEqualTo(notWaived);
        String label = merged.at("/districts/0/name").asText();
        Bulletin.Score score = Scores.of(asOneUnit(List.of(own), label), Bulletin.Weights.DEFAULT).get(label);
        assertThat(Files.readString(out.resolve("汇总通报.md"), StandardCharsets.UTF_8)).contains("| " + label + " | "
                + one(score.coverage()) + " | " + one(score.timeliness()) + " | " + one(score.thresholds()) + " | **" + score.totalText() + "** |",
                "| " + label + " | " + notWaived + " | ");
    }

    /** The district's own snapshot, saved by validate --save as its bulletin's is. */
    private static Snapshot districtSnapshot(int i) throws IOException {
        Path repo = dir.resolve("repos").resolve(List.of("yuanhui", "zhaoling", "yancheng").get(i));
        Path history = dir.resolve("district-history/" + i);
        if (!Files.isDirectory(history)) {
            CliRunner.Run saved = CliRunner.run("validate", repo.toString(), "--as-of", "2021-08-05", "--fail-on", "never", "-q",
                    "--format", "json=" + dir.resolve("district-history/" + i + ".json"), "--save", "--history", history.toString());
            assertThat(saved.code()).as(saved.err()).isZero();
        }
        try {
            return SnapshotJson.read(JSON.readTree(history.resolve("2021-08-05.json").toFile()));
        } catch (SnapshotJson.Unreadable e) {
            throw new IllegalStateException(e.key());
        }
    }

    /** Snapshots taken together as one unit named label: the district (or city) scored as the district scores a unit. */
    private static Snapshot asOneUnit(List<Snapshot> parts, String label) {
        Map<TaskState, Integer> states = new java.util.EnumMap<>(TaskState.class);
        int overdue = 0;
        List<Snapshot.TaskEntry> tasks = new ArrayList<>();
        List<Snapshot.ThresholdEntry> thresholds = new ArrayList<>();
        for (Snapshot s : parts) {
            s.overall().states().forEach((k, n) -> states.merge(k, n, Integer::sum));
            for (Snapshot.UnitCounts u : s.units()) overdue += u.overdue();
            for (Snapshot.TaskEntry t : s.tasks()) tasks.add(new Snapshot.TaskEntry(t.indicator(), label, t.role(), t.due(), t.state()));
            for (Snapshot.ThresholdEntry t : s.thresholds()) {
                thresholds.add(new Snapshot.ThresholdEntry(t.id(), t.task(), label, t.status(), t.value(), t.op(), t.target()));
            }
        }
        Snapshot first = parts.get(0);
        Snapshot.UnitCounts unit = new Snapshot.UnitCounts(label, new Coverage.Tally(states), overdue, 0, 0, Map.of(), 0);
        return new Snapshot(first.asOf(), first.tool(), first.source(), false, new Coverage.Tally(states), Map.of(),
                List.of(unit), tasks, thresholds, List.of());
    }

    private static JsonNode district(JsonNode aggregate, String name) {
        for (JsonNode d : aggregate.get("districts")) if (d.get("name").asText().equals(name)) return d;
        throw new AssertionError(name + " not among " + aggregate.get("districts").findValuesAsText("name"));
    }

    private static String one(Double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }

    /** 某省 over the city and a second city (舞钢市, of the sample district alone): other/ and province-of-two/. */
    private static synchronized Path provinceOfTwo() {
        Path other = dir.resolve("other");
        Path province = dir.resolve("province-of-two");
        if (Files.exists(province.resolve("汇总通报.md"))) return province;
        assertThat(CliRunner.run("aggregate", results.get(1).toString(), "-o", other.toString(), "--name", "舞钢市", "--format", "json")
                .code()).isZero();
        CliRunner.Run run = CliRunner.run("aggregate", dir.resolve("city/汇总结果.json").toString(), other.resolve("汇总结果.json").toString(),
                "-o", province.toString(), "--name", "某省", "--format", "json,bulletin");
        assertThat(run.code()).as(run.err()).isZero();
        return province;
    }

    /** 某省 over an older form of the city (written to file) and the second city of {@link #provinceOfTwo}, into out. */
    private static Path provinceWith(JsonNode olderCity, Path file, Path out) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, olderCity.toString(), StandardCharsets.UTF_8);
        provinceOfTwo();
        CliRunner.Run run = CliRunner.run("aggregate", file.toString(), dir.resolve("other/汇总结果.json").toString(),
                "-o", out.toString(), "--name", "某省", "--format", "json,bulletin");
        assertThat(run.code()).as(run.err()).isZero();
        return out;
    }

    /** date indicator → tasks. */
    private static Map<String, Integer> upcoming(JsonNode aggregate) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (JsonNode u : aggregate.get("upcoming")) out.merge(u.get("date").asText() + " " + u.get("indicator").asText(), u.get("tasks").asInt(), Integer::sum);
        return out;
    }

    @Test
    void aDuplicateKeepsTheNewerAsOf() throws IOException {
        Path older = dir.resolve("older.json");
        Files.writeString(older, Files.readString(results.get(0), StandardCharsets.UTF_8)
                .replace("\"asOf\": \"2021-08-05\"", "\"asOf\": \"2021-07-01\""), StandardCharsets.UTF_8);
        CliRunner.Run dup = CliRunner.run("aggregate", older.toString(), results.get(0).toString(), "-o", dir.resolve("dup").toString());
        assertThat(dup.code()).isEqualTo(1);
        assertThat(dup.err()).contains("有两份结果：采用截至日期较新的 " + results.get(0) + "，舍弃 " + older);
    }

    @Test
    void aResultOfAnotherSchemaVersionIsNamedAndSkipped() throws IOException {
        Path newer = dir.resolve("newer.json");
        Files.writeString(newer, Files.readString(results.get(1), StandardCharsets.UTF_8)
                .replace("\"schema\": \"dossier.validate/1\"", "\"schema\": \"dossier.validate/2\""), StandardCharsets.UTF_8);
        CliRunner.Run r = CliRunner.run("aggregate", newer.toString(), results.get(0).toString(), "-o", dir.resolve("v2").toString(),
                "--format", "json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("跳过 " + newer + "：结果的格式版本 dossier.validate/2 与本版本 dossier 不兼容");
        assertThat(dir.resolve("v2/汇总台账.xlsx")).doesNotExist();
        assertThat(JSON.readTree(dir.resolve("v2/汇总结果.json").toFile()).get("districts")).hasSize(1);
    }

    @Test
    void theJsonKeepsToItsSchema() throws IOException {
        Schema schema = schema();
        assertThat(city.get("upcoming")).isNotEmpty();
        assertThat(schema.validate(city.toString(), InputFormat.JSON)).isEmpty();
        assertThat(schema.validate("{\"schema\": \"dossier.aggregate/1\", \"districts\": [{\"rank\": 0}]}", InputFormat.JSON)).isNotEmpty();
    }

    private static Schema schema() throws IOException {
        try (InputStream in = AggregateCommandTest.class.getResourceAsStream("/dossier/aggregate.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
    }

    private static void add(Map<String, Integer> into, JsonNode counts, String prefix) {
        for (Iterator<Map.Entry<String, JsonNode>> it = counts.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            into.merge(prefix + e.getKey(), e.getValue().asInt(), Integer::sum);
        }
    }
}
