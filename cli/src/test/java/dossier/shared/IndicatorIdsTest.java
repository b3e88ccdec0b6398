package dossier.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorIdsTest {
    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            4.4        | 4.4
            ４．４      | 4.4
            4、4       | 4.4
            4，4       | 4.4
            4-4        | 4.4
            4.4.       | 4.4
            4.4。      | 4.4
            ' 4.4 '    | 4.4
            1.10       | 1.10
            01.02      | 1.2
            4.4.1      | 4.4.1
            7          | 7
            """)
    void parse(String text, String id) {
        assertThat(IndicatorIds.parse(text)).contains(id);
    }

    @ParameterizedTest(name = "\"{0}\" is not an id")
    @ValueSource(strings = {"", "四", "四（4）", "4.4项", "第4.4", "a.1", "1234.1", "注：1.牵头单位"})
    void notIds(String text) {
        assertThat(IndicatorIds.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" starts with {1}")
    @CsvSource(delimiter = '|', textBlock = """
            4.4 执法人员培训      | 4.4
            4.4执法人员培训       | 4.4
            ４．４　执法人员培训    | 4.4
            1.10 第十项           | 1.10
            4.4-执法人员培训      | 4.4
            4.4、执法人员培训     | 4.4
            6.1                  | 6.1
            """)
    void leading(String name, String id) {
        assertThat(IndicatorIds.leading(name)).contains(id);
    }

    @ParameterizedTest(name = "\"{0}\" has no leading id")
    @ValueSource(strings = {"执法人员培训", "2021年工作总结", "区司法局", ""})
    void noLeading(String name) {
        assertThat(IndicatorIds.leading(name)).isEmpty();
    }

    @Test
    void sortsNumericallyPartByPart() {
        List<String> ids = new ArrayList<>(List.of("1.10", "2.1", "1.9", "10.1", "1.1", "1", "1.2", "1.1.2", "1.1.10", "1.1.9"));
        ids.sort(IndicatorIds.ORDER);
        assertThat(ids).containsExactly("1", "1.1", "1.1.2", "1.1.9", "1.1.10", "1.2", "1.9", "1.10", "2.1", "10.1");
        assertThat(IndicatorIds.compare("1.9", "1.10")).isNegative();
        assertThat(IndicatorIds.compare("1.10", "1.9")).isPositive();
        assertThat(IndicatorIds.compare("4.4", "4.4")).isZero();
    }

    @Test
    void major() {
        assertThat(IndicatorIds.major("4.4")).isEqualTo("4");
        assertThat(IndicatorIds.major("12.3.1")).isEqualTo("12");
        assertThat(IndicatorIds.major("7")).isEqualTo("7");
    }
}
