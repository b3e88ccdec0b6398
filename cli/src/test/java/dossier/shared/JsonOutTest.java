package dossier.shared;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Arrays made as they are written give the same text as arrays held whole, and are made only then. */
class JsonOutTest {
    @Test
    void anArrayMadeWhileWritingReadsAsTheSameJson() throws Exception {
        List<Integer> source = List.of(1, 2, 3);
        List<Integer> made = new ArrayList<>();
        List<Object> lazy = JsonOut.eachAs(source, n -> {
            made.add(n);
            return JsonOut.ordered("n", n, "name", "单位" + n);
        });
        assertThat(made).isEmpty();

        StringWriter streamed = new StringWriter();
        JsonOut.write(Map.of("units", lazy), streamed);
        StringWriter whole = new StringWriter();
        JsonOut.write(Map.of("units", source.stream().map(n -> JsonOut.ordered("n", n, "name", "单位" + n)).toList()), whole);

        assertThat(streamed.toString()).isEqualTo(whole.toString()).contains("\"name\": \"单位3\"");
        assertThat(made).containsExactly(1, 2, 3);
    }

    @Test
    void anEmptyArrayStaysEmpty() throws Exception {
        StringWriter out = new StringWriter();
        JsonOut.write(JsonOut.ordered("findings", JsonOut.eachAs(0, i -> i)), out);
        assertThat(out.toString()).isEqualTo("{\n  \"findings\": []\n}\n");
    }
}
