package dossier.rules;

import dossier.i18n.Lang;
import dossier.i18n.Messages;
import dossier.model.Finding;
import dossier.model.Location;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** A rule's message arguments are named in its declaration and by those names in both bundles. */
class RuleArgumentsTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)[}?]");

    @Test
    void everyMessageUsesOnlyItsRulesNamesAndShowsEachInSomeLanguage() throws IOException {
        List<Properties> bundles = List.of(load("messages"), load("messages_en"));
        for (Rule r : Rules.all()) {
            assertThat(r.argNames()).as(r.id()).doesNotHaveDuplicates()
                    .allSatisfy(name -> assertThat(name).matches("[a-z][A-Za-z0-9]*"));
            Set<String> shown = new HashSet<>();
            for (Properties bundle : bundles) {
                Set<String> used = placeholders(bundle.getProperty("rule." + r.id() + ".message"));
                assertThat(r.argNames()).as("%s: names its message uses", r.id()).containsAll(used);
                shown.addAll(used);
            }
            // the finding's own file is shown as its location, before the message
            assertThat(shown).as("%s: declared names some message shows", r.id())
                    .containsAll(r.argNames().stream().filter(name -> !name.equals("file")).toList());
        }
    }

    @Test
    void aRuleTakesExactlyItsDeclaredArgumentsByName() {
        Finding f = FileRules.DUPLICATE.at(Location.file("evidence/a.pdf"), "区司法局", "4.4", "evidence/a.pdf",
                "evidence/a.pdf", 1, List.of("evidence/b.pdf"));
        assertThat(f.args()).containsExactly(entry("file", "evidence/a.pdf"), entry("count", 1),
                entry("places", List.of("evidence/b.pdf")));
        assertThatThrownBy(() -> FileRules.DUPLICATE.at(Location.file("evidence/a.pdf"), null, null, null, "x", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FIL006").hasMessageContaining("given 2");
    }

    @Test
    void aNamedMessageRendersInBothLanguages() {
        Finding f = FileRules.DUPLICATE.at(Location.file("evidence/a.pdf"), "区司法局", "4.4", "evidence/a.pdf",
                "evidence/a.pdf", 2, List.of("evidence/b.pdf", "evidence/c.pdf"));
        assertThat(new dossier.i18n.FindingText(Messages.of(Lang.ZH)).message(f))
                .isEqualTo("与另外 2 处内容完全相同：evidence/b.pdf、evidence/c.pdf");
        assertThat(new dossier.i18n.FindingText(Messages.of(Lang.EN)).message(f))
                .isEqualTo("identical to 2 other places: evidence/b.pdf, evidence/c.pdf");
    }

    private static Set<String> placeholders(String message) {
        assertThat(message).isNotNull();
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RuleArgumentsTest.class.getResourceAsStream("/dossier/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
