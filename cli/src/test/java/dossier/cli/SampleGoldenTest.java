package dossier.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample repository that `make demo` runs, pinned as golden JSON, text, junit, sarif and github outputs. */
class SampleGoldenTest {
    private static final Path SAMPLE = Path.of("../samples/yuanhui").toAbsolutePath().normalize();
    private static final Path GOLDEN = Golden.resources().resolve("golden");

    @Test
    void json() throws IOException {
        CliRunner.Run run = CliRunner.run("validate", SAMPLE.toString(), "--as-of", "2021-08-05", "--format", "json");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isEqualTo(1);
        Golden.assertMatches(GOLDEN.resolve("yuanhui.json"), run.out());
    }

    @Test
    void text() throws IOException {
        CliRunner.Run run = CliRunner.run("validate", SAMPLE.toString(), "--as-of", "2021-08-05", "--fail-on", "never");
        assertThat(run.code()).isZero();
        Golden.assertMatches(GOLDEN.resolve("yuanhui.txt"), run.out());
    }

    @Test
    void junit() throws IOException {
        CliRunner.Run run = CliRunner.run("validate", SAMPLE.toString(), "--as-of", "2021-08-05", "--format", "junit");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isEqualTo(1);
        Golden.assertMatches(GOLDEN.resolve("yuanhui-junit.xml"), run.out());
    }

    @Test
    void sarif() throws IOException {
        CliRunner.Run run = CliRunner.run("validate", SAMPLE.toString(), "--as-of", "2021-08-05", "--format", "sarif");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isEqualTo(1);
        Golden.assertMatches(GOLDEN.resolve("yuanhui.sarif"), run.out());
    }

    @Test
    void github() throws IOException {
        CliRunner.Run run = CliRunner.run("validate", SAMPLE.toString(), "--as-of", "2021-08-05", "--format", "github");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isEqualTo(1);
        Golden.assertMatches(GOLDEN.resolve("yuanhui-github.txt"), run.out());
    }

    @Test
    void theDemoShowsEveryTaskState() {
        String json = CliRunner.run("validate", SAMPLE.toString(), "--as-of", "2021-08-05", "--format", "json").out();
        for (String state : new String[]{"covered", "not_applicable", "deferred", "explained", "missing"}) {
            assertThat(json).contains("\"state\": \"" + state + "\"");
        }
    }
}
