package dossier.read;

import dossier.model.Indicator;
import dossier.shared.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Task sheets saved as CSV (every encoding Windows tools write) and written as YAML. */
class TaskSheetReaderTextTest {
    @TempDir
    Path dir;

    /** A CSV as Excel/WPS save one: a title record, a quoted cell with a line break, a comma and quotes. */
    static final String CSV = String.join("\r\n",
            "附件1 源汇区任务分解表,,,,,,,",
            "编号,一级指标,指标名称,工作要求,牵头单位,责任单位,完成时限,分值",
            "1.1,一、依法全面履行政府职能,深化行政审批制度改革,\"公布行政审批事项清单，\n清理中介服务, 推进\"\"证照分离\"\"\",区政府办,\"区司法局,区财政局\",8月10日前,4",
            "1.10,,提高公共法律服务效能（三级网络）,健全三级网络。,司法局,各乡镇（街道）,7月中旬,2",
            "１．２,,落实权责清单制度,公布权责清单。,区政府办,区直各部门；区财政局,长期坚持,3",
            "注：以上任务由各责任单位按时完成。,,,,,,,",
            "");

    static List<String> expected() {
        return List.of(
                "1.1 | 依法全面履行政府职能 | 深化行政审批制度改革 | 区政府办 | 区司法局、区财政局 | 2021-08-10 | 4.0 | row 3",
                "1.2 | 依法全面履行政府职能 | 落实权责清单制度 | 区政府办 | 区司法局、区财政局、区市场监管局、区人社局、区审计局 | ongoing | 3.0 | row 5",
                "1.10 | 依法全面履行政府职能 | 提高公共法律服务效能（三级网络） | 区司法局 | 老街街道、顺河街道、马路街街道、空冢郭镇、问十乡 | 2021-07-20 | 2.0 | row 4");
    }

