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
    void idsAreUnique() {
        assertThat(Rules.ids()).doesNotHaveDuplicates().hasSize(Rules.all().size());
    }
}
