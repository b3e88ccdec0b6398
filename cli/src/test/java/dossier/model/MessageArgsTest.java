package dossier.model;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A finding's arguments behave as the ordered map they replace: order, nulls, equality with any map. */
class MessageArgsTest {
    private static final List<String> NAMES = List.of("file", "count", "places");

    @Test
    void keepsTheRuleOrderAndNullValues() {
        MessageArgs args = MessageArgs.of(NAMES, new Object[]{"a.pdf", 3, null});
        assertThat(args.keySet()).containsExactly("file", "count", "places");
        assertThat(args.get("count")).isEqualTo(3);
        assertThat(args.containsKey("places")).isTrue();
        assertThat(args.get("places")).isNull();
        assertThat(args.get("nothing")).isNull();
        assertThat(args).hasToString("{file=a.pdf, count=3, places=null}");
    }

    @Test
    void equalsAndHashesLikeAnOrderedMapOfTheSameEntries() {
        Map<String, Object> same = new LinkedHashMap<>();
        same.put("file", "a.pdf");
        same.put("count", 3);
        same.put("places", null);
        MessageArgs args = MessageArgs.of(NAMES, new Object[]{"a.pdf", 3, null});
        assertThat(args).isEqualTo(same);
        assertThat(same).isEqualTo(args);
        assertThat(args.hashCode()).isEqualTo(same.hashCode());
        assertThat(MessageArgs.copyOf(same)).isEqualTo(args).containsExactlyEntriesOf(same);
        assertThat(MessageArgs.of(NAMES, new Object[]{"a.pdf", 4, null})).isNotEqualTo(args);
    }

    @Test
    void isImmutableAndKeepsNoLinkToTheCallersArray() {
        Object[] values = {"a.pdf", 3, "x"};
        MessageArgs args = MessageArgs.of(NAMES, values);
        values[1] = 99;
        assertThat(args.get("count")).isEqualTo(3);
        assertThatThrownBy(() -> args.put("count", 5)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(MessageArgs.copyOf(args)).isSameAs(args);
    }

    @Test
    void refusesValuesThatDoNotMatchTheNames() {
        assertThatThrownBy(() -> MessageArgs.of(NAMES, new Object[]{"a.pdf"})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findingsCopiedForAWaiverOrASeverityShareTheirArguments() {
        Finding f = new Finding("FIL001", Severity.ERROR, "区司法局", "4.4", Location.file("a.pdf"), null,
                MessageArgs.of(NAMES, new Object[]{"a.pdf", 1, ""}));
        assertThat(f.withSeverity(Severity.WARNING).args()).isSameAs(f.args());
        assertThat(f.arg("file")).isEqualTo("a.pdf");
    }
}
