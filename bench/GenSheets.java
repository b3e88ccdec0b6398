import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A repository whose task sheet (tasks: indicators.xlsx, ROWS indicators, each one task of 单位1) or
 * units table (units: units.xlsx, ROWS units, one indicator of 单位1) has ROWS rows, the other one a
 * small csv; written as the worksheet XML Excel writes, straight into the zip.
 *
 * java bench/GenSheets.java DIR ROWS tasks|units
 */
public class GenSheets {
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        boolean tasks = args[2].equals("tasks");
        Files.createDirectories(root.resolve("evidence/单位1"));
        if (tasks) {
            Files.writeString(root.resolve("units.csv"), "单位名称,类别,联络员,手机\n单位1,区直部门,联络员1,13800000001\n");
            workbook(root.resolve("indicators.xlsx"), rows, new String[]{"编号", "一级指标", "二级指标", "牵头单位", "责任单位", "完成时限"},
                    r -> new String[]{(r / 10000 + 1) + "." + (r / 100 % 100 + 1) + "." + (r % 100 + 1), "领域" + (r / 10000 + 1),
                            "指标" + r, "单位1", "单位1", "8月10日前"});
        } else {
            Files.writeString(root.resolve("indicators.csv"), "编号,一级指标,二级指标,牵头单位,责任单位,完成时限\n1.1,领域1,指标1.1,单位1,单位1,8月10日前\n");
            workbook(root.resolve("units.xlsx"), rows, new String[]{"单位名称", "类别", "联络员", "手机"},
                    r -> new String[]{"单位" + (r + 1), "区直部门", "联络员" + (r + 1), String.valueOf(13800000000L + r)});
        }
        System.out.printf("generated a %d-row %s in %s%n", rows, tasks ? "task sheet" : "units table", root);
    }

    interface RowText {
        String[] of(int row);
    }

    private static void workbook(Path file, int rows, String[] head, RowText row) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<dimension ref=\"A1:" + (char) ('A' + head.length - 1) + (rows + 1) + "\"/><sheetData>");
            line(w, 1, head);
            for (int r = 0; r < rows; r++) line(w, r + 2, row.of(r));
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
        }
    }

    private static void line(Writer w, int r, String[] cells) throws IOException {
        StringBuilder b = new StringBuilder("<row r=\"").append(r).append("\">");
        for (int c = 0; c < cells.length; c++) {
            b.append("<c r=\"").append((char) ('A' + c)).append(r).append("\" t=\"inlineStr\"><is><t>").append(cells[c]).append("</t></is></c>");
        }
        w.write(b.append("</row>").toString());
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
