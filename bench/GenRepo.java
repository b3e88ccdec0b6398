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
 *
 * java bench/GenRepo.java DIR UNITS TASKS FILES SIZE_KIB
 */
public class GenRepo {
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int units = Integer.parseInt(args[1]);
        int tasks = Integer.parseInt(args[2]);
        int files = Integer.parseInt(args[3]);
        int sizeKib = Integer.parseInt(args[4]);
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
        String[] exts = {"pdf", "jpg", "docx", "png", "xlsx"};
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
                            ooxml(out, ext, buffer, size);
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
    private static void ooxml(OutputStream raw, String ext, byte[] payload, int size) throws IOException {
        java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(raw);
        String main = ext.equals("docx") ? "word/document.xml" : "xl/workbook.xml";
        stored(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8), 0);
        stored(zip, main, "<x/>".getBytes(StandardCharsets.UTF_8), 0);
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
