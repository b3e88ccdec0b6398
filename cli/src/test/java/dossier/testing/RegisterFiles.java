package dossier.testing;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** A register (名册/台账) as an office keeps it: a title row, the header row, then rows of text, numbers and date cells. */
public final class RegisterFiles {
    private RegisterFiles() {
    }

    /** evidence/&lt;unit&gt;/registers/&lt;name&gt; in a repository, titled as offices do: unit and register name. */
    public static Path write(Path repo, String unit, String name, String[] header, Object[][] rows) throws IOException {
        return write(repo.resolve("evidence/" + unit + "/registers/" + name), unit + name.replace(".xlsx", ""), header, rows);
    }

    public static Path write(Path file, String title, String[] header, Object[][] rows) throws IOException {
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("表");
            sheet.createRow(0).createCell(0).setCellValue(title);
            XSSFRow h = sheet.createRow(1);
            for (int c = 0; c < header.length; c++) h.createCell(c).setCellValue(header[c]);
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    var cell = row.createCell(c);
                    if (v instanceof Number n) cell.setCellValue(n.doubleValue());
                    else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    } else cell.setCellValue(String.valueOf(v));
                }
            }
            wb.write(out);
        }
        return file;
    }
}
