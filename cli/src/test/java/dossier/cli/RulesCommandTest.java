package dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.rules.Rule;
import dossier.rules.Rules;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class RulesCommandTest {
    @Test
    void listsEveryRule() {
        CliRunner.Run run = CliRunner.run("rules");
        assertThat(run.code()).isZero();
        for (Rule r : Rules.all()) assertThat(run.out()).contains(r.id());
    }

    @Test
    void theListingWithoutPicocliIsTheListingThroughIt() {
        // "rules" alone (or with a language) takes the short way; any other option goes through picocli
        assertThat(Main.plainRulesListing(new String[]{"--lang", "en", "rules"})).isTrue();
        assertThat(Main.plainRulesListing(new String[]{"rules", "--format", "text"})).isFalse();
        assertThat(Main.plainRulesListing(new String[]{"rules", "--lang"})).isFalse();
        for (String lang : new String[]{"zh", "en"}) {
            CliRunner.Run plain = CliRunner.run("rules", "--lang=" + lang);
            CliRunner.Run parsed = CliRunner.run("rules", "--lang", lang, "--format", "text");
            assertThat(plain.code()).isZero();
            assertThat(plain.out()).isEqualTo(parsed.out()).contains(Rules.all().get(0).id());
            assertThat(plain.err()).isEqualTo(parsed.err());
        }
    }

    @Test
    void showsOneRulePage() {
        CliRunner.Run run = CliRunner.run("rules", "sht002");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("SHT002").contains("为什么").contains("如何修改").contains("warning");
    }

    @Test
    void jsonInEnglish() throws IOException {
        CliRunner.Run run = CliRunner.run("rules", "--format", "json", "--lang", "en");
        JsonNode rules = new ObjectMapper().readTree(run.out()).get("rules");
        assertThat(rules).hasSize(Rules.all().size());
        assertThat(rules.get(0).get("id").asText()).isEqualTo(Rules.all().get(0).id());
        assertThat(rules.findValuesAsText("title")).allSatisfy(t -> assertThat(t).isNotBlank().doesNotContain("rule."));
    }

    @Test
    void unknownRuleSuggestsOne() {
        CliRunner.Run run = CliRunner.run("rules", "SHT02");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("SHT002");
    }
}
