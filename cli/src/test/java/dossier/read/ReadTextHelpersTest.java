package dossier.read;

import dossier.read.TaskSheetReader.Field;
import dossier.shared.ChineseText;
import dossier.shared.DidYouMean;
import dossier.shared.UnitNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The small text helpers the readers share: header names, areas, numerals, unit names, did-you-mean. */
class ReadTextHelpersTest {
    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            序号                  | ID
            指标编号               | ID
            编号                  | ID
            ID                   | ID
            一级指标               | AREA
            重点任务               | AREA
            二级指标               | INDICATOR
            指标名称               | INDICATOR
            二级指标名称            | INDICATOR
            三级指标               | REQUIREMENT
            评估内容               | REQUIREMENT
            具体任务               | REQUIREMENT
            评分标准               | REQUIREMENT
            评估内容及评分标准       | REQUIREMENT
            牵头单位               | LEAD
            牵头单位（部门）         | LEAD
            责任单位               | UNITS
            配合单位               | UNITS
            责任单位*              | UNITS
            佐证材料               | EVIDENCE
            印证资料               | EVIDENCE
            完成时限               | DUE
            完成时限（截止日期）      | DUE
            时间节点               | DUE
            完成时间               | DUE
            分值                  | POINTS
            '分 值'               | POINTS
            indicator id          | ID
            Responsible units     | UNITS
            due date              | DUE
            """)
    void taskSheetHeaders(String header, Field field) {
        assertThat(TaskSheetReader.HEADERS.fieldOf(header)).isEqualTo(field);
    }

    @Test
    void textThatIsNoHeader() {
        assertThat(TaskSheetReader.HEADERS.fieldOf("区司法局")).isNull();
        assertThat(TaskSheetReader.HEADERS.fieldOf("")).isNull();
        assertThat(TaskSheetReader.HEADERS.fieldOf("健全区、乡镇（街道）、村（居）三级公共法律服务网络，实现全覆盖")).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            一、依法全面履行政府职能                 | 依法全面履行政府职能
            一．依法全面履行政府职能                 | 依法全面履行政府职能
            （二）完善依法行政制度体系                | 完善依法行政制度体系
            第三部分 推进重大行政决策科学化、民主化、合法化 | 推进重大行政决策科学化、民主化、合法化
            4.行政执法严格规范公正文明               | 行政执法严格规范公正文明
            依法全面履行政府职能                    | 依法全面履行政府职能
            一、依法全面履行政府职能（20分）          | 依法全面履行政府职能
            一、依法全面履行政府职能(20分)           | 依法全面履行政府职能
            """)
    void areaNames(String text, String area) {
        assertThat(AreaNames.clean(text)).isEqualTo(area);
    }

    @Test
    void areaHeadings() {
        assertThat(AreaNames.heading("一、依法全面履行政府职能")).contains("依法全面履行政府职能");
        assertThat(AreaNames.heading("（二）完善依法行政制度体系")).contains("完善依法行政制度体系");
        assertThat(AreaNames.heading("注：1.牵头单位负责统筹")).isEmpty();
        assertThat(AreaNames.heading("2.各责任单位于8月10日前报送")).isEmpty();
        assertThat(AreaNames.heading("依法全面履行政府职能")).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            七月上旬     | 7月上旬
            十二月底     | 12月底
            二十五日     | 25日
            四十学时     | 40学时
            两次         | 2次
            二〇二一年   | 2021年
            第三季度     | 第3季度
            """)
    void chineseNumerals(String text, String digits) {
        assertThat(ChineseNumerals.toDigits(text)).isEqualTo(digits);
    }

    @Test
    void numeralValues() {
        assertThat(ChineseNumerals.value("十")).isEqualTo(10);
        assertThat(ChineseNumerals.value("十二")).isEqualTo(12);
        assertThat(ChineseNumerals.value("九十九")).isEqualTo(99);
        assertThat(ChineseNumerals.value("十十")).isNull();
        assertThat(ChineseNumerals.value("")).isNull();
    }

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ''        | 老街街道          | 街道
            ''        | 干河陈街道办事处   | 街道
            ''        | 空冢郭镇          | 乡镇
            ''        | 问十乡            | 乡镇
            ''        | 大刘镇人民政府     | 乡镇
            ''        | 问十乡人民政府     | 乡镇
            ''        | 区司法局          | 区直部门
            街道       | 顺河             | 街道
            乡镇       | 问十             | 乡镇
            区直部门    | 区司法局          | 区直部门
            区直单位    | 区法院            | 区直部门
            乡镇（街道）  | 问十乡            | 乡镇
            乡镇（街道）  | 老街街道          | 街道
            """)
    void categories(String written, String name, String category) {
        assertThat(UnitNames.category(written, name)).isEqualTo(category);
    }

    @Test
    void unitNamesInACell() {
        assertThat(UnitNames.split("区司法局、区财政局，区人社局,区审计局;顺河街道；老街街道\n问十乡/空冢郭镇等"))
                .containsExactly("区司法局", "区财政局", "区人社局", "区审计局", "顺河街道", "老街街道", "问十乡", "空冢郭镇");
        assertThat(UnitNames.split(null)).isEmpty();
        assertThat(UnitNames.normal(" 区 司法局\u3000")).isEqualTo("区司法局");
    }

    @Test
    void didYouMean() {
        List<String> units = List.of("区司法局", "区财政局", "区市场监管局", "老街街道");
        assertThat(DidYouMean.suggest("区市场监督局", units)).contains("区市场监管局");
        assertThat(DidYouMean.suggest("区财政", units)).contains("区财政局");
        assertThat(DidYouMean.suggest("老街街", units)).contains("老街街道");
        assertThat(DidYouMean.suggest("区应急局", units)).isEmpty();
        assertThat(DidYouMean.suggest("LIA01", List.of("LIA001", "LIA002", "COV001"))).contains("LIA001");
    }

    @Test
    void chineseText() {
        assertThat(ChineseText.clean("\uFEFF ４．４\u00A0")).isEqualTo("4.4");
        assertThat(ChineseText.compact(" 区\u3000司法局\n")).isEqualTo("区司法局");
        assertThat(ChineseText.oneLine("甲\n\n乙  丙")).isEqualTo("甲 乙 丙");
        assertThat(ChineseText.compact("区\u200B司法局\u00AD")).isEqualTo("区司法局");
        assertThat(ChineseText.display(" 区司法局\u200D ")).isEqualTo("区司法局");
    }

    @Test
    void textThatNeedsNoCleaningIsReturnedAsItIs() {
        // a units table of a million rows keeps each name once, not once more as its lookup key
        String name = new String("区司法局");
        assertThat(ChineseText.clean(name)).isSameAs(name);
        assertThat(ChineseText.compact(name)).isSameAs(name);
        assertThat(UnitNames.normal(name)).isSameAs(name);
        assertThat(ChineseText.display(name)).isSameAs(name);
    }
}
