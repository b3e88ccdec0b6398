package dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.core.CampaignLoader;
import dossier.model.Campaign;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class InitCommandTest {
    private static final String AS_OF = "2021-07-05";
    private static final String[] HEADER = {"序号", "二级指标", "评估内容", "牵头单位", "责任单位", "佐证材料", "完成时限"};

    @TempDir
    Path tmp;

    @Test
    void builtInCatalogueMakesAFullRepository() throws IOException {
        Path repo = tmp.resolve("新证据库");
        CliRunner.Run run = CliRunner.run("init", repo.toString(), "--as-of", AS_OF);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();

        assertThat(repo.resolve("dossier.yaml")).isRegularFile();
        assertThat(repo.resolve("indicators.xlsx")).isRegularFile();
        assertThat(repo.resolve("units.xlsx")).isRegularFile();
        assertThat(Files.readString(repo.resolve(".gitignore"))).contains("out/");
        assertThat(repo.resolve("evidence")).isDirectory().isEmptyDirectory();
        assertThat(repo.resolve("out")).doesNotExist();

        try (Workbook wb = WorkbookFactory.create(repo.resolve("indicators.xlsx").toFile(), null, true)) {
            Sheet sheet = wb.getSheet("任务分解表");
            assertThat(sheet).isNotNull();
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(sheet.getRow(0).getCell(0))).startsWith("附件1").endsWith("任务分解表");
            int header = -1;
            List<String> ids = new ArrayList<>();
            for (Row row : sheet) {
                String first = f.formatCellValue(row.getCell(0));
                if (first.equals("序号")) {
                    header = row.getRowNum();
                    List<String> names = new ArrayList<>();
                    row.forEach(c -> names.add(f.formatCellValue(c)));
                    assertThat(names).containsExactly("序号", "一级指标", "二级指标", "评估内容", "牵头单位", "责任单位",
                            "佐证材料", "完成时限", "分值");
                } else if (first.matches("\\d\\.\\d")) {
                    ids.add(first);
                    assertThat(f.formatCellValue(row.getCell(4))).as("牵头单位 left to fill").isEmpty();
                    assertThat(f.formatCellValue(row.getCell(7))).isEqualTo("8月10日前");
                }
            }
            assertThat(ids).hasSize(28).startsWith("1.1").endsWith("8.2");
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) (header + 1));
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo((short) 9);   // A4
            long areaMerges = sheet.getMergedRegions().stream()
                    .filter(r -> r.getFirstColumn() == 1 && r.getLastColumn() == 1 && r.getLastRow() > r.getFirstRow())
                    .count();
            assertThat(areaMerges).as("一级指标 merged down per area").isEqualTo(8);
        }

        Campaign campaign = CampaignLoader.load(repo, LocalDate.parse(AS_OF), null);
        assertThat(campaign.sheetFile()).isEqualTo("indicators.xlsx");
        assertThat(campaign.indicators()).hasSize(28);
        assertThat(campaign.areas()).hasSize(8).startsWith("依法全面履行政府职能");
        assertThat(campaign.units()).isEmpty();
        assertThat(campaign.settings().year()).isEqualTo(2021);
    }

    @Test
    void unitsTemplateHasHeaderAndCategoryList() throws IOException {
        Path repo = tmp.resolve("repo");
        assertThat(CliRunner.run("init", repo.toString(), "--as-of", AS_OF).code()).isZero();
        try (XSSFWorkbook wb = (XSSFWorkbook) WorkbookFactory.create(repo.resolve("units.xlsx").toFile(), null, true)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(sheet.getRow(0).getCell(0))).contains("联络员信息表");
            Row header = null;
            for (Row row : sheet) {
                if (f.formatCellValue(row.getCell(0)).equals("单位名称")) header = row;
            }
            assertThat(header).isNotNull();
            List<String> names = new ArrayList<>();
            header.forEach(c -> names.add(f.formatCellValue(c)));
            assertThat(names).containsExactly("单位名称", "简称", "类别", "联络员", "职务", "办公电话", "手机", "邮箱");
            List<XSSFDataValidation> validations = sheet.getDataValidations();
            assertThat(validations).hasSize(1);
            assertThat(validations.get(0).getValidationConstraint().getExplicitListValues())
                    .containsExactly("乡镇", "街道", "区直部门");
            assertThat(validations.get(0).getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(2);
        }
    }

    @Test
    void builtInCatalogueWithUnitsGivesEveryUnitEveryIndicator() throws IOException {
        Path units = tmp.resolve("联络员.csv");
        Files.writeString(units, "单位名称,类别,联络员,手机\n区司法局,区直部门,赵晓琳,13603958812\n老街街道,街道,周鹏,15893529076\n");
        Path repo = tmp.resolve("repo");
        CliRunner.Run run = CliRunner.run("init", repo.toString(), "--units", units.toString(), "--as-of", AS_OF);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(repo.resolve("units.csv")).hasSameBinaryContentAs(units);
        for (String unit : List.of("区司法局", "老街街道")) {
            try (Stream<Path> s = Files.list(repo.resolve("evidence").resolve(unit))) {
                List<Path> folders = s.toList();
                assertThat(folders).hasSize(28);
                folders.forEach(p -> assertThat(p.resolve("材料要求.txt")).isRegularFile());
            }
        }
        assertThat(repo.resolve("evidence/区司法局/4.4 健全行政执法人员管理制度/材料要求.txt")).isRegularFile();
    }

    @Test
    void givenSheetMakesOneFolderPerTaskWithItsRequirement() throws IOException {
        Path sheet = sheet(tmp.resolve("任务分解表.xlsx"), List.of(
                row("1.1", "公布权责清单", "编制并公布权责清单", "区司法局", "区财政局", "清单及公开截图", "8月10日前"),
                row("2.2", "合法性审核", "规范性文件合法性审核率达100%", "区司法局", "", "合法性审核意见书", "2021-07-31"),
                row("4.4", "执法人员培训", "每年培训不少于40学时", "区财政局", "区司法局", "培训台账、签到表", "长期坚持")));
        Path repo = tmp.resolve("repo");
        CliRunner.Run run = CliRunner.run("init", repo.toString(), "--indicators", sheet.toString(), "--as-of", AS_OF);
        assertThat(run.code()).as(run.err()).isZero();

        assertThat(repo.resolve("indicators.xlsx")).hasSameBinaryContentAs(sheet);
        assertThat(folderNames(repo.resolve("evidence"))).containsExactly("区司法局", "区财政局");
        assertThat(folderNames(repo.resolve("evidence/区司法局")))
                .containsExactly("1.1 公布权责清单", "2.2 合法性审核", "4.4 执法人员培训");
        assertThat(folderNames(repo.resolve("evidence/区财政局"))).containsExactly("1.1 公布权责清单", "4.4 执法人员培训");

        Path note = repo.resolve("evidence/区财政局/4.4 执法人员培训/材料要求.txt");
        byte[] bytes = Files.readAllBytes(note);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("4.4 执法人员培训").contains("每年培训不少于40学时").contains("培训台账、签到表")
                .contains("牵头单位").contains("长期坚持").contains("情况说明").contains("实地核查").contains("不涉及")
                .contains("链接").contains("简介").contains("亮点").contains("\r\n");
        assertThat(Files.readString(repo.resolve("evidence/区司法局/2.2 合法性审核/材料要求.txt")))
                .contains("规范性文件合法性审核率达100%").contains("2021-07-31").contains("合法性审核意见书");
    }

    @Test
    void runningTwiceCreatesAndOverwritesNothing() throws IOException {
        Path sheet = threeIndicators(tmp.resolve("表.xlsx"));
        Path repo = tmp.resolve("repo");
        assertThat(CliRunner.run("init", repo.toString(), "--indicators", sheet.toString(), "--as-of", AS_OF).code()).isZero();
        // a unit has started working: evidence and an edited dossier.yaml must survive
        Files.writeString(repo.resolve("evidence/区司法局/1.1 公布权责清单/清单.txt"), "已公布");
        Files.writeString(repo.resolve("dossier.yaml"), "name: 测试区法治政府建设示范创建\nyear: 2021\n");
        Map<String, Snapshot> before = snapshot(repo);

        CliRunner.Run again = CliRunner.run("init", repo.toString(), "--indicators", sheet.toString(), "--as-of", "2021-08-01");
        assertThat(again.code()).as(again.err()).isZero();
        CliRunner.Run third = CliRunner.run("init", repo.toString(), "--as-of", "2021-08-01");
        assertThat(third.code()).as(third.err()).isZero();
        assertThat(snapshot(repo)).isEqualTo(before);
    }

    @Test
    void afterTheSheetChangesNewFoldersAreAddedAndStaleOnesListed() throws IOException {
        Path repo = tmp.resolve("repo");
        assertThat(CliRunner.run("init", repo.toString(), "--indicators", threeIndicators(tmp.resolve("表.xlsx")).toString(),
                "--as-of", AS_OF).code()).isZero();
        Files.writeString(repo.resolve("evidence/区司法局/2.2 合法性审核/审核意见书.txt"), "意见");
        // the office edits the repository's sheet: 2.2 dropped, 3.1 added
        Files.delete(repo.resolve("indicators.xlsx"));
        sheet(repo.resolve("indicators.xlsx"), List.of(
                row("1.1", "公布权责清单", "编制并公布权责清单", "区司法局", "区财政局", "清单及公开截图", "8月10日前"),
                row("3.1", "重大行政决策目录", "编制年度重大行政决策事项目录", "区财政局", "区司法局", "目录及公布截图", "7月中旬"),
                row("4.4", "执法人员培训", "每年培训不少于40学时", "区财政局", "区司法局", "培训台账、签到表", "长期坚持")));

        CliRunner.Run run = CliRunner.run("init", repo.toString(), "--as-of", AS_OF);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(repo.resolve("evidence/区财政局/3.1 重大行政决策目录/材料要求.txt")).isRegularFile();
        assertThat(repo.resolve("evidence/区司法局/3.1 重大行政决策目录/材料要求.txt")).isRegularFile();
        assertThat(repo.resolve("evidence/区司法局/2.2 合法性审核/审核意见书.txt")).as("never deleted").isRegularFile();
        assertThat(repo.resolve("evidence/区司法局/2.2 合法性审核/材料要求.txt")).isRegularFile();
        assertThat(run.out()).contains("evidence/区司法局/2.2 合法性审核/");
        assertThat(run.out()).doesNotContain("evidence/区司法局/1.1 公布权责清单/");
    }

    @Test
    void sameAsOfGivesTheSameBytes() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Path c = tmp.resolve("c");
        assertThat(CliRunner.run("init", a.toString(), "--as-of", AS_OF).code()).isZero();
        assertThat(CliRunner.run("init", b.toString(), "--as-of", AS_OF).code()).isZero();
        assertThat(CliRunner.run("init", c.toString(), "--as-of", "2022-07-05").code()).isZero();
        for (String f : List.of("indicators.xlsx", "units.xlsx", "dossier.yaml")) {
            assertThat(a.resolve(f)).hasSameBinaryContentAs(b.resolve(f));
        }
        assertThat(Files.readAllBytes(c.resolve("indicators.xlsx"))).isNotEqualTo(Files.readAllBytes(a.resolve("indicators.xlsx")));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(a.resolve("indicators.xlsx")))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDate.parse(AS_OF).atStartOfDay());
            }
        }
        assertThat(Files.readString(c.resolve("dossier.yaml"))).contains("year: 2022");
    }

    @Test
    void unusableInputsExitTwoAndWriteNothing() throws IOException {
        Path garbage = tmp.resolve("任务分解表.xlsx");
        Files.writeString(garbage, "这不是表格\n只是一些文字\n");
        Path docx = tmp.resolve("任务分解表.docx");
        Files.writeString(docx, "x");
        Path file = tmp.resolve("a-file");
        Files.writeString(file, "x");
        Path repo = tmp.resolve("repo");
        List<String[]> cases = List.of(
                new String[]{"init", repo.toString(), "--indicators", garbage.toString()},
                new String[]{"init", repo.toString(), "--indicators", tmp.resolve("没有这个文件.xlsx").toString()},
                new String[]{"init", repo.toString(), "--indicators", docx.toString()},
                new String[]{"init", repo.toString(), "--units", garbage.toString()},
                new String[]{"init", repo.toString(), "--as-of", "明天"},
                new String[]{"init", file.toString()});
        for (String[] args : cases) {
            CliRunner.Run run = CliRunner.run(args);
            assertThat(run.code()).as(String.join(" ", args) + "\n" + run.err()).isEqualTo(2);
            assertThat(run.err()).startsWith("错误：").doesNotContain("Exception");
            assertThat(repo).as("nothing written").doesNotExist();
        }
        assertThat(CliRunner.run("init", repo.toString(), "--indicators", garbage.toString()).err()).contains(garbage.toString());
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void aDifferentSheetForAnExistingRepositoryIsRefused() throws IOException {
        Path repo = tmp.resolve("repo");
        assertThat(CliRunner.run("init", repo.toString(), "--as-of", AS_OF).code()).isZero();
        Map<String, Snapshot> before = snapshot(repo);
        CliRunner.Run run = CliRunner.run("init", repo.toString(), "--indicators", threeIndicators(tmp.resolve("表.xlsx")).toString(),
                "--as-of", AS_OF);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("错误：");
        assertThat(snapshot(repo)).isEqualTo(before);
    }

    @Test
    void validateRunsOnAFreshRepositoryAndIgnoresTheRequirementNotes() throws IOException {
        Path repo = tmp.resolve("repo");
        assertThat(CliRunner.run("init", repo.toString(), "--indicators", threeIndicators(tmp.resolve("表.xlsx")).toString(),
                "--as-of", AS_OF).code()).isZero();
        CliRunner.Run run = CliRunner.run("validate", repo.toString(), "--as-of", AS_OF, "--format", "json");
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("summary").path("tasks").asInt()).isEqualTo(5);
        for (JsonNode task : json.path("tasks")) {
            assertThat(task.path("state").asText()).isEqualTo("missing");
            task.path("evidence").forEach(n -> assertThat(n.asInt()).isZero());
            assertThat(task.path("folders")).hasSize(1);
        }
        // every task missing; nothing about files (the notes are not evidence, not temp files, not loose);
        // figure thresholds (THR*) may speak for the lead units of 2.2 and 4.4
        for (JsonNode f : json.path("findings")) {
            assertThat(f.path("rule").asText()).as(f.toString()).matches("COV001|THR\\d+");
            assertThat(f.path("file").asText()).as(f.toString()).doesNotContain("材料要求");
        }
        assertThat(json.path("findings").findValuesAsText("rule").stream().filter("COV001"::equals).count()).isEqualTo(5);
    }

    @Test
    void builtInRepositoryValidates() {
        Path repo = tmp.resolve("repo");
        assertThat(CliRunner.run("init", repo.toString(), "--as-of", AS_OF).code()).isZero();
        CliRunner.Run run = CliRunner.run("validate", repo.toString(), "--as-of", AS_OF, "--format", "json");
        assertThat(run.code()).as(run.err()).isIn(0, 1);
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void unitFilterMakesOnlyThatUnitsFolders() throws IOException {
        Path repo = tmp.resolve("repo");
        CliRunner.Run run = CliRunner.run("init", repo.toString(), "--indicators", threeIndicators(tmp.resolve("表.xlsx")).toString(),
                "--unit", "区财政局", "--as-of", AS_OF);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(folderNames(repo.resolve("evidence"))).containsExactly("区财政局");
        assertThat(CliRunner.run("init", repo.toString(), "--unit", "区教育局", "--as-of", AS_OF).code()).isEqualTo(2);
    }

    @Test
    void sheetOptionAppliesToTheGivenSheetAndIsRecorded() throws IOException {
        // the table on the second worksheet, a look-alike on the first
        Path file = tmp.resolve("表.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (String name : List.of("旧表", "新表")) {
                Sheet sheet = wb.createSheet(name);
                Row header = sheet.createRow(0);
                for (int c = 0; c < HEADER.length; c++) header.createCell(c).setCellValue(HEADER[c]);
                Row row = sheet.createRow(1);
                String[] cells = name.equals("旧表") ? row("1.1", "旧指标", "旧要求", "区司法局", "", "", "")
                        : row("2.1", "新指标", "新要求", "区财政局", "", "", "");
                for (int c = 0; c < cells.length; c++) row.createCell(c).setCellValue(cells[c]);
            }
            wb.write(out);
        }
        Path repo = tmp.resolve("repo");
        CliRunner.Run run = CliRunner.run("init", repo.toString(), "--indicators", file.toString(), "--sheet", "新表",
                "--as-of", AS_OF);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(repo.resolve("dossier.yaml"))).contains("sheet: \"新表\"");
        assertThat(repo.resolve("evidence/区财政局/2.1 新指标/材料要求.txt")).isRegularFile();
        assertThat(repo.resolve("evidence/区司法局")).doesNotExist();
        // without --sheet, validate reads the same worksheet (dossier.yaml says which)
        assertThat(CampaignLoader.load(repo, LocalDate.parse(AS_OF), null).indicators())
                .singleElement().satisfies(i -> assertThat(i.id()).isEqualTo("2.1"));

        Path builtin = tmp.resolve("builtin");
        assertThat(CliRunner.run("init", builtin.toString(), "--sheet", "新表", "--as-of", AS_OF).code()).isZero();
        assertThat(Files.readString(builtin.resolve("dossier.yaml"))).doesNotContainPattern("(?m)^sheet:");
    }

    @Test
    void englishAndQuietRunsWork() throws IOException {
        Path repo = tmp.resolve("repo");
        CliRunner.Run run = CliRunner.run("init", repo.toString(), "--lang", "en", "-q", "--as-of", AS_OF);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(repo.resolve("indicators.xlsx")).isRegularFile();
        assertThat(CliRunner.run("init", "--help").code()).isZero();
        assertThat(CliRunner.run("init", repo.toString(), "-o", "x.txt").code()).isEqualTo(2);
    }

    // ------------------------------------------------------------------ helpers

    private static String[] row(String... cells) {
        return cells;
    }

    private static Path threeIndicators(Path file) throws IOException {
        return sheet(file, List.of(
                row("1.1", "公布权责清单", "编制并公布权责清单", "区司法局", "区财政局", "清单及公开截图", "8月10日前"),
                row("2.2", "合法性审核", "规范性文件合法性审核率达100%", "区司法局", "", "合法性审核意见书", "2021-07-31"),
                row("4.4", "执法人员培训", "每年培训不少于40学时", "区财政局", "区司法局", "培训台账、签到表", "长期坚持")));
    }

    /** A small hand-made task sheet: a title row, the header, the rows. */
    static Path sheet(Path file, List<String[]> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("任务分解表");
            sheet.createRow(0).createCell(0).setCellValue("附件1 测试区任务分解表");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.length - 1));
            Row header = sheet.createRow(1);
            for (int c = 0; c < HEADER.length; c++) header.createCell(c).setCellValue(HEADER[c]);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < rows.get(r).length; c++) {
                    if (!rows.get(r)[c].isEmpty()) row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            wb.write(out);
        }
        return file;
    }

    private static List<String> folderNames(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    record Snapshot(String bytes, FileTime modified) {
    }

    /** Every file and folder under dir: its content (files) and modification time. */
    private static Map<String, Snapshot> snapshot(Path dir) throws IOException {
        Map<String, Snapshot> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                String content = Files.isRegularFile(p) ? java.util.HexFormat.of().formatHex(Files.readAllBytes(p)) : "/";
                out.put(dir.relativize(p).toString(), new Snapshot(content, Files.getLastModifiedTime(p)));
            }
        }
        return out;
    }
}
