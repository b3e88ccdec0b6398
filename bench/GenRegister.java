import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A one-unit repository whose 培训台账.xlsx has ROWS rows (name, date, content, hours), written as
 * the worksheet XML Excel writes, straight into the zip, so a million rows take seconds to make.
 *
 * java bench/GenRegister.java DIR ROWS
 */
public class GenRegister {
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        Path registers = Files.createDirectories(root.resolve("evidence/单位1/registers"));
        Files.createDirectories(root.resolve("evidence/单位1/1.1 指标材料"));
        Files.writeString(root.resolve("indicators.csv"), "编号,一级指标,二级指标,牵头单位,责任单位,完成时限\n1.1,领域1,指标1.1,单位1,单位1,8月10日前\n");
        Files.writeString(root.resolve("units.csv"), "单位名称,类别,联络员,手机\n单位1,区直部门,联络员1,13800000001\n");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(registers.resolve("培训台账.xlsx")))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"台账\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
            entry(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
                    + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<dimension ref=\"A1:D" + (rows + 1) + "\"/><sheetData><row r=\"1\">" + text("A1", "姓名") + text("B1", "日期")
                    + text("C1", "内容") + text("D1", "学时") + "</row>");
            String[] topics = {"宪法", "行政诉讼法", "行政处罚法", "行政许可法", "民法典"};
            for (int r = 2; r <= rows + 1; r++) {
                w.write("<row r=\"" + r + "\">" + text("A" + r, "学员" + (r % 5000)) + "<c r=\"B" + r + "\" s=\"1\"><v>"
                        + (44197 + r % 365) + "</v></c>" + text("C" + r, topics[r % topics.length]) + "<c r=\"D" + r + "\"><v>"
                        + (1 + r % 4) + "</v></c></row>");
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
        }
        System.out.printf("generated a %d-row register in %s%n", rows, root);
    }

    private static String text(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
