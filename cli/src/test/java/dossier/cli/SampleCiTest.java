package dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.testing.SampleRepo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Runs the commands that samples/ci/ runs, as a separate process in a copy of the sample
 * repository, the way a CI runner or git would.
 */
class SampleCiTest {
    private static final Path SAMPLES = Path.of("../samples").toAbsolutePath().normalize();
    private static final String JAR_COMMAND = "java -jar tools/dossier.jar ";

    @TempDir
    Path repo;

    @BeforeEach
    void copySample() throws IOException {
        SampleRepo.copyTo(repo);
    }

    @Test
    @SuppressWarnings("unchecked")
    void githubWorkflowCommandWritesEveryReport() throws Exception {
        Map<String, Object> workflow = new Yaml().load(Files.readString(SAMPLES.resolve("ci/github-actions.yml")));
        Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get("validate");
        String command = ((List<Map<String, Object>>) job.get("steps")).stream()
                .map(s -> (String) s.get("run")).filter(r -> r != null && r.contains("dossier.jar")).findFirst().orElseThrow();
        Result r = runJarCommand(command);
        assertThat(r.code).isEqualTo(1);
        assertThat(r.out).contains("::error ");
        assertReports();
    }

    @Test
    @SuppressWarnings("unchecked")
    void gitlabJobCommandWritesEveryReport() throws Exception {
        Map<String, Object> pipeline = new Yaml().load(Files.readString(SAMPLES.resolve("ci/gitlab-ci.yml")));
        Map<String, Object> job = (Map<String, Object>) pipeline.get("dossier");
        String command = ((List<String>) job.get("script")).get(0);
        Map<String, Object> artifacts = (Map<String, Object>) job.get("artifacts");
        assertThat(((Map<String, Object>) artifacts.get("reports")).get("junit")).isEqualTo("out/dossier-junit.xml");
        Result r = runJarCommand(command);
        assertThat(r.code).isEqualTo(1);
        assertThat(r.out).contains("合计：错误");
        assertReports();
    }

    @Test
    @SuppressWarnings("unchecked")
    void cityWorkflowsRunAMatrixOfDistrictsThenTheAggregateStep() throws Exception {
        Map<String, Object> github = new Yaml().load(Files.readString(SAMPLES.resolve("ci/github-actions-city.yml")));
        Map<String, Object> jobs = (Map<String, Object>) github.get("jobs");
        Map<String, Object> district = (Map<String, Object>) jobs.get("district");
        List<String> matrix = (List<String>) ((Map<String, Object>) ((Map<String, Object>) district.get("strategy")).get("matrix")).get("district");
        assertThat(matrix).hasSizeGreaterThanOrEqualTo(3);
        assertThat(runs((List<Map<String, Object>>) district.get("steps"))).anyMatch(r -> r.contains(" package "));
        Map<String, Object> cityJob = (Map<String, Object>) jobs.get("city");
        assertThat(cityJob.get("needs")).isEqualTo("district");
        List<String> cityRuns = runs((List<Map<String, Object>>) cityJob.get("steps"));

        Map<String, Object> gitlab = new Yaml().load(Files.readString(SAMPLES.resolve("ci/gitlab-ci-city.yml")));
        Map<String, Object> parallel = (Map<String, Object>) ((Map<String, Object>) gitlab.get("district")).get("parallel");
        assertThat(((List<Map<String, Object>>) parallel.get("matrix")).get(0).get("DISTRICT")).isEqualTo(matrix);
        Map<String, Object> pages = (Map<String, Object>) gitlab.get("pages");
        assertThat(pages.get("needs")).isEqualTo(List.of("district"));
        List<String> gitlabRuns = (List<String>) pages.get("script");

        // The bundles as the final job downloads them, one folder per district, and the sample districts.yaml.
        Path work = repo.resolveSibling(repo.getFileName() + "-city");
        dossier.testing.Districts.results(work);
        Path city = Files.createDirectories(work.resolve("city"));
        Files.copy(SAMPLES.resolve("ci/districts.yaml"), city.resolve("districts.yaml"));
        for (String d : List.of("yuanhui", "zhaoling", "yancheng")) {
            CliRunner.Run packed = CliRunner.run("package", work.resolve("repos/" + d).toString(), "--as-of", "2021-08-05",
                    "--force", "-q", "-o", city.resolve("results/bundle-" + d + "/" + d + ".zip").toString());
            assertThat(packed.code()).as(packed.err()).isZero();
        }
        for (List<String> steps : List.of(cityRuns, gitlabRuns)) {
            String aggregate = steps.stream().filter(r -> r.contains(" aggregate ")).findFirst().orElseThrow();
            Result r = runJarCommand(aggregate, city);
            assertThat(r.code).as(r.out).isZero();
            JsonNode merged = new ObjectMapper().readTree(city.resolve("out/city/汇总结果.json").toFile());
            assertThat(merged.get("districts")).extracting(n -> n.get("region").asText())
                    .containsExactly("漯河市源汇区", "漯河市郾城区", "漯河市召陵区");
            assertThat(merged.get("missing")).extracting(JsonNode::asText).containsExactly("舞阳县", "临颍县");
            assertThat(city.resolve("out/city/site/index.html")).exists();
        }
    }

