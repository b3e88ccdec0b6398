package dossier.read;

import dossier.model.Finding;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sheets far bigger than the memory they are read in: each is read by a separate JVM with a 48 MB
 * heap (the whole sheet held as cells would need gigabytes), and by the register reader.
 */
class LargeSheetsTest {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";

    @TempDir
    Path dir;

    /** Summarises a workbook read in this JVM: "rows=N last=R:text". Run by {@link #readInSmallHeap}. */
    public static void main(String[] args) {
        List<Table> tables = TableReader.read(Path.of(args[0]), "t");
        StringBuilder out = new StringBuilder();
        for (Table t : tables) {
            int[] count = {0};
            Table.Row[] last = {null};
            t.forEachRow(0, row -> {
                count[0]++;
                last[0] = row;
            });
            out.append(t.name()).append(" rows=").append(count[0]).append(" head=").append(t.head().size());
            if (last[0] != null) out.append(" last=").append(last[0].number()).append(':').append(last[0].cell(0).text());
            out.append('\n');
        }
        System.out.print(out);
    }

    private static String readInSmallHeap(Path file) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(java, "-Xmx48m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8",
                "-Dsun.jnu.encoding=UTF-8", "-Dorg.apache.logging.log4j.simplelog.StatusLogger.level=OFF",
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory", "-cp", classpath,
                LargeSheetsTest.class.getName(), file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out.strip();
    }

    /** An xlsx with one worksheet whose XML is {@code rows} (shared strings: none, inline text only). */
    static void xlsx(Path file, String dimension, RowWriter rows, String afterRows) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"台账\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
                    + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
                    + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            w.write(HEAD + "<dimension ref=\"" + dimension + "\"/><sheetData>");
            rows.write(w);
            w.write("</sheetData>" + afterRows + "</worksheet>");
            w.flush();
            zip.closeEntry();
        }
    }

    interface RowWriter {
        void write(Writer w) throws IOException;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String text(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static void trainingHeader(Writer w) throws IOException {
        w.write("<row r=\"1\">" + text("A1", "2021年培训台账") + "</row>");
        w.write("<row r=\"2\">" + text("A2", "姓名") + text("B2", "日期") + text("C2", "内容") + text("D2", "学时") + "</row>");
        w.write("<row r=\"3\">" + text("A3", "张三") + "<c r=\"B3\" s=\"1\"><v>44256</v></c>" + text("C3", "宪法")
                + "<c r=\"D3\"><v>4</v></c></row>");
    }

    @Test
    void oneFormattedCellAtTheLastColumnAndRowCostsNothing() throws Exception {
        Path f = dir.resolve("XFD.xlsx");
        xlsx(f, "A1:XFD1048576", w -> {
            trainingHeader(w);
            w.write("<row r=\"1048576\" s=\"1\" customFormat=\"1\"><c r=\"XFD1048576\" s=\"1\"/></row>");
        }, "<mergeCells count=\"1\"><mergeCell ref=\"A1:XFD1\"/></mergeCells>");

        assertThat(readInSmallHeap(f)).isEqualTo("台账 rows=3 head=3 last=3:张三");
        List<Table.Row> head = TableReader.read(f, "t").get(0).head();
        assertThat(head.get(0).cells()).hasSize(SheetCursor.MAX_COLUMNS).allMatch(c -> c.text().equals("2021年培训台账"));
        assertThat(head.get(2).cell(1).date()).isEqualTo(LocalDate.of(2021, 3, 1));
    }

    @Test
    void aMillionFormattedEmptyRowsCostNothing() throws Exception {
        Path f = dir.resolve("空行.xlsx");
        xlsx(f, "A1:D1000003", w -> {
            trainingHeader(w);
            for (int r = 4; r <= 1_000_003; r++) w.write("<row r=\"" + r + "\" s=\"1\" customFormat=\"1\"/>");
        }, "");

        assertThat(readInSmallHeap(f)).isEqualTo("台账 rows=3 head=32 last=3:张三");
    }

    @Test
    void aHundredThousandRowRegisterIsReadRowByRow() throws Exception {
        Path f = dir.resolve("培训台账.xlsx");
        int rows = 100_000;
        xlsx(f, "A1:D" + (rows + 2), w -> {
            trainingHeader(w);
            for (int r = 4; r <= rows + 2; r++) {
                w.write("<row r=\"" + r + "\">" + text("A" + r, "学员" + r) + "<c r=\"B" + r + "\" s=\"1\"><v>44300</v></c>"
                        + text("C" + r, "行政诉讼法") + "<c r=\"D" + r + "\"><v>2</v></c></row>");
            }
        }, "");

        assertThat(readInSmallHeap(f)).isEqualTo("台账 rows=" + (rows + 2) + " head=32 last=" + (rows + 2) + ":学员" + (rows + 2));
    }

    @Test
    void anXlsCellAtTheLastColumnAndRowCostsNothing() throws Exception {
        Path f = dir.resolve("IV.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            var sheet = wb.createSheet("台账");
            sheet.createRow(0).createCell(0).setCellValue("姓名");
            sheet.createRow(1).createCell(0).setCellValue("张三");
            var style = wb.createCellStyle();
            style.setDataFormat((short) 14);
            sheet.createRow(65535).createCell(255).setCellStyle(style);
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, 255));
            wb.write(out);
        }
        assertThat(readInSmallHeap(f)).isEqualTo("台账 rows=2 head=2 last=2:张三");
    }

    @Test
    void aRegisterDamagedHalfwayIsAFindingAndTheOthersAreRead() throws Exception {
        Path repo = dir.resolve("repo");
        Path registers = Files.createDirectories(repo.resolve("evidence/区司法局/registers"));
        Files.writeString(repo.resolve("dossier.yaml"), "year: 2021\n");
        xlsx(registers.resolve("a 培训台账.xlsx"), "A1:D5", w -> {
            trainingHeader(w);
            w.write("<row r=\"4\">" + text("A4", "李四") + "<c r=\"B4\"><v>44300</v></c><c r=\"C4\"><is><t>断");
        }, "");
        xlsx(registers.resolve("b 培训台账.xlsx"), "A1:D3", LargeSheetsTest::trainingHeader, "");

        var settings = SettingsReader.read(repo, LocalDate.of(2021, 11, 1)).settings();
        RegisterReader.Result r = RegisterReader.read(repo, "区司法局", registers, settings);

        assertThat(r.unread()).containsExactly("evidence/区司法局/registers/a 培训台账.xlsx");
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("THR009");
        assertThat(r.registers().training()).extracting(t -> t.name()).as("the damaged file's rows are taken back")
                .containsExactly("张三");
    }

}
