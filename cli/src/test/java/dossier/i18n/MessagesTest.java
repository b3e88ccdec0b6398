package dossier.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {
    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        for (String bundle : List.of("messages", "help")) {
            assertThat(load(bundle + "_en").keySet()).as(bundle).isEqualTo(load(bundle).keySet());
        }
    }

    @Test
    void placeholdersAndOptionalParts() {
        assertThat(Messages.fill("a{0}b{1}", List.of("x", 2))).isEqualTo("ax" + "b2");
        assertThat(Messages.fill("x{1?，是否指“{1}”？}", List.of("a", "区司法局"))).isEqualTo("x，是否指“区司法局”？");
        assertThat(Messages.fill("x{1?，是否指“{1}”？}", List.of("a", ""))).isEqualTo("x");
        assertThat(Messages.fill("{LIA01: off} {0}", List.of(12345))).isEqualTo("{LIA01: off} 12345");
    }

    @Test
    void namedPlaceholdersAndOptionalParts() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("unit", "区应急局");
        args.put("suggestion", "");
        args.put("row", null);
        assertThat(Messages.fill("单位“{unit}”。{suggestion?是否指“{suggestion}”？}", args)).isEqualTo("单位“区应急局”。");
        args.put("suggestion", "区应急管理局");
        assertThat(Messages.fill("{unit}{suggestion?，是否指“{suggestion}”？}", args)).isEqualTo("区应急局，是否指“区应急管理局”？");
        assertThat(Messages.fill("第{row}行{row?有}", args)).as("null shows blank").isEqualTo("第行");
        assertThat(Messages.fill("{LIA001: off} {count} {0} {unit}", args)).as("names not among the arguments stay")
                .isEqualTo("{LIA001: off} {count} {0} 区应急局");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/dossier/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
