package dossier.cli;

import dossier.testing.LoopRepo;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** dossier notices on the sample at 2021-08-20, after two units finished: files read back. */
class NoticesCommandTest {
    @TempDir
    static Path dir;
    static Path repo;
    static Path folder;
    static CliRunner.Run run;

    @BeforeAll
    static void writeNotices() throws IOException {
        repo = dir.resolve("yuanhui");
        LoopRepo.build(repo);
        run = CliRunner.run("notices", repo.toString(), "--as-of", "2021-08-20", "--format", "docx", "--format", "txt",
                "--format", "md");
        folder = repo.resolve("out/通知");
    }

    @Test
    void oneDocxAndOneTxtPerUnitWithWorkNoneForCompleteUnits() throws IOException {
        assertThat(run.code()).as(run.err()).isZero();
        List<String> withWork = List.of("区政府办", "区司法局", "区财政局", "区市场监管局", "区人社局", "区审计局",
                "马路街街道", "干河陈街道", "空冢郭镇", "问十乡");
        List<String> expected = new ArrayList<>();
        for (String u : withWork) expected.addAll(List.of(u + ".docx", u + ".md", u + ".txt"));
        expected.add("通知汇总.xlsx");
        try (Stream<Path> s = Files.list(folder)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(run.out()).contains("10", "2");
    }

    @Test
    void theDocxHasTheLiaisonAtTheTopAndTheWorkMostUrgentFirst() throws IOException {
        String text = docxText(folder.resolve("区司法局.docx"));
        assertThat(text.lines().findFirst().orElse("")).contains("联络员：赵晓琳", "13603958812");
        assertThat(text).contains("区司法局：", "已逾期的任务", "陈静", "Thumbs.db", "漯河市源汇区法治政府建设示范创建工作领导小组办公室",
                "2021年8月20日");
        assertThat(text.indexOf("已逾期的任务")).isLessThan(text.indexOf("量化指标未达标"));
        assertThat(text.indexOf("量化指标未达标")).isLessThan(text.indexOf("需要整改的文件"));
        assertThat(text.indexOf("逾期 31 天")).isLessThan(text.indexOf("逾期 20 天"));
    }

    @Test
    void theTxtFitsAChatMessageAndCutsWithACount() throws IOException {
        for (Path txt : txtFiles()) {
            String s = Files.readString(txt);
            assertThat(s.codePointCount(0, s.length())).as(txt.toString()).isLessThanOrEqualTo(1500);
        }
        String s = Files.readString(folder.resolve("区司法局.txt"));
        assertThat(s).startsWith("【督办通知】区司法局 赵晓琳 13603958812").contains("1.【逾期】");
    }

    @Test
    void aLongNoticeIsCutMostUrgentFirstWithTheRestCounted() throws IOException {
        Path longRepo = dir.resolve("long");
        dossier.testing.SampleRepo.copyTo(longRepo);
        for (int i = 0; i < 60; i++) {
            Files.writeString(longRepo.resolve("evidence/区财政局/~$临时文件" + i + ".docx"), "x");
        }
        var r = CliRunner.run("notices", longRepo.toString(), "--as-of", "2021-08-20", "--format", "txt", "--unit", "区财政局");
        assertThat(r.code()).as(r.err()).isZero();
        String s = Files.readString(longRepo.resolve("out/通知/区财政局.txt"));
        assertThat(s.codePointCount(0, s.length())).isLessThanOrEqualTo(1500);
        assertThat(s).contains("1.【逾期】").containsPattern("…及其他\\d+项");
    }

    @Test
    void theSummaryListsEveryUnitWithCountsAndTheCompleteOnes() throws IOException {
        try (InputStream in = Files.newInputStream(folder.resolve("通知汇总.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(sh.getRow(1).getCell(1))).isEqualTo("单位");
            List<String> complete = new ArrayList<>();
            List<String> units = new ArrayList<>();
            for (int r = 2; r <= sh.getLastRowNum(); r++) {
                Row row = sh.getRow(r);
                units.add(f.formatCellValue(row.getCell(1)));
                if (f.formatCellValue(row.getCell(12)).equals("已完成")) complete.add(f.formatCellValue(row.getCell(1)));
            }
            assertThat(units).hasSize(12).startsWith("区政府办", "区司法局");
            assertThat(complete).containsExactly("老街街道", "顺河街道");
            Row justice = sh.getRow(3);
            assertThat(f.formatCellValue(justice.getCell(2))).isEqualTo("赵晓琳");
            assertThat(justice.getCell(4).getNumericCellValue()).isPositive();
        }
    }

    @Test
    void aWaivedFindingIsShownAsWaivedWithItsReasonNotAsWork() throws IOException {
        Path waived = dir.resolve("waived");
        dossier.testing.SampleRepo.copyWithOverdueWaived(waived);
        var r = CliRunner.run("notices", waived.toString(), "--as-of", "2021-08-20", "--unit", "问十乡", "--format", "docx",
                "--format", "txt");
        assertThat(r.code()).as(r.err()).isZero();
        String text = docxText(waived.resolve("out/通知/问十乡.docx"));
        assertThat(text).contains("已批准豁免的事项（1项", "已豁免：乡里无公共法律服务站，9月补报");
        String overdue = text.substring(text.indexOf("已逾期的任务"), text.indexOf("已批准豁免的事项"));
        assertThat(overdue).doesNotContain("指标 1.5 ").contains("指标 6.3 ");
        assertThat(Files.readString(waived.resolve("out/通知/问十乡.txt"))).doesNotContain("指标 1.5 ");
    }

    @Test
    void aUnitThatFinishedLosesItsNoticeFromAnEarlierRun() throws IOException {
        Path out = dir.resolve("stale");
        Files.createDirectories(out);
        Files.writeString(out.resolve("顺河街道.txt"), "an earlier notice");
        Files.writeString(out.resolve("顺河街道.docx"), "an earlier notice");
        Files.writeString(out.resolve("说明.txt"), "the office's own file");
        var r = CliRunner.run("notices", repo.toString(), "--as-of", "2021-08-20", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out.resolve("顺河街道.txt")).doesNotExist();
        assertThat(out.resolve("顺河街道.docx")).doesNotExist();
        assertThat(out.resolve("说明.txt")).exists();
        assertThat(out.resolve("区司法局.txt")).exists();
    }

    @Test
    void sameInputSameBytes() throws IOException {
        byte[] docx = Files.readAllBytes(folder.resolve("区司法局.docx"));
        byte[] xlsx = Files.readAllBytes(folder.resolve("通知汇总.xlsx"));
        var again = CliRunner.run("notices", repo.toString(), "--as-of", "2021-08-20", "--format", "docx", "--format", "txt",
                "--format", "md");
        assertThat(again.code()).isZero();
        assertThat(Files.readAllBytes(folder.resolve("区司法局.docx"))).isEqualTo(docx);
        assertThat(Files.readAllBytes(folder.resolve("通知汇总.xlsx"))).isEqualTo(xlsx);
    }

    private static List<Path> txtFiles() throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static String docxText(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText();
        }
    }
}
