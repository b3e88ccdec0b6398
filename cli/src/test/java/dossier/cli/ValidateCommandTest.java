package dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTest {
    private static final Path CSV_REPO = Golden.resources().resolve("cases/csv-basic/repo");

    @TempDir
    Path tmp;

    @Test
    void failOnDecidesTheExitCode() {
        assertThat(CliRunner.run("validate", CSV_REPO.toString(), "--as-of", "2021-08-05").code()).isEqualTo(1);
        assertThat(CliRunner.run("validate", CSV_REPO.toString(), "--as-of", "2021-08-05", "--fail-on", "never").code())
                .isZero();
        assertThat(CliRunner.run("validate", CSV_REPO.toString(), "--as-of", "2021-08-05", "--fail-on", "bogus").code())
                .isEqualTo(2);
    }

    @Test
    void warningsAloneFailOnlyWithFailOnWarning() throws IOException {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo);
        Files.writeString(repo.resolve("indicators.csv"), "编号,二级指标,责任单位,完成时限\n1.1,清单,区司法局,尽快\n");
        Files.createDirectories(repo.resolve("evidence/区司法局/1.1 清单"));
        Files.writeString(repo.resolve("evidence/区司法局/1.1 清单/情况简介.txt"), "已公布清单。");
        assertThat(CliRunner.run("validate", repo.toString(), "--as-of", "2021-08-05").code()).isZero();
        CliRunner.Run run = CliRunner.run("validate", repo.toString(), "--as-of", "2021-08-05", "--fail-on", "warning");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("SHT003").contains("“尽快”");
    }

    @Test
    void missingRepositoryIsUnusableInput() {
        CliRunner.Run run = CliRunner.run("validate", tmp.resolve("没有这个目录").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("错误：").contains("没有这个目录").doesNotContain("Exception");
    }

    @Test
    void badArgumentsExitTwoWithoutStackTrace() {
        for (String[] args : new String[][]{
                {"validate", CSV_REPO.toString(), "--as-of", "明天"},
                {"validate", CSV_REPO.toString(), "--format", "pdf"},
                {"validate", CSV_REPO.toString(), "--no-such-option"},
                {"validate", CSV_REPO.toString(), "--lang", "fr"},
                {"validate", CSV_REPO.toString(), "--unit", "区教育厅"},
                {"validate", CSV_REPO.toString(), "--indicator", "9.9"},
                {"frobnicate"},
                {}}) {
            CliRunner.Run run = CliRunner.run(args);
            assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).as(String.join(" ", args)).doesNotContain("at dossier.").doesNotContain("Exception");
        }
    }

    @Test
    void unknownUnitSuggestsTheClosestName() {
        CliRunner.Run run = CliRunner.run("validate", CSV_REPO.toString(), "--unit", "区财政", "--as-of", "2021-08-05");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("区财政局");
    }

    @Test
    void unitFilterAcceptsAnAliasAndKeepsOnlyThatUnitsTasksAndFindings() throws IOException {
        CliRunner.Run run = CliRunner.run("validate", CSV_REPO.toString(), "--unit", "财政局", "--as-of", "2021-08-05",
                "--format", "json");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/tasks").findValuesAsText("unit")).containsOnly("区财政局");
        assertThat(json.at("/findings").findValues("unit")).filteredOn(u -> !u.isNull())
                .extracting(JsonNode::asText).containsOnly("区财政局");
    }

    @Test
    void indicatorFilterTakesAWholeArea() throws IOException {
        CliRunner.Run run = CliRunner.run("validate", CSV_REPO.toString(), "--indicator", "1", "--as-of", "2021-08-05",
                "--format", "json");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/tasks").findValuesAsText("indicator")).containsOnly("1.1", "1.2");
    }

    @Test
    void englishFromTheEnvironment() {
        CliRunner.Run run = CliRunner.run(Map.of("DOSSIER_LANG", "en"), "validate", CSV_REPO.toString(), "--as-of",
                "2021-08-05", "-q");
        assertThat(run.out()).contains("total:").contains("is not in the units table");
    }

    @Test
    void severityOffRemovesTheRuleAndErrorMakesItFail() throws IOException {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve("evidence/区司法局/1.1 清单"));
        Files.writeString(repo.resolve("evidence/区司法局/1.1 清单/情况简介.txt"), "已公布清单。");
        Files.writeString(repo.resolve("indicators.csv"), "编号,二级指标,责任单位,完成时限\n1.1,清单,区司法局,尽快\n");
        Files.writeString(repo.resolve("dossier.yaml"), "severity:\n  SHT003: off\n");
        CliRunner.Run off = CliRunner.run("validate", repo.toString(), "--as-of", "2021-08-05", "-q", "--fail-on", "warning");
        assertThat(off.out()).doesNotContain("SHT003");
        assertThat(off.code()).isZero();
        Files.writeString(repo.resolve("dossier.yaml"), "severity:\n  SHT003: error\n");
        CliRunner.Run error = CliRunner.run("validate", repo.toString(), "--as-of", "2021-08-05", "-q");
        assertThat(error.code()).isEqualTo(1);
        assertThat(error.out()).contains("错误 SHT003");
    }

    @Test
    void outputFileIsWrittenWholeAndSeveralFormatsInOneRun() throws IOException {
        Path json = tmp.resolve("out/结果.json");
        Path text = tmp.resolve("out/结果.txt");
        CliRunner.Run run = CliRunner.run("validate", CSV_REPO.toString(), "--as-of", "2021-08-05",
                "--format", "json=" + json, "--format", "text", "-o", text.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(new ObjectMapper().readTree(json.toFile()).get("schema").asText()).isEqualTo("dossier.validate/1");
        assertThat(Files.readString(text, StandardCharsets.UTF_8)).contains("合计：错误 19 · 警告 13");
        try (var files = Files.list(json.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("结果.json", "结果.txt");
        }
    }

    @Test
    void neverWritesAnOutputInsideEvidence() throws IOException {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve("evidence"));
        Files.writeString(repo.resolve("indicators.csv"), "编号,二级指标,责任单位\n1.1,清单,区司法局\n");
        CliRunner.Run run = CliRunner.run("validate", repo.toString(), "--format", "json=" + repo.resolve("evidence/r.json"));
        assertThat(run.code()).isEqualTo(2);
        assertThat(Files.exists(repo.resolve("evidence/r.json"))).isFalse();
    }

    @Test
    void sameInputSameBytes() {
        String first = CliRunner.run("validate", CSV_REPO.toString(), "--as-of", "2021-08-05", "--format", "json").out();
        String second = CliRunner.run("validate", CSV_REPO.toString(), "--as-of", "2021-08-05", "--format", "json").out();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void builtInCatalogueWhenThereIsNoSheet() throws IOException {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve("evidence/老街街道"));
        Files.createDirectories(repo.resolve("evidence/区司法局"));
        CliRunner.Run run = CliRunner.run("validate", repo.toString(), "--as-of", "2021-08-05", "--format", "json");
        assertThat(run.code()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/indicators")).hasSize(28);
        assertThat(json.at("/indicators/0/id").asText()).isEqualTo("1.1");
        assertThat(json.at("/indicators/27/id").asText()).isEqualTo("8.2");
        assertThat(json.at("/summary/tasks").asInt()).isEqualTo(56);
        assertThat(json.at("/findings").findValuesAsText("rule")).containsOnly("SHT006", "COV001", "DUE002");
        assertThat(json.at("/tasks/0/due").asText()).isEqualTo("2021-08-10");
        assertThat(json.at("/tasks").findValuesAsText("state")).containsOnly("missing");
        assertThat(json.at("/campaign/sheet").isNull()).isTrue();
    }

    @Test
    void helpIsChineseByDefaultAndEnglishOnRequest() {
        CliRunner.Run zh = CliRunner.run("validate", "--help");
        assertThat(zh.code()).isZero();
        assertThat(zh.out()).contains("用法").contains("--as-of").contains("退出码");
        CliRunner.Run en = CliRunner.run("validate", "--help", "--lang", "en");
        assertThat(en.out()).contains("Usage").contains("Exit codes");
    }

    @Test
    void versionIsPrinted() {
        CliRunner.Run run = CliRunner.run("--version");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("dossier ");
    }
}
