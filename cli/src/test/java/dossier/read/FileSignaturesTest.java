package dossier.read;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileSignaturesTest {
    @TempDir
    Path dir;

    /** One real file of every kind, by a name used in the tests. */
    static final Map<String, byte[]> KINDS = new LinkedHashMap<>();

    @BeforeAll
    static void buildFixtures() throws IOException {
        KINDS.put("pdf", pdf("/Producer (dossier test)"));
        KINDS.put("docx", docx());
        KINDS.put("xlsx", xlsx());
        KINDS.put("pptx", pptx());
        KINDS.put("ofd", ofd());
        KINDS.put("xls", xls());
        KINDS.put("ole2", ole2());
        KINDS.put("jpg", image("jpg"));
        KINDS.put("png", image("png"));
        KINDS.put("gif", image("gif"));
        KINDS.put("bmp", image("bmp"));
        KINDS.put("tiff", image("tiff"));
        KINDS.put("webp", webp());
        KINDS.put("mp4", isoMedia("isom", "mdat"));
        KINDS.put("mov", isoMedia("qt  ", "mdat"));
        KINDS.put("mov-moov", concat(box("moov", new byte[64]), box("mdat", new byte[32])));
        KINDS.put("heic", isoMedia("heic", "meta"));
        KINDS.put("avi", riff("AVI ", "LIST"));
        KINDS.put("wmv", wmv());
        KINDS.put("flv", concat(new byte[]{'F', 'L', 'V', 1, 5, 0, 0, 0, 9, 0, 0, 0, 0}, new byte[64]));
        KINDS.put("mkv", concat(hex("1A45DFA3 9F 4286 81 01 42F7 81 01 4282 88"), ascii("matroska"), new byte[32]));
        KINDS.put("txt", "区司法局 4.4 执法人员培训\r\n第二行\n".getBytes(StandardCharsets.UTF_8));
    }

    // ---- every kind under its own extension ----

    @ParameterizedTest(name = "{0} as .{1}")
    @CsvSource({
            "pdf, pdf, pdf", "pdf, PDF, pdf",
            "docx, docx, docx", "xlsx, xlsx, xlsx", "pptx, pptx, pptx", "ofd, ofd, ofd",
            "ole2, doc, ole2", "xls, xls, ole2", "ole2, ppt, ole2",
            "ole2, wps, ole2", "docx, wps, docx", "xls, et, ole2", "xlsx, et, xlsx", "ole2, dps, ole2", "pptx, dps, pptx",
            "jpg, jpg, jpg", "jpg, jpeg, jpg", "jpg, JPG, jpg", "png, png, png", "gif, gif, gif", "bmp, bmp, bmp",
            "tiff, tif, tiff", "tiff, tiff, tiff", "webp, webp, webp",
            "mp4, mp4, mp4", "mov, mov, mov", "mov-moov, mov, mov", "mp4, mov, mp4", "mov, mp4, mov",
            "avi, avi, avi", "wmv, wmv, wmv", "flv, flv, flv", "mkv, mkv, mkv",
            "txt, txt, text", "txt, md, text",
    })
    void realFilesMatchTheirExtension(String kind, String ext, String detected) throws IOException {
        Path f = write("证据材料." + ext, KINDS.get(kind));
        assertThat(FileSignatures.check(f, ext, Files.size(f))).isEqualTo(new FileSignatures.Verdict(true, detected));
    }

    // ---- content under the wrong name ----

    @ParameterizedTest(name = "{0} as .{1}")
    @CsvSource({
            "docx, jpg, docx", "jpg, pdf, jpg", "xlsx, docx, xlsx", "docx, xlsx, docx", "pptx, docx, pptx",
            "docx, doc, docx", "ole2, docx, ole2", "xlsx, wps, xlsx", "docx, et, docx", "docx, dps, docx",
            "png, jpg, png", "jpg, png, jpg", "gif, png, gif", "heic, jpg, heic", "heic, mp4, heic",
            "mov-moov, mp4, mov", "avi, mp4, avi", "webp, avi, webp", "wmv, mp4, wmv", "mkv, flv, mkv",
            "pdf, txt, pdf", "docx, txt, docx", "jpg, txt, jpg", "txt, pdf, text", "txt, docx, text",
            "ofd, docx, ofd", "docx, ofd, docx", "bmp, tif, bmp", "tiff, bmp, tiff",
    })
    void contentUnderAnotherNameIsNamedForWhatItIs(String kind, String ext, String detected) throws IOException {
        Path f = write("改名文件." + ext, KINDS.get(kind));
        assertThat(FileSignatures.check(f, ext, Files.size(f))).isEqualTo(new FileSignatures.Verdict(false, detected));
    }

    @Test
    void aWebPageOrArchiveSavedUnderADocumentName() throws IOException {
        Path html = write("通知.pdf", "<!DOCTYPE html>\n<html><body>404 页面不存在</body></html>\n".getBytes(StandardCharsets.UTF_8));
        assertThat(FileSignatures.check(html, "pdf", Files.size(html))).isEqualTo(new FileSignatures.Verdict(false, "html"));
        Path rar = write("纪要.docx", concat(hex("526172211A0700"), new byte[40]));
        assertThat(FileSignatures.check(rar, "docx", 47)).isEqualTo(new FileSignatures.Verdict(false, "rar"));
        Path rtf = write("纪要.doc", "{\\rtf1\\ansi 会议纪要}".getBytes(StandardCharsets.UTF_8));
        assertThat(FileSignatures.check(rtf, "doc", Files.size(rtf))).isEqualTo(new FileSignatures.Verdict(false, "rtf"));
        Path exe = write("照片.jpg", concat(ascii("MZ"), new byte[200]));
        assertThat(FileSignatures.check(exe, "jpg", 202)).isEqualTo(new FileSignatures.Verdict(false, "exe"));
    }

    // ---- pdf header and trailer ----

    @Test
    void pdfWithoutEofIsDamaged() throws IOException {
        byte[] pdf = KINDS.get("pdf");
        byte[] cut = Arrays.copyOf(pdf, pdf.length - 7); // "%%EOF\n" and a byte more gone
        Path f = write("截断.pdf", cut);
        assertThat(FileSignatures.check(f, "pdf", cut.length)).isEqualTo(new FileSignatures.Verdict(false, "damaged-pdf"));
    }

    @Test
    void pdfCutInTheMiddleOfABigFileIsDamaged() throws IOException {
        byte[] big = concat(ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"), new byte[300_000]);
        Path f = write("半截下载.pdf", big);
        assertThat(FileSignatures.check(f, "pdf", big.length)).isEqualTo(new FileSignatures.Verdict(false, "damaged-pdf"));
    }

    @Test
    void pdfTrailerToleratesUpToOneKibOfTrailingBytes() throws IOException {
        byte[] pdf = KINDS.get("pdf");
        byte[] spaces = new byte[1000];
        Arrays.fill(spaces, (byte) ' ');
        Path padded = write("补白.pdf", concat(pdf, spaces));
        assertThat(FileSignatures.check(padded, "pdf", Files.size(padded)).matches()).isTrue();
        Path garbage = write("垃圾尾.pdf", concat(pdf, new byte[700]));
        assertThat(FileSignatures.check(garbage, "pdf", Files.size(garbage)).matches()).isTrue();
        Path tooMuch = write("太多尾.pdf", concat(pdf, new byte[2000]));
        assertThat(FileSignatures.check(tooMuch, "pdf", Files.size(tooMuch)))
                .isEqualTo(new FileSignatures.Verdict(false, "damaged-pdf"));
    }

    @Test
    void pdfHeaderMayFollowAFewJunkBytes() throws IOException {
        Path f = write("前缀.pdf", concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\r', '\n'}, KINDS.get("pdf")));
        assertThat(FileSignatures.check(f, "pdf", Files.size(f))).isEqualTo(new FileSignatures.Verdict(true, "pdf"));
        Path late = write("太靠后.pdf", concat(new byte[2000], KINDS.get("pdf")));
        assertThat(FileSignatures.check(late, "pdf", Files.size(late)).matches()).isFalse();
    }

    @Test
    void hugeSparsePdfIsJudgedByHeaderAndTrailerAlone() throws IOException {
        Path f = dir.resolve("扫描件.pdf");
        long size = 3L * 1024 * 1024 * 1024 + 12345; // beyond int offsets; sparse, so nothing is really stored
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.write(ascii("%PDF-1.5\n"));
            raf.seek(size - 7);
            raf.write(ascii("%%EOF\r\n"));
        }
        assertThat(FileSignatures.check(f, "pdf", size)).isEqualTo(new FileSignatures.Verdict(true, "pdf"));
    }

    // ---- zip structure ----

    @Test
    void truncatedDocxIsADamagedZip() throws IOException {
        byte[] docx = KINDS.get("docx");
        Path f = write("截断.docx", Arrays.copyOf(docx, docx.length / 2));
        assertThat(FileSignatures.check(f, "docx", Files.size(f))).isEqualTo(new FileSignatures.Verdict(false, "damaged-zip"));
    }

    @Test
    void docxCutJustBeforeItsEndRecordIsDamaged() throws IOException {
        byte[] docx = KINDS.get("docx");
        Path f = write("少尾.docx", Arrays.copyOf(docx, docx.length - 10));
        assertThat(FileSignatures.check(f, "docx", Files.size(f))).isEqualTo(new FileSignatures.Verdict(false, "damaged-zip"));
    }

    @Test
    void emptyZipIsNoDocx() throws IOException {
        byte[] empty = concat(hex("504B0506"), new byte[18]); // an End Of Central Directory and nothing else
        Path f = write("空包.docx", empty);
        assertThat(FileSignatures.check(f, "docx", 22)).isEqualTo(new FileSignatures.Verdict(false, "zip"));
    }

    @Test
    void zeroLengthCentralDirectory() throws IOException {
        byte[] docx = KINDS.get("docx").clone();
        int eocd = eocd(docx);
        putInt(docx, eocd + 12, 0); // central directory size 0, entry counts kept
        Path f = write("零目录.docx", docx);
        assertThat(FileSignatures.check(f, "docx", docx.length)).isEqualTo(new FileSignatures.Verdict(false, "damaged-zip"));

        putShort(docx, eocd + 8, 0);
        putShort(docx, eocd + 10, 0); // and no entries: a well-formed empty directory
        Files.write(f, docx);
        assertThat(FileSignatures.check(f, "docx", docx.length)).isEqualTo(new FileSignatures.Verdict(false, "zip"));
    }

    @Test
    void centralDirectoryWithABrokenRecordIsDamaged() throws IOException {
        byte[] docx = KINDS.get("docx").clone();
        int cd = (int) getInt(docx, eocd(docx) + 16);
        docx[cd] = 'X'; // first record's signature
        Path f = write("坏目录.docx", docx);
        assertThat(FileSignatures.check(f, "docx", docx.length)).isEqualTo(new FileSignatures.Verdict(false, "damaged-zip"));
    }

    @Test
    void wrongDirectoryOffsetIsRecoveredFromTheDirectorySize() throws IOException {
        byte[] docx = KINDS.get("docx").clone();
        putInt(docx, eocd(docx) + 16, 7); // offset points into file data; the directory still ends at the EOCD
        Path f = write("偏移.docx", docx);
        assertThat(FileSignatures.check(f, "docx", docx.length)).isEqualTo(new FileSignatures.Verdict(true, "docx"));
    }

    @Test
    void zipWithoutContentTypesIsNoDocx() throws IOException {
        Path f = write("普通压缩包.docx", zip(Map.of("word/document.xml", "<w:document/>")));
        assertThat(FileSignatures.check(f, "docx", Files.size(f))).isEqualTo(new FileSignatures.Verdict(false, "zip"));
        Path parts = write("无正文.docx", zip(Map.of("[Content_Types].xml", "<Types/>", "docProps/core.xml", "<x/>")));
        assertThat(FileSignatures.check(parts, "docx", Files.size(parts))).isEqualTo(new FileSignatures.Verdict(false, "zip"));
    }

    @Test
    void zipCommentsShortAndLongAreSkipped() throws IOException {
        for (int commentLength : new int[]{40, 5000, 65535}) {
            byte[] bytes = zipWithComment(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>"),
                    "c".repeat(commentLength));
            Path f = write("注释" + commentLength + ".docx", bytes);
            assertThat(FileSignatures.check(f, "docx", bytes.length)).as("comment of %d", commentLength)
                    .isEqualTo(new FileSignatures.Verdict(true, "docx"));
        }
    }

    @Test
    void centralDirectoryLargerThanOneReadIsWalkedInChunks() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<Types/>");
        for (int i = 0; i < 2500; i++) entries.put("customXml/item-with-a-rather-long-name-" + i + ".xml", "");
        entries.put("xl/workbook.xml", "<workbook/>");
        byte[] bytes = zip(entries);
        Path f = write("大目录.xlsx", bytes);
        assertThat(getInt(bytes, eocd(bytes) + 12)).isGreaterThan(3 * 64 * 1024L);
        assertThat(FileSignatures.check(f, "xlsx", bytes.length)).isEqualTo(new FileSignatures.Verdict(true, "xlsx"));
        assertThat(FileSignatures.check(f, "docx", bytes.length)).isEqualTo(new FileSignatures.Verdict(false, "xlsx"));
    }

    @Test
    void aWrappedEntryCountIsNotTrusted() throws IOException {
        byte[] docx = KINDS.get("docx").clone();
        int eocd = eocd(docx);
        putShort(docx, eocd + 8, 1); // 65,537 entries written without zip64 wrap to 1
        putShort(docx, eocd + 10, 1);
        Path f = write("计数.docx", docx);
        assertThat(FileSignatures.check(f, "docx", docx.length)).isEqualTo(new FileSignatures.Verdict(true, "docx"));
    }

    @Test
    void zip64EndRecordsAreFollowed() throws IOException {
        byte[] docx = toZip64(KINDS.get("docx"));
        Path f = write("大文件.docx", docx);
        assertThat(FileSignatures.check(f, "docx", docx.length)).isEqualTo(new FileSignatures.Verdict(true, "docx"));
    }

    @Test
    void zip64DirectoryBeyondFourGibInASparseFile() throws IOException {
        byte[] small = zip(Map.of("[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<p/>"));
        int eocd = eocd(small);
        long cdOffset = getInt(small, eocd + 16);
        int cdSize = (int) getInt(small, eocd + 12);
        byte[] cd = Arrays.copyOfRange(small, (int) cdOffset, (int) cdOffset + cdSize);
        long at = 5L * 1024 * 1024 * 1024;
        Path f = dir.resolve("巨大.pptx");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.write(Arrays.copyOf(small, (int) cdOffset)); // local headers at the start
            raf.seek(at);
            raf.write(cd);
            raf.write(zip64Records(2, cdSize, at, at + cdSize));
        }
        assertThat(FileSignatures.check(f, "pptx", Files.size(f))).isEqualTo(new FileSignatures.Verdict(true, "pptx"));
    }

    @Test
    void ofdNeedsItsOfdXml() throws IOException {
        Path f = write("电子公文.ofd", zip(Map.of("Doc_0/Document.xml", "<ofd:Document/>")));
        assertThat(FileSignatures.check(f, "ofd", Files.size(f))).isEqualTo(new FileSignatures.Verdict(false, "zip"));
    }

    // ---- images, video, text edge cases ----

    @Test
    void bmpNeedsMoreThanTwoLetters() throws IOException {
        Path f = write("假图.bmp", "BMW 4S 店检查记录，本文件为文本。".getBytes(StandardCharsets.UTF_8));
        assertThat(FileSignatures.check(f, "bmp", Files.size(f))).isEqualTo(new FileSignatures.Verdict(false, "text"));
    }

    @Test
    void textThatHappensToLookLikeAVideoAtomStaysText() throws IOException {
        Path f = write("说明.txt", "Feelfree to call 区司法局\n".getBytes(StandardCharsets.UTF_8));
        assertThat(FileSignatures.check(f, "txt", Files.size(f))).isEqualTo(new FileSignatures.Verdict(true, "text"));
        Path mz = write("MZ说明.txt", "MZ 区 2021 年工作台账\n".getBytes(StandardCharsets.UTF_8));
        assertThat(FileSignatures.check(mz, "txt", Files.size(mz))).isEqualTo(new FileSignatures.Verdict(true, "text"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-8", "UTF-8 BOM", "UTF-16LE BOM", "UTF-16BE BOM", "GBK", "GB18030"})
    void textInEveryEncodingOfficesSave(String encoding) throws IOException {
        byte[] bytes = encoded(encoding, "区司法局：4.4 执法人员培训（40学时）\r\n第二行 ok\n");
        Path f = write("说明.txt", bytes);
        assertThat(FileSignatures.check(f, "txt", bytes.length)).isEqualTo(new FileSignatures.Verdict(true, "text"));
    }

    @Test
    void textWithNulOrControlBytesIsNotText() throws IOException {
        Path nul = write("二进制.txt", "abc\0def".getBytes(StandardCharsets.UTF_8));
        assertThat(FileSignatures.check(nul, "txt", 7)).isEqualTo(new FileSignatures.Verdict(false, "unknown"));
        Path utf16 = write("无BOM.txt", "report 2021".getBytes(StandardCharsets.UTF_16LE));
        assertThat(FileSignatures.check(utf16, "md", 22)).isEqualTo(new FileSignatures.Verdict(false, "unknown"));
        Path bad = write("乱码.txt", new byte[]{'a', (byte) 0x80, (byte) 0xFF, 'b'});
        assertThat(FileSignatures.check(bad, "txt", 4)).isEqualTo(new FileSignatures.Verdict(false, "unknown"));
    }

    @Test
    void longTextCutMidCharacterAtTheHeaderWindowIsStillText() throws IOException {
        String body = "法治政府建设示范创建".repeat(5000);
        byte[] utf8 = ("xy" + body).getBytes(StandardCharsets.UTF_8); // 2 + 3n bytes
        assertThat(utf8[FileSignatures.TEXT_HEADER] & 0xC0).as("64 KiB falls inside a character").isEqualTo(0x80);
        Path f = write("长文.txt", utf8);
        assertThat(FileSignatures.check(f, "txt", utf8.length)).isEqualTo(new FileSignatures.Verdict(true, "text"));

        byte[] gbk = ("x" + body).getBytes(Charset.forName("GBK")); // 1 + 2n bytes: the window ends on a lead byte
        assertThat(gbk[FileSignatures.TEXT_HEADER - 1] & 0xFF).isGreaterThanOrEqualTo(0x81);
        Path g = write("长文GBK.txt", gbk);
        assertThat(FileSignatures.check(g, "txt", gbk.length)).isEqualTo(new FileSignatures.Verdict(true, "text"));

        byte[] binaryLater = concat(Arrays.copyOf(utf8, 70_000), new byte[]{0, 0, 0});
        Path b = write("后段二进制.txt", binaryLater);
        assertThat(FileSignatures.check(b, "txt", binaryLater.length).matches())
                .as("only the first 64 KiB are read").isTrue();
    }

    @Test
    void markdownMayHoldHtml() throws IOException {
        Path f = write("说明.md", "<html>\n<p>区司法局</p>\n".getBytes(StandardCharsets.UTF_8));
        assertThat(FileSignatures.check(f, "md", Files.size(f))).isEqualTo(new FileSignatures.Verdict(true, "html"));
    }

    // ---- unknown types, empty files, unreadable paths ----

    @Test
    void unknownExtensionsAlwaysMatchButSayWhatTheyAre() throws IOException {
        Path zip = write("打包.zip", zip(Map.of("a.txt", "x")));
        assertThat(FileSignatures.check(zip, "zip", Files.size(zip))).isEqualTo(new FileSignatures.Verdict(true, "zip"));
        Path none = write("README", "说明\n".getBytes(StandardCharsets.UTF_8));
        assertThat(FileSignatures.check(none, "", Files.size(none))).isEqualTo(new FileSignatures.Verdict(true, "text"));
        Path odd = write("数据.dat", new byte[]{0, 1, 2, 3});
        assertThat(FileSignatures.check(odd, "dat", 4)).isEqualTo(new FileSignatures.Verdict(true, "unknown"));
    }

    @Test
    void emptyFiles() throws IOException {
        Path pdf = write("空.pdf", new byte[0]);
        assertThat(FileSignatures.check(pdf, "pdf", 0)).isEqualTo(new FileSignatures.Verdict(false, "empty"));
        Path txt = write("空.txt", new byte[0]);
        assertThat(FileSignatures.check(txt, "txt", 0)).isEqualTo(new FileSignatures.Verdict(false, "empty"));
        Path other = write("空.xyz", new byte[0]);
        assertThat(FileSignatures.check(other, "xyz", 0)).isEqualTo(new FileSignatures.Verdict(true, "empty"));
    }

    @Test
    void filesThatDoNotOpenThrow() throws IOException {
        assertThatThrownBy(() -> FileSignatures.check(dir.resolve("不存在.pdf"), "pdf", 10))
                .isInstanceOf(NoSuchFileException.class);
        Path folder = Files.createDirectory(dir.resolve("文件夹.pdf"));
        assertThatThrownBy(() -> FileSignatures.check(folder, "pdf", 0))
                .isInstanceOf(IOException.class).hasMessageContaining("not a regular file");
    }

    @Test
    void namedPipeIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("管道.pdf");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (p.waitFor() != 0 || !Files.exists(fifo)) return; // no mkfifo here
        assertThatThrownBy(() -> FileSignatures.check(fifo, "pdf", 0)).hasMessageContaining("not a regular file");
    }

    // ---- fixture builders (also used by DocumentDatesTest) ----

    Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    static byte[] pdf(String info) {
        String body = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n"
                + "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                + "3 0 obj\n<< " + info + " >>\nendobj\n";
        int xref = body.length();
        return ascii(body + "xref\n0 4\n0000000000 65535 f \n0000000015 00000 n \n0000000064 00000 n \n0000000121 00000 n \n"
                + "trailer\n<< /Size 4 /Root 1 0 R /Info 3 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("2021年度法治政府建设工作总结");
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("台账").createRow(0).createCell(0).setCellValue("执法人员");
            wb.write(out);
            return out.toByteArray();
        }
    }

    static byte[] pptx() throws IOException {
        try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            show.createSlide();
            show.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xls() throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("台账").createRow(0).createCell(0).setCellValue("执法人员");
            wb.write(out);
            return out.toByteArray();
        }
    }

    static byte[] ole2() {
        byte[] b = new byte[1536];
        System.arraycopy(hex("D0CF11E0A1B11AE1"), 0, b, 0, 8);
        b[0x1A] = 0x3E;
        b[0x1C] = (byte) 0xFE;
        b[0x1D] = (byte) 0xFF;
        b[0x1E] = 9;
        return b;
    }

    static byte[] ofd() throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("OFD.xml", "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>");
        m.put("Doc_0/Document.xml", "<ofd:Document/>");
        return zip(m);
    }

    static byte[] image(String format) throws IOException {
        BufferedImage img = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(2, 2, 8, 6);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(img, format, out)) throw new IllegalStateException("no ImageIO writer for " + format);
        return out.toByteArray();
    }

    static byte[] webp() {
        byte[] vp8l = concat(ascii("VP8L"), le32(5), new byte[]{0x2F, 0, 0, 0, 0, 0});
        return concat(ascii("RIFF"), le32(4 + vp8l.length), ascii("WEBP"), vp8l);
    }

    static byte[] riff(String form, String chunk) {
        byte[] body = concat(ascii(chunk), le32(8), new byte[8]);
        return concat(ascii("RIFF"), le32(4 + body.length), ascii(form), body);
    }

    static byte[] isoMedia(String brand, String next) {
        byte[] ftyp = box("ftyp", concat(ascii(brand), new byte[]{0, 0, 2, 0}, ascii("isom"), ascii("mp41")));
        return concat(ftyp, box(next, new byte[48]));
    }

    static byte[] box(String type, byte[] payload) {
        return concat(ByteBuffer.allocate(4).putInt(8 + payload.length).array(), ascii(type), payload);
    }

    static byte[] wmv() {
        return concat(hex("3026B2758E66CF11A6D900AA0062CE6C"), le32(100), le32(0), new byte[84]);
    }

    static byte[] zip(Map<String, String> entries) throws IOException {
        return zipWithComment(entries, null);
    }

    static byte[] zipWithComment(Map<String, String> entries, String comment) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            if (comment != null) zip.setComment(comment);
        }
        return out.toByteArray();
    }

    /** The same archive with its end records rewritten the zip64 way (sizes and offset in the zip64 record). */
    static byte[] toZip64(byte[] zip) {
        int eocd = eocd(zip);
        long entries = getShort(zip, eocd + 10);
        long cdSize = getInt(zip, eocd + 12);
        long cdOffset = getInt(zip, eocd + 16);
        return concat(Arrays.copyOf(zip, eocd), zip64Records(entries, cdSize, cdOffset, eocd));
    }

    /** A zip64 EOCD record at {@code recordPos}, its locator, and a classic EOCD full of 0xFF markers. */
    static byte[] zip64Records(long entries, long cdSize, long cdOffset, long recordPos) {
        ByteBuffer b = ByteBuffer.allocate(56 + 20 + 22).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x06064b50).putLong(44).putShort((short) 45).putShort((short) 45).putInt(0).putInt(0)
                .putLong(entries).putLong(entries).putLong(cdSize).putLong(cdOffset);
        b.putInt(0x07064b50).putInt(0).putLong(recordPos).putInt(1);
        b.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 0xFFFF).putShort((short) 0xFFFF)
                .putInt(0xFFFFFFFF).putInt(0xFFFFFFFF).putShort((short) 0);
        return b.array();
    }

    static int eocd(byte[] zip) {
        for (int i = zip.length - 22; i >= 0; i--) {
            if (getInt(zip, i) == 0x06054b50L) return i;
        }
        throw new IllegalArgumentException("no EOCD");
    }

    static long getInt(byte[] b, int at) {
        return ByteBuffer.wrap(b, at, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
    }

    static int getShort(byte[] b, int at) {
        return ByteBuffer.wrap(b, at, 2).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xFFFF;
    }

    static void putInt(byte[] b, int at, long v) {
        ByteBuffer.wrap(b, at, 4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) v);
    }

    static void putShort(byte[] b, int at, int v) {
        ByteBuffer.wrap(b, at, 2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) v);
    }

    static byte[] le32(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] hex(String s) {
        String h = s.replace(" ", "");
        byte[] b = new byte[h.length() / 2];
        for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        return b;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    static byte[] encoded(String encoding, String text) {
        return switch (encoding) {
            case "UTF-8" -> text.getBytes(StandardCharsets.UTF_8);
            case "UTF-8 BOM" -> concat(hex("EFBBBF"), text.getBytes(StandardCharsets.UTF_8));
            case "UTF-16LE BOM" -> concat(hex("FFFE"), text.getBytes(StandardCharsets.UTF_16LE));
            case "UTF-16BE BOM" -> concat(hex("FEFF"), text.getBytes(StandardCharsets.UTF_16BE));
            default -> text.getBytes(Charset.forName(encoding));
        };
    }
}
