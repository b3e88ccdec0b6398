package dossier.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small but real evidence files whose content matches their extension, for tests that lay out evidence trees. */
public final class EvidenceFiles {
    private EvidenceFiles() {
    }

    /** Writes a valid file for the path's extension; {@code marker} makes its content unique. */
    public static Path write(Path file, String marker) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes(file.getFileName().toString(), marker));
        return file;
    }

    public static byte[] bytes(String name, String marker) throws IOException {
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase();
        return switch (ext) {
            case "pdf" -> ("%PDF-1.4\n% " + marker + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            case "jpg", "jpeg" -> concat(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16},
                    marker.getBytes(StandardCharsets.UTF_8), new byte[]{(byte) 0xFF, (byte) 0xD9});
            case "png" -> concat(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
                    marker.getBytes(StandardCharsets.UTF_8));
            case "docx" -> ooxml("word/document.xml", marker);
            case "xlsx" -> ooxml("xl/workbook.xml", marker);
            default -> marker.getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] ooxml(String part, String marker) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(part));
            zip.write(("<x>" + marker + "</x>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
