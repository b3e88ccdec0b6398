package dossier.read;

import dossier.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dossier.read.Workbooks.DEPARTMENTS;
import static dossier.read.Workbooks.STREETS;
import static dossier.read.Workbooks.TOWNSHIPS;
import static org.assertj.core.api.Assertions.assertThat;

class UnitDirectoryTest {
    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            区司法局              | 区司法局
            ' 区司法局 '          | 区司法局
            区 司 法 局           | 区司法局
            司法局                | 区司法局
            依法治区办            | 区司法局
            源汇区司法局          | 区司法局
            漯河市源汇区司法局     | 区司法局
            财政局                | 区财政局
            区市场监督管理局       | 区市场监管局
            市场监督管理局         | 区市场监管局
            源汇区市场监督管理局    | 区市场监管局
            政府办                | 区政府办
            老街街道              | 老街街道
            问十乡                | 问十乡
            区财政局等            | 区财政局
            """)
    void resolves(String written, String unit) {
        assertThat(Workbooks.directory().resolve(written)).contains(unit);
    }

    @ParameterizedTest(name = "\"{0}\" is unknown")
    @ValueSource(strings = {"区应急局", "应急局", "市司法局", "司法所", "", "区"})
    void unknown(String written) {
        assertThat(Workbooks.directory().resolve(written)).isEmpty();
    }

    @Test
    void aCountyWritesItsUnitsWithXian() {
        UnitDirectory d = new UnitDirectory(List.of(Workbooks.unit("县司法局", "县直部门", 2),
                Workbooks.unit("县财政局", "县直部门", 3)), "河南省某某县");
        assertThat(d.resolve("司法局")).contains("县司法局");
        assertThat(d.resolve("某某县财政局")).contains("县财政局");
        assertThat(d.resolve("河南省某某县财政局")).contains("县财政局");
    }

    @Test
    void anAmbiguousShortNameResolvesToNothing() {
        UnitDirectory d = new UnitDirectory(List.of(Workbooks.unit("区司法局", "区直部门", 2),
                Workbooks.unit("源汇区司法局", "区直部门", 3)), Workbooks.REGION);
        assertThat(d.resolve("区司法局")).contains("区司法局");
        assertThat(d.resolve("源汇区司法局")).contains("源汇区司法局");
        assertThat(d.resolve("司法局")).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            各乡镇（街道）          | 各乡镇(街道)   | STREETS,TOWNSHIPS
            各乡镇(街道)           | 各乡镇(街道)   | STREETS,TOWNSHIPS
            各乡镇街道             | 各乡镇街道     | STREETS,TOWNSHIPS
            各乡镇及街道办事处      | 各乡镇及街道办事处 | STREETS,TOWNSHIPS
            各街道                | 各街道        | STREETS
            各街道办事处           | 各街道办事处   | STREETS
            各乡镇                | 各乡镇        | TOWNSHIPS
            各乡镇人民政府          | 各乡镇人民政府 | TOWNSHIPS
            区直各部门             | 区直各部门     | DEPARTMENTS
            区直有关单位             | 区直有关单位   | DEPARTMENTS
            区政府各部门             | 区政府各部门   | DEPARTMENTS
            各单位                | 各单位        | ALL
            全区各单位              | 全区各单位     | ALL
            """)
    void groupWords(String part, String word, String expands) {
        UnitDirectory d = Workbooks.directory();
        d.add(Unit.named("区应急局"));   // from the sheet, not the table: no group takes it
        UnitDirectory.Expansion e = d.group(part).orElseThrow();
        assertThat(e.word()).isEqualTo(word);
        List<String> expected = switch (expands) {
            case "STREETS" -> STREETS;
            case "TOWNSHIPS" -> TOWNSHIPS;
            case "DEPARTMENTS" -> DEPARTMENTS;
            case "STREETS,TOWNSHIPS" -> concat(STREETS, TOWNSHIPS);
            default -> Workbooks.units().stream().map(Unit::name).toList();
        };
        assertThat(e.units()).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is no group word")
    @ValueSource(strings = {"区司法局", "老街街道", "问十乡", "街道", "乡镇"})
    void notGroupWords(String part) {
        assertThat(Workbooks.directory().group(part)).isEmpty();
    }

    @Test
    void namesKeepTheTableOrderThenOrderOfAddition() {
        UnitDirectory d = Workbooks.directory();
        d.add(Unit.named("区应急局"));
        d.add(Unit.named("区信访局"));
        assertThat(d.names()).startsWith("区政府办", "区司法局").endsWith("问十乡", "区应急局", "区信访局");
        assertThat(d.unit("区司法局").orElseThrow().aliases()).containsExactly("司法局", "依法治区办");
        assertThat(d.resolve("区应急局")).contains("区应急局");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
