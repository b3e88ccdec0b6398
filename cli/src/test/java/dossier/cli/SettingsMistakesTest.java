package dossier.cli;

import dossier.testing.SampleRepo;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mistake under thresholds: or scoring: in dossier.yaml stops every command that loads the
 * campaign with exit 2, naming the line and column of the value at fault (not only report).
 */
class SettingsMistakesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
            "validate, 'scoring:\n  default: both\n  \"4.4\": points * 0.5\n', 3, 10",
            "ledger,   'scoring:\n  default: both\n  \"4.4\": points * 0.5\n', 3, 10",
            "report,   'scoring:\n  default: both\n  \"4.4\": points * 0.5\n', 3, 10",
            "package,  'scoring:\n  default: both\n  \"4.4\": points * 0.5\n', 3, 10",
            "validate, 'scoring:\n  \"9.9\": full\n', 2, 10",
            "validate, 'thresholds:\n  review_rate:\n    target: 九成\n', 3, 13",
            "ledger,   'thresholds:\n  review_rate:\n    target: 九成\n', 3, 13",
            "report,   'thresholds:\n  review_rate:\n    target: 九成\n', 3, 13",
            "package,  'thresholds:\n  review_rate:\n    target: 九成\n', 3, 13",
            "validate, 'thresholds:\n  review_rate: [1, 2]\n', 2, 16",
    })
    void exitsTwoWithLineAndColumn(String command, String section, int lineInSection, int column) throws IOException {
        Path repo = dir.resolve("repo");
        SampleRepo.copyTo(repo);
        Path yaml = repo.resolve("dossier.yaml");
        String before = Files.readString(yaml, StandardCharsets.UTF_8) + "\n";
        Files.writeString(yaml, before + section, StandardCharsets.UTF_8);
        int line = (int) before.lines().count() + lineInSection;

        CliRunner.Run run = CliRunner.run(command, repo.toString(), "--as-of", "2021-08-05", "-o", dir.resolve("out.bin").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("dossier.yaml 第" + line + "行第" + column + "列");
        assertThat(dir.resolve("out.bin")).doesNotExist();
    }
}
