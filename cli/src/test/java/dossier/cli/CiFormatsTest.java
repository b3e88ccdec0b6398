package dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dossier.rules.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** junit, sarif, github and markdown outputs, read back and checked. */
class CiFormatsTest {
    private static final Path SAMPLE = Path.of("../samples/yuanhui").toAbsolutePath().normalize();
    /** The official OASIS SARIF 2.1.0 schema, kept beside the tests so a clean clone checks against it too. */
    private static final Path SARIF_SCHEMA = Path.of("src/test/resources/schemas/sarif-schema-2.1.0.json").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void junitHasOneTestcasePerTaskGroupedByArea() throws Exception {
        Path xml = tmp.resolve("results.xml");
        Path json = tmp.resolve("r.json");
        CliRunner.Run run = CliRunner.run("validate", SAMPLE.toString(), "--as-of", "2021-08-05",
                "--format", "junit=" + xml, "--format", "json=" + json);
        assertThat(run.code()).isEqualTo(1);
        JsonNode result = new ObjectMapper().readTree(json.toFile());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        NodeList suites = root.getElementsByTagName("testsuite");
        assertThat(((Element) suites.item(0)).getAttribute("name")).isEqualTo("依法全面履行政府职能");
        int tasks = result.at("/summary/tasks").asInt();
        long campaignWide = 0;
        int testcases = 0;
        int failures = 0;
        for (int i = 0; i < suites.getLength(); i++) {
            Element s = (Element) suites.item(i);
            int n = s.getElementsByTagName("testcase").getLength();
            assertThat(Integer.parseInt(s.getAttribute("tests"))).isEqualTo(n);
            if (s.getAttribute("name").equals("全局")) campaignWide = n;
            testcases += n;
            failures += Integer.parseInt(s.getAttribute("failures"));
        }
        assertThat(testcases - campaignWide).as("a testcase per task and per (threshold, unit)")
                .isEqualTo(tasks + result.get("thresholds").size());
        assertThat(Integer.parseInt(root.getAttribute("tests"))).isEqualTo(testcases);
        assertThat(Integer.parseInt(root.getAttribute("failures"))).isEqualTo(failures);
        int missing = result.at("/coverage/overall/states/missing").asInt();
        assertThat(failures).isGreaterThanOrEqualTo(missing);
        assertThat(Integer.parseInt(root.getAttribute("skipped")))
                .isEqualTo(result.at("/coverage/overall/states/not_applicable").asInt());
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).matches("[A-Z]{3}\\d{3}");
        assertThat(failure.getTextContent()).contains("修改建议");
    }

    @Test
    void sarifFollowsTheOfficialSchema() throws Exception {
        String sarif = CliRunner.run("validate", SAMPLE.toString(), "--as-of", "2021-08-05", "--format", "sarif").out();
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(Files.readString(SARIF_SCHEMA), InputFormat.JSON);
        assertThat(schema.validate(sarif, InputFormat.JSON)).isEmpty();
        JsonNode run = new ObjectMapper().readTree(sarif).at("/runs/0");
        assertThat(run.at("/tool/driver/rules")).hasSize(Rules.all().size());
        JsonNode withFile = null;
        for (JsonNode r : run.get("results")) {
            if (r.has("locations")) {
                withFile = r;
                break;
            }
        }
        assertThat(withFile).isNotNull();
        String uri = withFile.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
        assertThat(uri).doesNotStartWith("/").doesNotContain(" ");
        assertThat(java.net.URI.create(uri).getPath()).startsWith("evidence/");
    }

    @Test
    void githubAnnotationsAreOneLineEachAndEscaped() {
        String out = CliRunner.run("validate", SAMPLE.toString(), "--as-of", "2021-08-05", "--format", "github").out();
        assertThat(out.lines()).isNotEmpty().allSatisfy(l -> assertThat(l).matches("::(error|warning|notice) .*title=[A-Z]{3}\\d{3}.*::.+"));
        assertThat(out).contains("::error title=COV001 区政府办 1.3::");
        assertThat(out.lines().filter(l -> l.contains("file=")).findFirst().orElseThrow()).contains("evidence/");
    }

    @Test
    void markdownSummary() {
        String md = CliRunner.run("validate", SAMPLE.toString(), "--as-of", "2021-08-05", "--format", "markdown", "--lang", "en").out();
        assertThat(md).startsWith("## dossier validate").contains("| errors | warnings | info | coverage |")
                .contains("| 区政府办 |").contains("Top findings (50 of");
    }

    @Test
    void baselineMarksNewAndResolvedAndFailOnNew() throws Exception {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve("evidence/区司法局/1.1 清单"));
        Files.writeString(repo.resolve("indicators.csv"), "编号,二级指标,责任单位,完成时限\n1.1,清单,区司法局,2021-12-31\n2.1,制定,区司法局,2021-12-31\n");
        Path baseline = tmp.resolve("baseline.json");
        CliRunner.Run first = CliRunner.run("validate", repo.toString(), "--as-of", "2021-08-05", "--format", "json=" + baseline);
        assertThat(first.code()).isEqualTo(1);

        Files.writeString(repo.resolve("evidence/区司法局/1.1 清单/情况简介.txt"), "已公布。", StandardCharsets.UTF_8);
        Files.writeString(repo.resolve("evidence/区司法局/1.1 清单/链接.txt"), "不是网址\n", StandardCharsets.UTF_8);
        CliRunner.Run second = CliRunner.run("validate", repo.toString(), "--as-of", "2021-08-05", "--baseline",
                baseline.toString(), "--format", "json", "--fail-on", "new");
        JsonNode json = new ObjectMapper().readTree(second.out());
        assertThat(json.at("/baseline/new").asInt()).isEqualTo(1);
        assertThat(json.at("/baseline/resolved/0/rule").asText()).isEqualTo("COV001");
        assertThat(json.at("/baseline/resolved/0/indicator").asText()).isEqualTo("1.1");
        for (JsonNode f : json.get("findings")) {
            assertThat(f.get("baseline").asText()).isEqualTo(f.get("rule").asText().equals("FIL010") ? "new" : "known");
        }
        assertThat(second.code()).isEqualTo(1);

        CliRunner.Run unchanged = CliRunner.run("validate", repo.toString(), "--as-of", "2021-08-05", "--baseline",
                baseline.toString(), "--fail-on", "new", "-q");
        assertThat(unchanged.code()).isEqualTo(1);
        Files.delete(repo.resolve("evidence/区司法局/1.1 清单/链接.txt"));
        CliRunner.Run fixed = CliRunner.run("validate", repo.toString(), "--as-of", "2021-08-05", "--baseline",
                baseline.toString(), "--fail-on", "new");
        assertThat(fixed.code()).isZero();
        assertThat(fixed.out()).contains("已解决");
    }

    @Test
    void aBaselineLargerThanTheTextLimitIsStillCompared() throws Exception {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve("evidence/区司法局"));
        Files.writeString(repo.resolve("indicators.csv"), "编号,二级指标,责任单位,完成时限\n1.1,清单,区司法局,2021-12-31\n");
        Path small = tmp.resolve("small.json");
        assertThat(CliRunner.run("validate", repo.toString(), "--as-of", "2021-08-05", "--format", "json=" + small).code()).isEqualTo(1);
        // a province's result: the same document with 100,000 more findings of other units (over 16 MB)
        ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(small.toFile());
        ArrayNode findings = (ArrayNode) doc.get("findings");
        for (int i = 0; i < 100_000; i++) {
            findings.addObject().put("rule", "COV001").put("severity", "error").put("unit", "单位" + i).put("indicator", "1.1")
                    .put("message", "指标 1.1：单位" + i + " 没有提交任何材料。这一行把文件撑大，像一个省的结果那样。");
        }
        Path large = tmp.resolve("large.json");
        new ObjectMapper().writeValue(large.toFile(), doc);
        assertThat(Files.size(large)).isGreaterThan(16L << 20);

        CliRunner.Run run = CliRunner.run("validate", repo.toString(), "--as-of", "2021-08-05", "--baseline", large.toString(),
                "--format", "json", "--fail-on", "new");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/baseline/new").asInt()).isZero();
        assertThat(json.at("/baseline/resolved")).hasSize(100_000);
    }

    @Test
    void aBaselineThatIsNoFileIsRefusedAtOnce() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("baseline-folder.json"));
        CliRunner.Run run = CliRunner.run("validate", SAMPLE.toString(), "--as-of", "2021-08-05", "--baseline", folder.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("baseline-folder.json").contains("不是普通文件");
        Path pipe = tmp.resolve("baseline-pipe.json");
        boolean made = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0 && Files.exists(pipe);
        org.assertj.core.api.Assumptions.assumeThat(made).as("mkfifo available").isTrue();
        CliRunner.Run piped = CliRunner.run("validate", SAMPLE.toString(), "--as-of", "2021-08-05", "--baseline", pipe.toString());
        assertThat(piped.code()).isEqualTo(2);
        assertThat(piped.err()).contains("baseline-pipe.json");
    }

    @Test
    void failOnNewNeedsABaseline() {
        CliRunner.Run run = CliRunner.run("validate", SAMPLE.toString(), "--fail-on", "new");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--baseline");
        CliRunner.Run bad = CliRunner.run("validate", SAMPLE.toString(), "--baseline", "/nonexistent/b.json");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("b.json");
    }

    @Test
    void progressOnlyOnATerminalAndNeverQuietOrWithNoColor() {
        CliRunner.Run tty = CliRunner.run(java.util.Map.of("DOSSIER_STDERR_TTY", "1"), "validate", SAMPLE.toString(),
                "--as-of", "2021-08-05", "--format", "json");
        assertThat(tty.err()).contains("校验中").contains("\r");
        assertThat(tty.out()).doesNotContain("校验中");
        assertThat(CliRunner.run(java.util.Map.of("DOSSIER_STDERR_TTY", "1"), "validate", SAMPLE.toString(), "-q").err()).isEmpty();
        assertThat(CliRunner.run(java.util.Map.of("DOSSIER_STDERR_TTY", "1", "NO_COLOR", "1"), "validate", SAMPLE.toString()).err()).isEmpty();
        assertThat(CliRunner.run("validate", SAMPLE.toString()).err()).isEmpty();
    }

    @Test
    void completionScripts() {
        assertThat(CliRunner.run("completion", "bash").out()).contains("complete -F").contains("validate");
        assertThat(CliRunner.run("completion", "zsh").out()).startsWith("autoload -U +X compinit");
        assertThat(CliRunner.run("completion", "fish").code()).isEqualTo(2);
    }
}