    private static List<String> runs(List<Map<String, Object>> steps) {
        return steps.stream().map(s -> (String) s.get("run")).filter(r -> r != null).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void gitlabPagesJobPublishesTheSiteAfterValidateEvenOnErrors() throws Exception {
        Map<String, Object> pipeline = new Yaml().load(Files.readString(SAMPLES.resolve("ci/gitlab-ci.yml")));
        Map<String, Object> pages = (Map<String, Object>) pipeline.get("pages");
        assertThat(pages.get("stage")).as("after the test stage validate runs in").isEqualTo("deploy");
        assertThat(((List<Map<String, Object>>) pages.get("rules")).get(0)).containsEntry("when", "always");
        assertThat(((Map<String, Object>) pages.get("artifacts")).get("paths")).isEqualTo(List.of("public"));
        Result r = runJarCommand(((List<String>) pages.get("script")).get(0));
        assertThat(r.code).as(r.out).isZero();
        assertThat(repo.resolve("public/index.html")).exists();
        assertThat(repo.resolve("public/findings.html")).exists();
    }

    @Test
    @SuppressWarnings("unchecked")
    void githubPagesJobPublishesTheSiteAfterValidateEvenOnErrors() throws Exception {
        Map<String, Object> workflow = new Yaml().load(Files.readString(SAMPLES.resolve("ci/github-actions.yml")));
        Map<String, Object> pages = (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get("pages");
        assertThat(pages.get("needs")).isEqualTo("validate");
        assertThat((String) pages.get("if")).startsWith("always()");
        assertThat((Map<String, Object>) pages.get("permissions")).containsEntry("pages", "write").containsEntry("id-token", "write");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) pages.get("steps");
        String command = steps.stream().map(s -> (String) s.get("run")).filter(c -> c != null && c.contains(" site "))
                .findFirst().orElseThrow();
        Map<String, Object> upload = steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith("actions/upload-pages-artifact"))
                .findFirst().orElseThrow();
        assertThat(steps.get(steps.size() - 1).get("uses")).asString().startsWith("actions/deploy-pages");
        Result r = runJarCommand(command);
        assertThat(r.code).as(r.out).isZero();
        String published = (String) ((Map<String, Object>) upload.get("with")).get("path");
        assertThat(repo.resolve(published).resolve("index.html")).exists();
    }

    @Test
    void preCommitHookValidatesOnlyTheTouchedUnits() throws Exception {
        int git;
        try {
            git = run(List.of("git", "--version"), Map.of()).code;
        } catch (IOException e) {
            git = -1;
        }
        assumeThat(git).as("git available").isZero();
        git("init", "-q");
        git("-c", "user.name=t", "-c", "user.email=t@example.cn", "add", "-A");
        git("-c", "user.name=t", "-c", "user.email=t@example.cn", "commit", "-q", "-m", "sample");
        Path hook = SAMPLES.resolve("ci/pre-commit");

        Files.writeString(repo.resolve("README.txt"), "说明");
        git("add", "README.txt");
        Result nothing = run(List.of("bash", hook.toString()), Map.of("DOSSIER", dossierCommand()));
        assertThat(nothing.code).isZero();
        assertThat(nothing.out).isEmpty();

        Path note = repo.resolve("evidence/老街街道/8.2 落实法治建设责任制/情况说明.txt");
        Files.createDirectories(note.getParent());
        Files.writeString(note, "本街道正在制定实施办法。", StandardCharsets.UTF_8);
        git("add", "-A");
        Result touched = run(List.of("bash", hook.toString()), Map.of("DOSSIER", dossierCommand()));
        assertThat(touched.out).contains("老街街道").contains("COV002").doesNotContain("区司法局").doesNotContain("问十乡");
        assertThat(touched.code).as("only a warning left for 老街街道").isZero();

        git("-c", "user.name=t", "-c", "user.email=t@example.cn", "commit", "-q", "--no-verify", "-m", "老街街道");
        Path photo = repo.resolve("evidence/问十乡/1.5 提高公共法律服务效能/照片.jpg");
        Files.createDirectories(photo.getParent());
        Files.write(photo, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3});
        git("add", "-A");
        Result blocked = run(List.of("bash", hook.toString()), Map.of("DOSSIER", dossierCommand()));
        assertThat(blocked.out).contains("问十乡").doesNotContain("老街街道");
        assertThat(blocked.code).as("问十乡 still misses other tasks").isEqualTo(1);
    }

    private void assertReports() throws Exception {
        Path out = repo.resolve("out");
        assertThat(new ObjectMapper().readTree(out.resolve("dossier.json").toFile()).get("schema").asText())
                .isEqualTo("dossier.validate/1");
        assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("dossier-junit.xml").toFile())
                .getDocumentElement().getTagName()).isEqualTo("testsuites");
        assertThat(Files.readString(out.resolve("dossier-summary.md"))).startsWith("## dossier 校验");
    }

    private Result runJarCommand(String command) throws Exception {
        return runJarCommand(command, repo);
    }

    private Result runJarCommand(String command, Path in) throws Exception {
        assertThat(command).startsWith(JAR_COMMAND);
        List<String> cmd = new ArrayList<>(javaCommand());
        cmd.addAll(Arrays.asList(command.substring(JAR_COMMAND.length()).trim().split("\\s+")));
        return run(cmd, Map.of(), in);
    }

    private static List<String> javaCommand() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dossier.cli.Main");
    }

    private static String dossierCommand() {
        return String.join(" ", javaCommand());
    }

    private void git(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        assertThat(run(cmd, Map.of()).code).as(String.join(" ", cmd)).isZero();
    }

    private record Result(int code, String out) {
    }

    private Result run(List<String> command, Map<String, String> env) throws Exception {
        return run(command, env, repo);
    }

    private Result run(List<String> command, Map<String, String> env, Path in) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().remove("DOSSIER_LANG");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }
}
