package dossier.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample repository that `make demo` runs, pinned as golden JSON, text, junit, sarif and github outputs. */
class SampleGoldenTest {
    private static final Path SAMPLE = Path.of("../samples/yuanhui").toAbsolutePath().normalize();
    private static final Path GOLDEN = Golden.resources().resolve("golden");

    /** Every machine-readable format: the sample has errors, so validate exits 1 and says nothing on stderr. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"json, yuanhui.json", "junit, yuanhui-junit.xml", "sarif, yuanhui.sarif", "github, yuanhui-github.txt"})
    void format(String format, String golden) throws IOException {
        CliRunner.Run run = CliRunner.run("validate", SAMPLE.toString(), "--as-of", "2021-08-05", "--format", format);
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isEqualTo(1);
        Golden.assertMatches(GOLDEN.resolve(golden), run.out());
    }

    @Test
    void text() throws IOException {
        CliRunner.Run run = CliRunner.run("validate", SAMPLE.toString(), "--as-of", "2021-08-05", "--fail-on", "never");
        assertThat(run.code()).isZero();
        Golden.assertMatches(GOLDEN.resolve("yuanhui.txt"), run.out());
    }

    @Test
    void theDemoShowsEveryTaskState() {
        String json = CliRunner.run("validate", SAMPLE.toString(), "--as-of", "2021-08-05", "--format", "json").out();
        for (String state : new String[]{"covered", "not_applicable", "deferred", "explained", "missing"}) {
            assertThat(json).contains("\"state\": \"" + state + "\"");
        }
    }
}
