package dossier.write;

import dossier.core.PackagePlan;
import dossier.core.ValidationResult;
import dossier.i18n.Messages;
import dossier.model.Location;
import dossier.read.BundleManifest;
import dossier.read.RepoPaths;
import dossier.shared.InputException;
import dossier.shared.JsonOut;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static dossier.shared.JsonOut.ordered;

/**
 * The upload bundle: every file of the plan, the report when there is one, and a manifest (json and
 * xlsx) with each file's SHA-256, size and source. Entries sorted, times fixed to --as-of, names
 * marked UTF-8 (Windows Explorer shows them right) or written in GBK for tools that expect it.
 */
public final class PackageWriter {
    public static final String MANIFEST_JSON = BundleManifest.FILE;
    public static final String MANIFEST_XLSX = BundleManifest.WORKBOOK;
    /** validate's json result for the bundle's own run: what the city merges and verify checks the files against. */
    public static final String RESULT_JSON = "校验结果.json";

    public record Packed(String zipPath, String source, String indicator, String unit, long size, String sha256) {
    }

    private final Messages messages;
    private final boolean gbk;

    public PackageWriter(Messages messages, boolean gbk) {
        this.messages = messages;
        this.gbk = gbk;
    }

    /** @param report the self-assessment report's bytes to include under reportName, or null */
    public List<Packed> write(ValidationResult result, PackagePlan plan, String reportName, byte[] report,
                              OutputStream out) throws IOException {
        LocalDate asOf = result.campaign().asOf();
        long time = asOf.atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
        RepoPaths paths = RepoPaths.of(result.campaign().root());
        List<Packed> packed = new ArrayList<>();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            if (gbk) {
                zip.setEncoding("GBK");
                zip.setUseLanguageEncodingFlag(false);
            } else {
                zip.setEncoding("UTF-8");
                zip.setUseLanguageEncodingFlag(true);
            }
            zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            for (PackagePlan.Entry e : plan.entries()) {
                // Validated a moment ago, but resolved again through the one check that keeps every read inside the repository.
                Path file = paths.file(e.source()).orElseThrow(
                        () -> new InputException(Location.file(e.source()), "package.sourceGone"));
                ZipArchiveEntry entry = new ZipArchiveEntry(e.zipPath());
                entry.setTime(time);
                if (isCompressed(e.zipPath())) stored(entry, file);
                zip.putArchiveEntry(entry);
                MessageDigest digest = sha256();
                long size;
                try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                    size = in.transferTo(zip);
                }
                zip.closeArchiveEntry();
                packed.add(new Packed(e.zipPath(), e.source(), e.indicator(), e.unit(), size,
                        HexFormat.of().formatHex(digest.digest())));
            }
            List<Packed> attachments = new ArrayList<>();
            if (report != null) attachments.add(add(zip, reportName, report, time));
            attachments.add(add(zip, RESULT_JSON, resultJson(result), time));
            attachments.add(add(zip, MANIFEST_XLSX, manifestXlsx(packed, asOf), time));
            add(zip, MANIFEST_JSON, manifestJson(result, packed, attachments, report == null ? null : reportName), time);
        }
        return packed;
    }

    /**
     * Photos, pdfs, office files and archives are compressed already: deflating them again gains a
     * few percent and is most of the time a bundle of gigabytes takes, so they are stored as they are.
     */
    private static final java.util.Set<String> COMPRESSED = java.util.Set.of("jpg", "jpeg", "png", "gif", "webp",
            "heic", "heif", "avif", "mp4", "mov", "avi", "mkv", "wmv", "mp3", "m4a", "zip", "rar", "7z", "gz", "pdf",
            "ofd", "docx", "xlsx", "pptx", "docm", "xlsm", "pptm", "wps", "et", "dps");

    private static boolean isCompressed(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && COMPRESSED.contains(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** A stored entry must give its size and CRC-32 before its bytes: one read for those (CRC-32 runs at memory speed). */
    private static void stored(ZipArchiveEntry entry, Path file) throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        long size = 0;
        byte[] buffer = new byte[256 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                crc.update(buffer, 0, n);
                size += n;
            }
        }
        entry.setMethod(java.util.zip.ZipEntry.STORED);
        entry.setSize(size);
        entry.setCompressedSize(size);
        entry.setCrc(crc.getValue());
    }

    private static Packed add(ZipArchiveOutputStream zip, String name, byte[] data, long time) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setTime(time);
        zip.putArchiveEntry(entry);
        zip.write(data);
        zip.closeArchiveEntry();
        return new Packed(name, null, null, null, data.length, HexFormat.of().formatHex(sha256().digest(data)));
    }

    private byte[] resultJson(ValidationResult result) throws IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        new JsonReporter(messages).write(result, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Files and attachments with size and SHA-256; the manifest cannot hash itself, everything else is hashed. */
    private byte[] manifestJson(ValidationResult result, List<Packed> packed, List<Packed> attachments, String report)
            throws IOException {
        List<Map<String, Object>> files = new ArrayList<>();
        for (Packed p : packed) {
            files.add(ordered("path", p.zipPath(), "source", p.source(), "indicator", p.indicator(), "unit", p.unit(),
                    "size", p.size(), "sha256", p.sha256()));
        }
        List<Map<String, Object>> attached = new ArrayList<>();
        for (Packed a : attachments) attached.add(ordered("path", a.zipPath(), "size", a.size(), "sha256", a.sha256()));
        Map<String, Object> doc = ordered("schema", "dossier.manifest/1", "campaign", result.campaign().settings().name(),
                "asOf", result.campaign().asOf().toString(),
                "report", report,
                "result", RESULT_JSON,
                "attachments", attached,
                "files", files);
        java.io.StringWriter out = new java.io.StringWriter();
        JsonOut.write(doc, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] manifestXlsx(List<Packed> packed, LocalDate asOf) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet(messages.get("package.manifest.sheet"));
        String[] header = messages.get("package.manifest.header").split("\\|");
        Row h = sheet.createRow(0);
        for (int c = 0; c < header.length; c++) h.createCell(c).setCellValue(header[c]);
        int[] widths = {6, 60, 60, 8, 14, 12, 66};
        for (int c = 0; c < widths.length; c++) sheet.setColumnWidth(c, widths[c] * 256);
        var quoted = wb.createCellStyle();
        quoted.setQuotePrefixed(true);
        int r = 1;
        for (Packed p : packed) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(r++);
            Object[] cells = {p.zipPath(), p.source(), p.indicator(), p.unit()};
            for (int c = 0; c < cells.length; c++) {
                var cell = row.createCell(c + 1);
                String s = String.valueOf(cells[c]);
                cell.setCellValue(s);
                if (SafeCells.looksLikeFormula(s)) cell.setCellStyle(quoted);
            }
            row.createCell(5).setCellValue(p.size());
            row.createCell(6).setCellValue(p.sha256());
        }
        sheet.createFreezePane(0, 1);
        return OfficeSheets.save(wb, asOf, messages.get("package.manifest.sheet"));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
