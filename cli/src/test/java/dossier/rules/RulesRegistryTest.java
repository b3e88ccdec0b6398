package dossier.rules;

import dossier.i18n.Lang;
import dossier.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule is documented in both languages, as checkstyle checks each check has its message and doc. */
class RulesRegistryTest {
    @Test
    void everyRuleHasAStableIdAndEveryTextInBothLanguages() {
        for (Lang lang : Lang.values()) {
            Messages m = Messages.of(lang);
            for (Rule r : Rules.all()) {
                assertThat(r.id()).matches("[A-Z]{3}\\d{3}");
                for (String part : List.of("title", "message", "fix", "why", "example")) {
                    assertThat(m.has("rule." + r.id() + "." + part)).as("%s %s.%s", lang, r.id(), part).isTrue();
                }
                assertThat(m.has("rules.family." + r.family())).as("%s family %s", lang, r.family()).isTrue();
            }
        }
    }

    @Test
    void whatARuleMeansElsewhereIsAPropertyOfTheRule() {
        assertThat(Rules.all().stream().filter(Rule::leavesFileOutOfBundle).map(Rule::id))
                .as("files package leaves out of the bundle")
                .containsExactlyInAnyOrder("FIL001", "FIL002", "FIL003", "FIL005", "FIL008", "FIL009", "FIL011",
                        "COV006", "COV007", "COV008", "COV009", "COV011");
        assertThat(Rules.all()).filteredOn(Rule::judgesThreshold)
                .allSatisfy(r -> assertThat(r.id()).startsWith("THR"))
                .hasSize((int) Rules.ids().stream().filter(id -> id.startsWith("THR")).count());
    }

    @Test
    void idsAreUnique() {
        assertThat(Rules.ids()).doesNotHaveDuplicates().hasSize(Rules.all().size());
    }
}
