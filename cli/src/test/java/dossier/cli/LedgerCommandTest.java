package dossier.cli;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import dossier.testing.SampleRepo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger read back with POI: its rows, colours, and user text that must stay text. */
class LedgerCommandTest {
    private static final Path SAMPLE = Path.of("../samples/yuanhui").toAbsolutePath().normalize();

    @TempDir
    Path repo;

    @BeforeEach
    void copySample() throws IOException {
        SampleRepo.copyTo(repo);
    }

    @Test
    void xlsxHasTheThreeSheetsARowPerTaskAndStatusColours() throws IOException {
        Path explanation = repo.resolve("evidence/区财政局/3.2 完善行政决策程序/情况说明.txt");
        Files.writeString(explanation, "=HYPERLINK(\"http://example.cn\",\"点我\")", StandardCharsets.UTF_8);
        CliRunner.Run run = CliRunner.run("ledger", repo.toString(), "--as-of", "2021-08-05");
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        Path file = repo.resolve("out/工作台账.xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("台账");
            assertThat(wb.getSheetName(1)).isEqualTo("进度");
            assertThat(wb.getSheetName(2)).isEqualTo("指标");
            XSSFSheet ledger = wb.getSheetAt(0);
            assertThat(ledger.getLastRowNum()).isEqualTo(117);
            assertThat(ledger.getPaneInformation().isFreezePane()).isTrue();
            assertThat(ledger.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(ledger.getPrintSetup().getLandscape()).isTrue();
            Row header = ledger.getRow(0);
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("状态");
            Row formula = null;
            for (Row r : ledger) {
                if (r.getRowNum() > 0 && r.getCell(13).getStringCellValue().startsWith("=HYPERLINK")) formula = r;
            }
            assertThat(formula).as("the explanation row").isNotNull();
            Cell text = formula.getCell(13);
            assertThat(text.getCellType()).isEqualTo(CellType.STRING);
            assertThat(text.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(formula.getCell(7).getStringCellValue()).isEqualTo("仅情况说明");
            Row missing = ledger.getRow(3);
            assertThat(missing.getCell(7).getStringCellValue()).isEqualTo("未提交");
            assertThat(fill(missing.getCell(7))).isEqualTo("FFC7CE");
            assertThat(fill(ledger.getRow(1).getCell(7))).isEqualTo("C6EFCE");
            XSSFSheet progress = wb.getSheetAt(1);
            assertThat(progress.getRow(1).getCell(0).getStringCellValue()).isEqualTo("区政府办");
            assertThat(progress.getRow(13).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(progress.getRow(13).getCell(9).getNumericCellValue()).isEqualTo(0.412, org.assertj.core.data.Offset.offset(0.001));
            XSSFSheet thresholds = wb.getSheetAt(2);
            assertThat(thresholds.getRow(1).getCell(0).getStringCellValue()).isEqualTo("区政府办");
        }
    }

    @Test
    void sameInputSameBytes() throws IOException {
        CliRunner.run("ledger", repo.toString(), "--as-of", "2021-08-05", "-o", repo.resolve("a.xlsx").toString());
        CliRunner.run("ledger", repo.toString(), "--as-of", "2021-08-05", "-o", repo.resolve("b.xlsx").toString());
        assertThat(Files.readAllBytes(repo.resolve("a.xlsx"))).isEqualTo(Files.readAllBytes(repo.resolve("b.xlsx")));
    }

    @Test
    void csvHasABomAndNeutralisedFormulas() throws IOException {
        Files.writeString(repo.resolve("evidence/区财政局/3.2 完善行政决策程序/情况说明.txt"), "=1+1 说明", StandardCharsets.UTF_8);
        CliRunner.Run run = CliRunner.run("ledger", repo.toString(), "--as-of", "2021-08-05", "--format", "csv");
        assertThat(run.code()).isZero();
        byte[] bytes = Files.readAllBytes(repo.resolve("out/工作台账.csv"));
        assertThat(HexFormat.of().formatHex(bytes, 0, 3)).isEqualTo("efbbbf");
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv).contains("'=1+1 说明").doesNotContain(",=1+1");
        assertThat(csv.lines().count()).isGreaterThan(117);
    }

    @Test
    void neverWritesInsideEvidence() {
        CliRunner.Run run = CliRunner.run("ledger", repo.toString(), "--as-of", "2021-08-05", "-o",
                repo.resolve("evidence/台账.xlsx").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(Files.exists(repo.resolve("evidence/台账.xlsx"))).isFalse();
    }

    private static String fill(Cell cell) {
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        return HexFormat.of().withUpperCase().formatHex(style.getFillForegroundXSSFColor().getRGB());
    }
}
