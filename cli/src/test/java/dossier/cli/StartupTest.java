package dossier.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A run builds only the part of the command tree it uses; what the user sees stays the same. */
class StartupTest {
    private static final List<String> ALL = List.of("init", "validate", "rules", "ledger", "report", "site",
            "templates", "package", "completion", "verify", "aggregate", "notices",
            "bulletin");

    @Test
    void aRunGetsTheCommandItNames() {
        assertThat(Main.needed(new String[]{"validate", "repo", "--format", "json"}, ALL)).containsExactly("validate");
        assertThat(Main.needed(new String[]{"--lang", "en", "rules"}, ALL)).containsExactly("rules");
        assertThat(Main.needed(new String[]{"--version"}, ALL)).isEmpty();
        assertThat(Main.needed(new String[]{"--help"}, ALL)).isEqualTo(ALL);
        assertThat(Main.needed(new String[]{}, ALL)).isEqualTo(ALL);
        assertThat(Main.needed(new String[]{"completion"}, ALL)).as("the script names every command").isEqualTo(ALL);
        assertThat(Main.needed(new String[]{"valdate"}, ALL)).as("a typo gets the suggestions").isEqualTo(ALL);
    }

    @Test
    void helpVersionAndCompletionStillShowEveryCommand() {
        CliRunner.Run help = CliRunner.run("--lang", "en", "--help");
        assertThat(help.code()).isZero();
        for (String command : ALL) assertThat(help.out()).contains(command);
        CliRunner.Run version = CliRunner.run("--version");
        assertThat(version.out()).startsWith("dossier ");
        assertThat(CliRunner.run("-V").out()).isEqualTo(version.out());
        assertThat(CliRunner.run("--lang", "en", "--version").out()).isEqualTo(version.out());
        CliRunner.Run completion = CliRunner.run("completion", "bash");
        for (String command : ALL) assertThat(completion.out()).contains(command);
        CliRunner.Run typo = CliRunner.run("--lang", "en", "valdate");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("valdate");
    }
}