    static byte[] bytes(String text, Charset charset, byte... bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    static byte[] encoded(String encoding, String text) {
        return switch (encoding) {
            case "UTF-8" -> bytes(text, StandardCharsets.UTF_8);
            case "UTF-8 BOM" -> bytes(text, StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            case "UTF-16LE BOM" -> bytes(text, StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE);
            case "UTF-16BE BOM" -> bytes(text, StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF);
            case "GBK" -> bytes(text, Charset.forName("GBK"));
            case "GB18030" -> bytes(text, Charset.forName("GB18030"));
            default -> throw new IllegalArgumentException(encoding);
        };
    }

    TaskSheetReader.Result read(Path file) {
        return TaskSheetReader.read(file, file.getFileName().toString(), null, Workbooks.directory(), 2021);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-8 BOM", "UTF-16LE BOM", "UTF-16BE BOM", "GBK", "GB18030"})
    void csvInEveryEncodingOfficesSave(String encoding) throws Exception {
        Path f = Files.write(dir.resolve("indicators.csv"), encoded(encoding, CSV));

        TaskSheetReader.Result r = read(f);

        assertThat(r.sheet()).isEqualTo("indicators");
        assertThat(r.findings()).isEmpty();
        assertThat(r.indicators()).extracting(TaskSheetReaderWorkbookTest::line).containsExactlyElementsOf(expected());
        assertThat(r.indicators().get(0).requirements())
                .containsExactly("公布行政审批事项清单，\n清理中介服务, 推进\"证照分离\"");
    }

    @Test
    void unicodeTextFromExcelIsTabSeparatedUtf16() throws Exception {
        String tsv = String.join("\r\n",
                "编号\t指标名称\t牵头单位\t责任单位\t完成时限",
                "4.4\t健全行政执法人员管理制度\t区司法局\t\"区财政局,区人社局\"\t2021/8/10",
                "");
        Path f = Files.write(dir.resolve("任务分解表.txt.csv"), encoded("UTF-16LE BOM", tsv));

        TaskSheetReader.Result r = read(f);

        assertThat(r.indicators()).extracting(TaskSheetReaderWorkbookTest::line).containsExactly(
                "4.4 | 行政执法严格规范公正文明 | 健全行政执法人员管理制度 | 区司法局 | 区财政局、区人社局 | 2021-08-10 | null | row 2");
    }

    @Test
    void csvContentUnderAnXlsNameIsReadAsCsv() throws Exception {
        Path f = Files.write(dir.resolve("indicators.xls"), encoded("GBK", CSV));

        assertThat(read(f).indicators()).extracting(TaskSheetReaderWorkbookTest::line).containsExactlyElementsOf(expected());
    }

    // ------------------------------------------------------------------ YAML

    static final String YAML_ENGLISH = """
            # 任务分解表
            indicators:
              - id: "1.10"
                area: 依法全面履行政府职能
                indicator: 提高公共法律服务效能
                requirement: 健全三级公共法律服务网络。
                lead: 司法局
                units: [各街道, 区财政局]
                due: 7月中旬
                points: 2
              - id: 1.9
                area: 依法全面履行政府职能
                indicator: 优化政府职能
                lead: 区政府办
                units:
                  - 区人社局
                  - 区审计局
                due: 长期坚持
              - id: 4.4
                area: 行政执法严格规范公正文明
                indicator: 健全行政执法人员管理制度
                lead: 区司法局
                units: 区财政局、问十乡
                due: 2021-08-10
                points: 4
              - id: 4.10
                indicator: 扎实推进服务型行政执法建设
                lead: 区司法局
            """;

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-8 BOM", "GBK", "UTF-16LE BOM"})
    void yamlWithEnglishKeys(String encoding) throws Exception {
        Path f = Files.write(dir.resolve("indicators.yaml"), encoded(encoding, YAML_ENGLISH));

        TaskSheetReader.Result r = read(f);

        assertThat(r.findings()).isEmpty();
        assertThat(r.indicators()).extracting(TaskSheetReaderWorkbookTest::line).containsExactly(
                "1.9 | 依法全面履行政府职能 | 优化政府职能 | 区政府办 | 区人社局、区审计局 | ongoing | null | row 11",
                "1.10 | 依法全面履行政府职能 | 提高公共法律服务效能 | 区司法局 | 区财政局、老街街道、顺河街道、马路街街道 | 2021-07-20 | 2.0 | row 3",
                "4.4 | 行政执法严格规范公正文明 | 健全行政执法人员管理制度 | 区司法局 | 区财政局、问十乡 | 2021-08-10 | 4.0 | row 19",
                "4.10 | 行政执法严格规范公正文明 | 扎实推进服务型行政执法建设 | 区司法局 |  | none | null | row 26");
        assertThat(r.indicators().get(1).requirements()).containsExactly("健全三级公共法律服务网络。");
    }

    @Test
    void yamlListAtTheRootWithChineseKeys() throws Exception {
        String yaml = """
                - 指标编号: "2.10"
                  指标名称: 加强行政规范性文件合法性审查
                  评估内容: 合法性审核率达100%。
                  牵头单位: 区司法局
                  责任单位: 区直各部门
                  完成时限: 2021年8月10日
                  分值: 3
                - 指标编号: ２．１
                  指标名称: 完善行政规范性文件制定
                  牵头单位: 区司法局
                  责任单位: 各乡镇（街道）
                  完成时限: 8月10日前
                """;
        Path f = Files.write(dir.resolve("indicators.yml"), yaml.getBytes(StandardCharsets.UTF_8));

        TaskSheetReader.Result r = read(f);

        assertThat(r.findings()).isEmpty();
        assertThat(r.indicators()).extracting(TaskSheetReaderWorkbookTest::line).containsExactly(
                "2.1 | 完善依法行政制度体系 | 完善行政规范性文件制定 | 区司法局 | 老街街道、顺河街道、马路街街道、空冢郭镇、问十乡 | 2021-08-10 | null | row 8",
                "2.10 | 完善依法行政制度体系 | 加强行政规范性文件合法性审查 | 区司法局 | 区政府办、区财政局、区市场监管局、区人社局、区审计局 | 2021-08-10 | 3.0 | row 1");
    }

    @Test
    void yamlItemsMayNameTheSameFieldDifferently() throws Exception {
        String yaml = """
                indicators:
                  - id: "1.1"
                    indicator: 深化行政审批制度改革
                    lead: 区政府办
                    units: 区司法局
                  - 编号: "1.10"
                    指标名称: 第十项
                    牵头单位: 区司法局
                    责任单位: [区财政局, 区审计局]
                    完成时限: 7月中旬
                """;
        Path f = Files.write(dir.resolve("indicators.yaml"), yaml.getBytes(StandardCharsets.UTF_8));

        TaskSheetReader.Result r = read(f);

        assertThat(r.findings()).isEmpty();
        assertThat(r.indicators()).extracting(TaskSheetReaderWorkbookTest::line).containsExactly(
                "1.1 | 依法全面履行政府职能 | 深化行政审批制度改革 | 区政府办 | 区司法局 | none | null | row 2",
                "1.10 | 依法全面履行政府职能 | 第十项 | 区司法局 | 区财政局、区审计局 | 2021-07-20 | null | row 6");
    }

    @Test
    void yamlThatIsNotAListIsUnusable() throws Exception {
        Path f = Files.writeString(dir.resolve("indicators.yaml"), "name: 任务分解表\nyear: 2021\n");

        InputException e = org.assertj.core.api.Assertions.catchThrowableOfType(InputException.class, () -> read(f));

        assertThat(e).isNotNull();
        assertThat(e.key()).isEqualTo("sheet.yamlNotList");
    }

    @Test
    void yamlSyntaxErrorsSayWhere() throws Exception {
        Path f = Files.writeString(dir.resolve("indicators.yaml"), "indicators:\n  - id: 1.1\n   indicator: [x\n");

        InputException e = org.assertj.core.api.Assertions.catchThrowableOfType(InputException.class, () -> read(f));

        assertThat(e).isNotNull();
        assertThat(e.key()).isEqualTo("input.yaml.syntax");
        assertThat(e.location().file()).isEqualTo("indicators.yaml");
        assertThat(e.location().row()).isNotNull();
    }

    @Test
    void indicatorsHaveTheirOwnFieldsInYaml() throws Exception {
        Path f = Files.write(dir.resolve("indicators.yaml"), YAML_ENGLISH.getBytes(StandardCharsets.UTF_8));

        Indicator i = read(f).indicators().get(2);

        assertThat(i.requirements()).isEmpty();
        assertThat(i.evidenceAsked()).isEmpty();
        assertThat(i.due().raw()).isEqualTo("2021-08-10");
    }
}
