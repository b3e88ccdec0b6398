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
 * A mistake under thresholds:, registers:, scoring: or waivers: in dossier.yaml stops every command
 * that loads the campaign with exit 2, naming the line and column of the value at fault (not only
 * report, and a registers: entry whether or not a register file matches it).
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
            "ledger,   'scoring:\n  \"9.9\": full\n', 2, 10",
            "validate, 'thresholds:\n  review_rate:\n    target: 九成\n', 3, 13",
            "ledger,   'thresholds:\n  review_rate:\n    target: 九成\n', 3, 13",
            "report,   'thresholds:\n  review_rate:\n    target: 九成\n', 3, 13",
            "package,  'thresholds:\n  review_rate:\n    target: 九成\n', 3, 13",
            "validate, 'thresholds:\n  review_rate: [1, 2]\n', 2, 16",
            "validate, 'thresholds: [review_rate]\n', 1, 13",
            "report,   'thresholds:\n  meetings: {kind: count, task: \"8.1\", target: 2, figure: 专题会议}\n', 2, 59",
            "validate, 'scoring: full\n', 1, 10",
            "validate, 'registers:\n  考勤:\n    kind: attendance\n', 3, 11",
            "ledger,   'registers:\n  考勤:\n    kind: attendance\n', 3, 11",
            "report,   'registers:\n  考勤:\n    kind: attendance\n', 3, 11",
            "package,  'registers:\n  考勤:\n    kind: attendance\n', 3, 11",
            "notices,  'registers:\n  考勤:\n    kind: attendance\n', 3, 11",
            "bulletin, 'registers:\n  考勤:\n    kind: attendance\n', 3, 11",
            "site,     'registers:\n  考勤:\n    kind: attendance\n', 3, 11",
            "validate, 'registers:\n  名册:\n    columns: {工时: 折算学时}\n', 3, 15",
            "validate, 'registers: [名册]\n', 1, 12",
            "validate, 'waivers:\n  - {unit: 区司法局, reason: 市局保管}\n', 2, 5",
            "ledger,   'waivers:\n  - {unit: 区司法局, reason: 市局保管}\n', 2, 5",
            "report,   'waivers:\n  - {unit: 区司法局, reason: 市局保管}\n', 2, 5",
            "package,  'waivers:\n  - {unit: 区司法局, reason: 市局保管}\n', 2, 5",
            "validate, 'waivers:\n  - rule: COV001\n    until: 待定\n', 3, 12",
            "report,   'waivers:\n  - rule: COV001\n    until: 待定\n', 3, 12",
            "validate, 'waivers:\n  - rule: COV001\n    reason: [市局, 保管]\n', 3, 13",
            "package,  'waivers:\n  - COV001\n', 2, 5",
            "validate, 'waivers:\n  - rule: COV001\n    resaon: 市局保管\n', 3, 5",
            "report,   'waivers:\n  - rule: COV001\n    resaon: 市局保管\n', 3, 5",
            "validate, 'waivers:\n  - rule: COV01\n    reason: 市局保管\n', 2, 11",
            "package,  'waivers:\n  - rule: COV01\n    reason: 市局保管\n', 2, 11",
    })
    void exitsTwoWithLineAndColumn(String command, String section, int lineInSection, int column) throws IOException {
        int line = sampleWith(section) + lineInSection;

        CliRunner.Run run = CliRunner.run(command, dir.resolve("repo").toString(), "--as-of", "2021-08-05", "-o", dir.resolve("out.bin").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("dossier.yaml 第" + line + "行第" + column + "列");
        assertThat(dir.resolve("out.bin")).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource({
            "'thresholds:\n  review_rate:\n    target: 九成\n', 3, 13",
            "'registers:\n  考勤:\n    kind: attendance\n', 3, 11",
            "'scoring:\n  \"4.4\": points * 0.5\n', 2, 10",
            "'scoring:\n  \"9.9\": full\n', 2, 10",
    })
    void initOnARepositoryStopsToo(String section, int lineInSection, int column) throws IOException {
        int line = sampleWith(section) + lineInSection;

        CliRunner.Run run = CliRunner.run("init", dir.resolve("repo").toString(), "--as-of", "2021-08-05");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("dossier.yaml 第" + line + "行第" + column + "列");
    }

    @org.junit.jupiter.api.Test
    void aWaiverForNoRuleSaysWhichRuleWasMeant() throws IOException {
        int line = sampleWith("waivers:\n  - rule: COV01\n    reason: 市局保管\n") + 2;

        CliRunner.Run run = CliRunner.run("validate", dir.resolve("repo").toString(), "--as-of", "2021-08-05", "--lang", "en");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("dossier.yaml line " + line + ", column 11: waivers: there is no rule \"COV01\", "
                + "so this waiver would waive nothing. Did you mean \"COV001\"? dossier rules lists every rule id.");
    }

    /** The sample repository with this section added to its dossier.yaml; the number of lines before it. */
    private int sampleWith(String section) throws IOException {
        Path repo = dir.resolve("repo");
        SampleRepo.copyTo(repo);
        Path yaml = repo.resolve("dossier.yaml");
        String before = Files.readString(yaml, StandardCharsets.UTF_8) + "\n";
        Files.writeString(yaml, before + section, StandardCharsets.UTF_8);
        return (int) before.lines().count();
    }
}
