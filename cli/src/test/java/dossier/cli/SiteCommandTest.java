package dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.testing.SampleRepo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** dossier site over the sample, read back as HTML with jsoup: structure, links, escaping, names, bytes. */
class SiteCommandTest {
    static final String AS_OF = "2021-08-05";
    /** A file whose name holds markup: it must reach the pages as text. */
    static final String HOSTILE = "<img src=x onerror=alert(1)>签到表 & \"名单\" 'x'.pdf";

    @TempDir
    static Path repo;

    static Path site;

    @BeforeAll
    static void buildSite() throws IOException {
        SampleRepo.copyTo(repo);
        Files.write(repo.resolve("evidence/区司法局/4.4 健全行政执法人员管理制度").resolve(HOSTILE),
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        site = repo.resolve("out/site");
        CliRunner.Run run = CliRunner.run("site", repo.toString(), "--as-of", AS_OF);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains(site.toString()).contains("index.html");
    }

    static Map<String, Document> pages(Path dir) throws IOException {
        Map<String, Document> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                out.put(p.getFileName().toString(), Jsoup.parse(p.toFile(), "UTF-8"));
            }
        }
        return out;
    }

    @Test
    void everyTaskIsOneHeatMapCellInTheStateValidateGives() throws IOException {
        Path json = repo.resolve("out/v.json");
        CliRunner.run("validate", repo.toString(), "--as-of", AS_OF, "--format", "json=" + json, "--fail-on", "never");
        Map<String, String> expected = new HashMap<>();
        for (JsonNode t : new ObjectMapper().readTree(json.toFile()).get("tasks")) {
            expected.put(t.get("unit").asText() + "|" + t.get("indicator").asText(), t.get("state").asText());
        }
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        Element heat = index.getElementById("heatmap");
        List<String> ids = heat.select("thead th a").eachText();
        Map<String, String> shown = new HashMap<>();
        for (Element row : heat.select("tbody tr")) {
            String unit = row.selectFirst("th").text();
            List<Element> cells = row.select("td.c");
            assertThat(cells).hasSize(ids.size());
            for (int i = 0; i < cells.size(); i++) {
                String state = cells.get(i).attr("data-state");
                if (!state.isEmpty()) shown.put(unit + "|" + ids.get(i), state);
            }
        }
        assertThat(shown).isEqualTo(expected);
        Element missing = heat.selectFirst("td.s-missing a");
        assertThat(missing.text()).as("the state in words, not only colour").isEqualTo("缺");
        assertThat(missing.attr("aria-label")).endsWith("未提交");
    }

    @Test
    void withoutJavaScriptTheFindingsPageListsEveryFindingAndHidesTheFilters() throws IOException {
        Path json = repo.resolve("out/all.json");
        CliRunner.run("validate", repo.toString(), "--as-of", AS_OF, "--format", "json=" + json, "--fail-on", "never");
        int findings = new ObjectMapper().readTree(json.toFile()).get("findings").size();
        Document page = Jsoup.parse(site.resolve("findings.html").toFile(), "UTF-8");
        assertThat(page.getElementById("filters").hasAttr("hidden")).as("the script shows them").isTrue();
        assertThat(page.select("noscript").text()).contains("JavaScript");
        assertThat(page.select("#findings-table tbody tr")).hasSize(findings);
        assertThat(page.select("#findings-table tbody tr[hidden]")).isEmpty();
        for (String rule : page.select("#findings-table tbody tr").eachAttr("data-rule")) {
            assertThat(page.getElementById("rule-" + rule)).as("the fix of " + rule + " is listed once").isNotNull();
        }
    }

    @Test
    void everyLinkStaysInsideTheSiteAndReachesAPageAndAnchor() throws IOException {
        Map<String, Document> pages = pages(site);
        assertThat(pages).containsKeys("index.html", "findings.html", "unit-001.html", "indicator-001.html");
        for (var page : pages.entrySet()) {
            Document doc = page.getValue();
            for (Element e : doc.select("[src], [href]")) {
                String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                assertThat(ref).as(page.getKey()).doesNotContain("://").doesNotStartWith("//");
                if (ref.startsWith("data:") || ref.isEmpty()) continue;
                String file = ref.startsWith("#") ? page.getKey() : ref.replaceAll("#.*", "");
                assertThat(site.resolve(URLDecoder.decode(file, StandardCharsets.UTF_8))).as(page.getKey() + " → " + ref).exists();
                if (ref.contains("#") && file.endsWith(".html")) {
                    String anchor = ref.substring(ref.indexOf('#') + 1);
                    assertThat(pages.get(file).getElementById(anchor)).as(page.getKey() + " → " + ref).isNotNull();
                }
            }
            assertThat(doc.select("script")).as(page.getKey()).allMatch(s -> s.attr("src").equals("site.js") && s.data().isEmpty());
        }
        assertThat(Files.size(site.resolve("site.js"))).as("hand-written JavaScript, at most ~30 KB").isLessThan(30_000);
    }

    @Test
    void pagesHaveLandmarksOneTitleHeadingAndHeadedTables() throws IOException {
        for (var page : pages(site).entrySet()) {
            Document doc = page.getValue();
            assertThat(doc.select("html").attr("lang")).isEqualTo("zh-CN");
            assertThat(doc.select("main")).as(page.getKey()).hasSize(1);
            assertThat(doc.select("nav[aria-label]")).as(page.getKey()).hasSize(1);
            assertThat(doc.select("h1")).as(page.getKey()).hasSize(1);
            for (Element table : doc.select("table")) {
                assertThat(table.select("thead th[scope=col]")).as(page.getKey()).isNotEmpty();
            }
        }
    }

    @Test
    void textFromFilesIsEscapedAndNoEvidenceContentIsCopied() throws IOException {
        Document unit = Jsoup.parse(site.resolve("unit-002.html").toFile(), "UTF-8");
        assertThat(unit.select("h1").text()).isEqualTo("区司法局");
        assertThat(unit.select("ul.files li").eachText()).anyMatch(t -> t.contains(HOSTILE));
        assertThat(unit.select("img")).as("markup in a file name stays text").isEmpty();
        assertThat(unit.select("ul.files a")).as("no links to evidence without --link-evidence").isEmpty();
        try (Stream<Path> files = Files.list(site)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .allMatch(n -> n.endsWith(".html") || n.equals("site.css") || n.equals("site.js"));
        }
        String everything = String.join("", pages(site).values().stream().map(Document::outerHtml).toList());
        assertThat(everything).as("summaries are counted, never quoted").doesNotContain("%PDF");
    }

    @Test
    void officersAreNamedOnlyWithNamesAndOnlyOnTheirOwnUnitsPage() throws IOException {
        for (var page : pages(site).entrySet()) {
            assertThat(page.getValue().text()).as(page.getKey()).doesNotContain(ReportCommandTest.OFFICER);
        }
        Path named = repo.resolve("out/named");
        assertThat(CliRunner.run("site", repo.toString(), "--as-of", AS_OF, "--names", "-o", named.toString(), "-q").code()).isZero();
        for (var page : pages(named).entrySet()) {
            boolean own = page.getValue().select("h1").text().equals("区司法局");
            assertThat(page.getValue().text().contains(ReportCommandTest.OFFICER)).as(page.getKey()).isEqualTo(own);
        }
    }

    @Test
    void sameInputSameBytesAndStalePagesRemoved() throws IOException {
        Path again = repo.resolve("out/again");
        Files.createDirectories(again);
        Files.writeString(again.resolve("unit-999.html"), "old");
        Files.writeString(again.resolve("keep.txt"), "the user's own file");
        assertThat(CliRunner.run("site", repo.toString(), "--as-of", AS_OF, "-o", again.toString(), "-q").code()).isZero();
        try (Stream<Path> files = Files.list(site)) {
            for (Path p : files.toList()) {
                assertThat(Files.readAllBytes(again.resolve(p.getFileName()))).as(p.getFileName().toString())
                        .isEqualTo(Files.readAllBytes(p));
            }
        }
        assertThat(again.resolve("unit-999.html")).doesNotExist();
        assertThat(again.resolve("keep.txt")).exists();
    }

    @Test
    void linkEvidenceLinksEachFileRelativelyFromTheSite() throws IOException {
        Path linked = repo.resolve("out/linked");
        assertThat(CliRunner.run("site", repo.toString(), "--as-of", AS_OF, "--link-evidence", "-o", linked.toString(), "-q")
                .code()).isZero();
        Document unit = Jsoup.parse(linked.resolve("unit-002.html").toFile(), "UTF-8");
        List<String> hrefs = unit.select("ul.files a").eachAttr("href");
        assertThat(hrefs).isNotEmpty().allMatch(h -> h.startsWith("../../evidence/"));
        for (String h : hrefs) {
            assertThat(linked.resolve(URLDecoder.decode(h, StandardCharsets.UTF_8)).normalize()).exists();
        }
    }

    @Test
    void englishWithLangEn() throws IOException {
        Path en = repo.resolve("out/en");
        assertThat(CliRunner.run("site", repo.toString(), "--as-of", AS_OF, "--lang", "en", "-o", en.toString(), "-q")
                .code()).isZero();
        Document index = Jsoup.parse(en.resolve("index.html").toFile(), "UTF-8");
        assertThat(index.select("html").attr("lang")).isEqualTo("en");
        assertThat(index.select("nav a").eachText()).containsExactly("Overview", "All findings");
        assertThat(index.select("#heatmap td.s-missing a").first().text()).isEqualTo("No");
        Document unit = Jsoup.parse(en.resolve("unit-002.html").toFile(), "UTF-8");
        assertThat(unit.select("h2").eachText()).contains("Liaison", "Tasks and evidence", "Findings to fix");
        assertThat(unit.select(".lead").text()).as("no Chinese punctuation from the templates").doesNotContain("（", "：");
    }

    @Test
    void editedTemplatesChangeTheWording() throws IOException {
        Path templates = repo.resolve("my-templates");
        assertThat(CliRunner.run("templates", "export", templates.toString()).code()).isZero();
        Path labels = templates.resolve("site/labels.ftlh");
        Files.writeString(labels, Files.readString(labels).replace("\"overview\": \"总览\"", "\"overview\": \"工作总览\""));
        Path out = repo.resolve("out/edited");
        assertThat(CliRunner.run("site", repo.toString(), "--as-of", AS_OF, "--template", templates.toString(),
                "-o", out.toString(), "-q").code()).isZero();
        assertThat(Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8").select("nav a").first().text()).isEqualTo("工作总览");
    }

    @Test
    void snapshotsBeforeTheDayDrawTheTrendWithThisRunAsItsLastPoint() throws IOException {
        Path history = repo.resolve("hist");
        for (String day : List.of("2021-07-01", "2021-07-20")) {
            CliRunner.Run save = CliRunner.run("validate", repo.toString(), "--as-of", day, "--save", "--history", history.toString(),
                    "--fail-on", "never", "-q");
            assertThat(save.code()).as(save.err()).isZero();
        }
        Path out = repo.resolve("out/trend");
        assertThat(CliRunner.run("site", repo.toString(), "--as-of", AS_OF, "--history", history.toString(),
                "-o", out.toString(), "-q").code()).isZero();
        Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        Element trend = index.getElementById("trend").parent();
        assertThat(trend.select("svg.trend path")).hasSize(1);
        assertThat(trend.select("tbody th").eachText()).containsExactly("2021-07-01", "2021-07-20", AS_OF);
        Document unit = Jsoup.parse(out.resolve("unit-002.html").toFile(), "UTF-8");
        assertThat(unit.getElementById("trend").parent().select("tbody tr")).hasSize(3);
        assertThat(Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8").select("svg.trend")).as("no snapshots, no trend").isEmpty();
    }

    @Test
    void aSiteInsideEvidenceIsRefused() {
        CliRunner.Run run = CliRunner.run("site", repo.toString(), "--as-of", AS_OF, "-o", repo.resolve("evidence/site").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(repo.resolve("evidence/site")).doesNotExist();
    }
}
