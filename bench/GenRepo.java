import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Generates an evidence repository for benchmarks: UNITS units × TASKS indicators × FILES files,
 * each of SIZE_KIB KiB on average (spread 0.5×–1.5×), deterministic for one seed. Files start
 * with real signatures (pdf, jpg, docx-as-zip) so content checks see plausible evidence.
 * <p>
 * KIND picks the evidence: {@code mixed} (pdf, jpg, docx, png, xlsx; the pdfs have a header and an
 * end marker only), {@code undated} (pdf and jpg; every pdf has a real trailer and Info dictionary
 * but, like most scans, no date: the date scan reads both 64 KiB ends of each), {@code dated} (pdf
 * with /CreationDate and docx with docProps/core.xml).
 *
 * java bench/GenRepo.java DIR UNITS TASKS FILES SIZE_KIB [KIND]
 */
public class GenRepo {
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int units = Integer.parseInt(args[1]);
        int tasks = Integer.parseInt(args[2]);
        int files = Integer.parseInt(args[3]);
        int sizeKib = Integer.parseInt(args[4]);
        String kind = args.length > 5 ? args[5] : "mixed";
        Random random = new Random(20211);
        Files.createDirectories(root);
        StringBuilder sheet = new StringBuilder("编号,一级指标,二级指标,牵头单位,责任单位,完成时限\n");
        StringBuilder table = new StringBuilder("单位名称,类别,联络员,手机\n");
        for (int u = 1; u <= units; u++) table.append("单位").append(u).append(",区直部门,联络员").append(u).append(",1380000").append(String.format("%04d", u)).append('\n');
        for (int t = 0; t < tasks; t++) {
            String id = (t / 10 + 1) + "." + (t % 10 + 1);
            sheet.append(id).append(",领域").append(t / 10 + 1).append(",指标").append(id).append(",单位1,各单位,8月10日前\n");
        }
        Files.writeString(root.resolve("indicators.csv"), sheet, StandardCharsets.UTF_8);
        Files.writeString(root.resolve("units.csv"), table, StandardCharsets.UTF_8);
        byte[] buffer = new byte[sizeKib * 1024 * 3 / 2 + 1];
        String[] exts = switch (kind) {
            case "undated" -> new String[]{"pdf", "pdf", "pdf", "jpg"};
            case "dated" -> new String[]{"pdf", "docx"};
            default -> new String[]{"pdf", "jpg", "docx", "png", "xlsx"};
        };
        long total = 0;
        for (int u = 1; u <= units; u++) {
            for (int t = 0; t < tasks; t++) {
                String id = (t / 10 + 1) + "." + (t % 10 + 1);
                Path dir = Files.createDirectories(root.resolve("evidence/单位" + u + "/" + id + " 指标材料"));
                for (int f = 0; f < files; f++) {
                    String ext = exts[f % exts.length];
                    int size = (int) (sizeKib * 1024 * (0.5 + random.nextDouble()));
                    random.nextBytes(buffer);
                    try (OutputStream out = Files.newOutputStream(dir.resolve("材料" + f + "." + ext))) {
                        if (ext.equals("docx") || ext.equals("xlsx")) {
                            ooxml(out, ext, buffer, size, kind.equals("dated") ? 2015 + (u + t + f) % 7 : 0);
                        } else if (ext.equals("pdf") && !kind.equals("mixed")) {
                            pdf(buffer, size, kind.equals("dated") ? 2015 + (u + t + f) % 7 : 0);
                            out.write(buffer, 0, size);
                        } else {
                            header(buffer, ext, size);
                            out.write(buffer, 0, size);
                        }
                    }
                    total += size;
                }
            }
        }
        System.out.printf("generated %d files, %.1f MiB in %s%n", (long) units * tasks * files, total / 1048576.0, root);
    }

    /** A real (stored) OOXML zip: its required parts, and the random bytes as one media part. */
    /**
     * A pdf as a writer leaves it: header, binary streams, then an Info dictionary, the cross-reference
     * table and the trailer in the last kilobytes; with /CreationDate and /ModDate when year is set.
     */
    private static void pdf(byte[] b, int size, int year) {
        byte[] head = "%PDF-1.6\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, b, 0, head.length);
        StringBuilder tail = new StringBuilder("\nendstream\nendobj\n9 0 obj\n<< /Producer (Scanner Firmware 2.1)");
        if (year > 0) {
            tail.append(" /CreationDate (D:").append(year).append("0315093000+08'00') /ModDate (D:").append(year)
                    .append("0316100000+08'00')");
        }
        tail.append(" >>\nendobj\nxref\n0 10\n0000000000 65535 f \n");
        for (int i = 1; i < 10; i++) tail.append(String.format("%010d 00000 n \n", i * 1000));
        tail.append("trailer\n<< /Size 10 /Root 1 0 R /Info 9 0 R /ID [<0123456789ABCDEF><0123456789ABCDEF>] >>\n")
                .append("startxref\n").append(size - 600).append("\n%%EOF\n");
        byte[] t = tail.toString().getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(t, 0, b, size - t.length, t.length);
    }

    private static void ooxml(OutputStream raw, String ext, byte[] payload, int size, int year) throws IOException {
        java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(raw);
        String main = ext.equals("docx") ? "word/document.xml" : "xl/workbook.xml";
        stored(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8), 0);
        stored(zip, main, "<x/>".getBytes(StandardCharsets.UTF_8), 0);
        if (year > 0) {
            String core = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><cp:coreProperties"
                    + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                    + " xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                    + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + year + "-03-15T01:30:00Z</dcterms:created>"
                    + "</cp:coreProperties>";
            stored(zip, "docProps/core.xml", core.getBytes(StandardCharsets.UTF_8), 0);
        }
        stored(zip, main.substring(0, main.indexOf('/')) + "/media/image1.bin", payload, Math.max(0, size - 400));
        zip.finish();
    }

    private static void stored(java.util.zip.ZipOutputStream zip, String name, byte[] data, int length) throws IOException {
        int n = length == 0 ? data.length : length;
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(data, 0, n);
        java.util.zip.ZipEntry e = new java.util.zip.ZipEntry(name);
        e.setMethod(java.util.zip.ZipEntry.STORED);
        e.setSize(n);
        e.setCompressedSize(n);
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        zip.write(data, 0, n);
        zip.closeEntry();
    }

    private static void header(byte[] b, String ext, int size) {
        byte[] head = switch (ext) {
            case "pdf" -> "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
            case "jpg" -> new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
            case "png" -> new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
            default -> new byte[]{'P', 'K', 3, 4};
        };
        System.arraycopy(head, 0, b, 0, head.length);
        if (ext.equals("pdf")) {
            byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(tail, 0, b, size - tail.length, tail.length);
        }
    }
}
