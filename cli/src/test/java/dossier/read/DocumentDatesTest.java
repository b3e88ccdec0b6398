package dossier.read;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static dossier.read.FileSignaturesTest.ascii;
import static dossier.read.FileSignaturesTest.concat;
import static dossier.read.FileSignaturesTest.pdf;
import static dossier.read.FileSignaturesTest.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentDatesTest {
    @TempDir
    Path dir;

    // ---- OOXML core properties ----

    @Test
    void docxXlsxPptxCreatedDateFromPoi() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("2021年工作总结");
            core(doc.getProperties()).setCreated("2018-03-01T08:30:00Z");
            doc.write(out);
            docx = out.toByteArray();
        }
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("台账");
            core(wb.getProperties()).setCreated("2019-11-30T23:59:59Z");
            wb.write(out);
            xlsx = out.toByteArray();
        }
        byte[] pptx;
        try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            show.createSlide();
            core(show.getProperties()).setCreated("2020-06-15T00:00:00Z");
            show.write(out);
            pptx = out.toByteArray();
        }
        assertThat(DocumentDates.of(write("总结.docx", docx), "docx")).contains(LocalDate.of(2018, 3, 1));
        assertThat(DocumentDates.of(write("台账.xlsx", xlsx), "xlsx")).contains(LocalDate.of(2019, 11, 30));
        assertThat(DocumentDates.of(write("汇报.pptx", pptx), "PPTX")).contains(LocalDate.of(2020, 6, 15));
    }

    private static POIXMLProperties.CoreProperties core(POIXMLProperties p) {
        return p.getCoreProperties();
    }

    @Test
    void modifiedWhenThereIsNoCreated() throws IOException {
        Path f = write("修改.docx", ooxml(coreXml(null, "2020-05-06T10:00:00Z")));
        assertThat(DocumentDates.of(f, "docx")).contains(LocalDate.of(2020, 5, 6));
    }

    @Test
    void createdWinsOverModified() throws IOException {
        Path f = write("两者.xlsx", ooxml(coreXml("2017-01-02T00:00:00Z", "2021-08-09T00:00:00Z")));
        assertThat(DocumentDates.of(f, "xlsx")).contains(LocalDate.of(2017, 1, 2));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2018-12-31T23:30:00Z, 2018-12-31",
            "2019-01-01T00:30:00+08:00, 2019-01-01",
            "2019-01-01T07:30:00-05:00, 2019-01-01",
            "2021-07-01, 2021-07-01",
    })
    void dateAsWrittenWithoutZoneShifting(String created, String expected) throws IOException {
        Path f = write("时区.docx", ooxml(coreXml(created, null)));
        assertThat(DocumentDates.of(f, "docx")).contains(LocalDate.parse(expected));
    }

    @Test
    void implausibleCreatedFallsBackToModified() throws IOException {
        Path f = write("默认日期.docx", ooxml(coreXml("1601-01-01T00:00:00Z", "2020-05-06T10:00:00Z")));
        assertThat(DocumentDates.of(f, "docx")).contains(LocalDate.of(2020, 5, 6));
        Path none = write("无日期.docx", ooxml(coreXml("1980-01-01T00:00:00Z", "2100-01-01T00:00:00Z")));
        assertThat(DocumentDates.of(none, "docx")).isEmpty();
        Path invalid = write("非法.docx", ooxml(coreXml("2021-02-30T00:00:00Z", null)));
        assertThat(DocumentDates.of(invalid, "docx")).isEmpty();
    }

    @Test
    void otherNamespacePrefixesAreFine() throws IOException {
        String xml = "<?xml version=\"1.0\"?><coreProperties xmlns:t=\"http://purl.org/dc/terms/\">"
                + "<t:created xsi:type=\"t:W3CDTF\">2016-04-05T00:00:00Z</t:created></coreProperties>";
        Path f = write("前缀.docx", ooxml(xml));
        assertThat(DocumentDates.of(f, "docx")).contains(LocalDate.of(2016, 4, 5));
    }

    @Test
    @Timeout(60) // a guard only: the regular expression this replaced never finished on this input
    void craftedCorePropertiesAreReadInOnePass() throws IOException {
        Path repeated = write("构造.docx", ooxml("<created ".repeat(130_000)));
        assertThat(DocumentDates.of(repeated, "docx")).isEmpty();
        Path shared = write("共用.docx", ooxml("<cp:created <created " .repeat(20_000) + ">2019-05-06T00:00:00Z"));
        assertThat(DocumentDates.of(shared, "docx")).contains(LocalDate.of(2019, 5, 6));
        assertThat(DocumentDates.coreDate("<x:y:created>2019-05-06", "created")).isEmpty();
        assertThat(DocumentDates.coreDate("<createdX>2019-05-06</createdX><created a='1'>2020-01-02", "created"))
                .contains(LocalDate.of(2020, 1, 2));
        assertThat(DocumentDates.coreDate("<created>2019-05-0", "created")).isEmpty();
        assertThat(DocumentDates.coreDate("<created", "created")).isEmpty();
    }

    @Test
    void pdfKeysAtTheWindowEdges() {
        assertThat(DocumentDates.pdfDate(ascii("Date (D:20190101)"))).isEmpty();
        assertThat(DocumentDates.pdfDate(ascii("/CreationDate"))).isEmpty();
        assertThat(DocumentDates.pdfDate(ascii("/CreationDate (D:2019"))).contains(LocalDate.of(2019, 1, 1));
        assertThat(DocumentDates.pdfDate(ascii(":CreateDate>2018-02-03"))).as("no prefix before the colon").isEmpty();
        assertThat(DocumentDates.pdfDate(ascii("x:ModifyDate = '2018-02-03"))).contains(LocalDate.of(2018, 2, 3));
        assertThat(DocumentDates.pdfDate(ascii("x:CreateDate>2018-2-3"))).contains(LocalDate.of(2018, 1, 1));
        assertThat(DocumentDates.pdfDate(ascii("DDate DaDate DatDate /ModDate(D:20170405) /ModDate(D:20180405)")))
                .as("the last one written").contains(LocalDate.of(2018, 4, 5));
    }

    @Test
    void noCorePropertiesOrBrokenZipIsEmpty() throws IOException {
        Path noCore = write("无属性.docx", zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>")));
        assertThat(DocumentDates.of(noCore, "docx")).isEmpty();
        byte[] good = ooxml(coreXml("2018-03-01T00:00:00Z", null));
        Path cut = write("截断.docx", Arrays.copyOf(good, good.length / 2));
        assertThat(DocumentDates.of(cut, "docx")).isEmpty();
        Path notZip = write("假的.xlsx", "不是压缩包".getBytes(StandardCharsets.UTF_8));
        assertThat(DocumentDates.of(notZip, "xlsx")).isEmpty();
    }

    @Test
    void wpsFormatsAreReadWhenTheyHoldOoxml() throws IOException {
        Path ooxml = write("文档.wps", ooxml(coreXml("2019-09-09T00:00:00Z", null)));
        assertThat(DocumentDates.of(ooxml, "wps")).contains(LocalDate.of(2019, 9, 9));
        Path ole = write("表格.et", FileSignaturesTest.ole2());
        assertThat(DocumentDates.of(ole, "et")).isEmpty();
    }

    @Test
    void otherTypesHaveNoDate() throws IOException {
        Path jpg = write("照片.jpg", FileSignaturesTest.image("jpg"));
        assertThat(DocumentDates.of(jpg, "jpg")).isEmpty();
        Path doc = write("旧文档.doc", FileSignaturesTest.ole2());
        assertThat(DocumentDates.of(doc, "doc")).isEmpty();
        Path txt = write("说明.txt", "/CreationDate (D:20190101)".getBytes(StandardCharsets.UTF_8));
        assertThat(DocumentDates.of(txt, "txt")).isEmpty();
    }

    @Test
    void missingFilesThrow() {
        assertThatThrownBy(() -> DocumentDates.of(dir.resolve("没有.docx"), "docx")).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> DocumentDates.of(dir.resolve("没有.pdf"), "pdf")).isInstanceOf(NoSuchFileException.class);
    }

    // ---- pdf ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "/CreationDate (D:20190315120000+08'00') /ModDate (D:20210101000000Z)| 2019-03-15",
            "/Producer (x) /ModDate (D:20200102030405)                            | 2020-01-02",
            "/CreationDate(D:2018)                                               | 2018-01-01",
            "/CreationDate (D:201806)                                            | 2018-06-01",
            "/CreationDate (20170809)                                            | 2017-08-09",
            "/CreationDate <443A3230313930333135>                                | 2019-03-15",
            "/CreationDate <FEFF0044003A00320030003100390030003300310035>        | 2019-03-15",
            "/CreationDate (D:20191345000000) /ModDate (D:20200708)              | 2020-07-08",
            "/CreationDate 7 0 R /ModDate (D:20200708)                           | 2020-07-08",
            "/CreationDateX (D:20150101) /ModDate (D:20200708)                   | 2020-07-08",
    })
    void infoDictionary(String info, String expected) throws IOException {
        Path f = write("文件.pdf", pdf(info.strip()));
        assertThat(DocumentDates.of(f, "pdf")).contains(LocalDate.parse(expected));
    }

    @Test
    void utf16LiteralDate() throws IOException {
        String utf16 = "\u00fe\u00ff\0D\0:\0002\0000\0001\0006\0001\0002\0002\0005";
        Path f = write("UTF16.pdf", pdf("/CreationDate (" + utf16 + ")"));
        assertThat(DocumentDates.of(f, "pdf")).contains(LocalDate.of(2016, 12, 25));
        Path escaped = write("转义.pdf", pdf("/CreationDate (\\376\\377\\000D\\000:\\0002\\0000\\0001\\0005\\0000\\0001\\0000\\0002)"));
        assertThat(DocumentDates.of(escaped, "pdf")).contains(LocalDate.of(2015, 1, 2));
    }

    @Test
    void xmpDates() throws IOException {
        Path element = write("XMP.pdf", pdfWithXmp("<xmp:CreateDate>2017-06-01T09:00:00+08:00</xmp:CreateDate>"
                + "<xmp:ModifyDate>2021-01-01T00:00:00Z</xmp:ModifyDate>", ""));
        assertThat(DocumentDates.of(element, "pdf")).contains(LocalDate.of(2017, 6, 1));
        Path attribute = write("XMP属性.pdf", pdfWithXmp("<rdf:Description xmp:CreateDate=\"2016-02-03T00:00:00Z\"/>", ""));
        assertThat(DocumentDates.of(attribute, "pdf")).contains(LocalDate.of(2016, 2, 3));
        Path modify = write("XMP修改.pdf", pdfWithXmp("<x:ModifyDate>2015-05-05</x:ModifyDate>", ""));
        assertThat(DocumentDates.of(modify, "pdf")).contains(LocalDate.of(2015, 5, 5));
    }

    @Test
    void creationDateWinsOverXmpAndXmpCreateOverModDate() throws IOException {
        Path both = write("两者.pdf", pdfWithXmp("<xmp:CreateDate>2017-06-01</xmp:CreateDate>",
                "/CreationDate (D:20190315) /ModDate (D:20200101)"));
        assertThat(DocumentDates.of(both, "pdf")).contains(LocalDate.of(2019, 3, 15));
        Path xmpFirst = write("XMP优先.pdf", pdfWithXmp("<xmp:CreateDate>2017-06-01</xmp:CreateDate>",
                "/ModDate (D:20200101)"));
        assertThat(DocumentDates.of(xmpFirst, "pdf")).contains(LocalDate.of(2017, 6, 1));
    }

    @Test
    void bigPdfIsScannedOnlyAtItsTwoEnds() throws IOException {
        byte[] filler = new byte[300_000];
        Arrays.fill(filler, (byte) ' ');
        byte[] head = ascii("%PDF-1.7\n1 0 obj\n<< /CreationDate (D:20160101) >>\nendobj\n");
        byte[] tail = ascii("9 0 obj\n<< /CreationDate (D:20190315) >>\nendobj\ntrailer\n<< /Info 9 0 R >>\n%%EOF\n");
        Path atEnd = write("尾部.pdf", concat(head, filler, tail));
        assertThat(DocumentDates.of(atEnd, "pdf")).as("the last update's Info, at the end, wins")
                .contains(LocalDate.of(2019, 3, 15));

        Path linearized = write("线性化.pdf", concat(head, filler, ascii("trailer\n%%EOF\n")));
        assertThat(DocumentDates.of(linearized, "pdf")).contains(LocalDate.of(2016, 1, 1));

        byte[] middle = ascii("5 0 obj\n<< /CreationDate (D:20190315) >>\nendobj\n");
        Path inTheMiddle = write("中间.pdf", concat(ascii("%PDF-1.7\n"), filler, middle, filler, ascii("%%EOF\n")));
        assertThat(DocumentDates.of(inTheMiddle, "pdf")).as("the middle of a big file is never read").isEmpty();
    }

    @Test
    void pdfWithoutAnyDate() throws IOException {
        Path f = write("无日期.pdf", pdf("/Producer (dossier)"));
        assertThat(DocumentDates.of(f, "pdf")).isEmpty();
        Path old = write("太早.pdf", pdf("/CreationDate (D:19800101)"));
        assertThat(DocumentDates.of(old, "pdf")).isEmpty();
    }

    // ---- year in name ----

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2018年工作总结.docx                 | 2018",
            "2021年度报告.pdf                    | 2021",
            "区司法局2021 年度法治政府建设报告.pdf | 2021",
            "年度报告（2019）.pdf                | 2019",
            "年度报告(2019).pdf                  | 2019",
            "2020-03-15 会议纪要.pdf             | 2020",
            "会议纪要2020.03.15.pdf              | 2020",
            "会议纪要_2020_3_5.docx              | 2020",
            "2020-03 月报.xlsx                   | 2020",
            "20210812 照片.jpg                   | 2021",
            "IMG_20210812_101530.jpg             | 2021",
            "源政〔2021〕3号.pdf                  | 2021",
            "源政[2020]15号.pdf                  | 2020",
            "源政【2019】15号.pdf                 | 2019",
            "二〇一八年工作要点.docx              | 2018",
            "二○二一年工作要点.docx              | 2021",
            "２０１９年总结.docx                  | 2019",
            "2021年关于2018年问题的整改报告.docx  | 2021",
            "关于2018年问题的2021年整改报告.docx  | 2018",
            "1990年档案.pdf                      | 1990",
            "2099年规划.pdf                      | 2099",
    })
    void yearsPeopleWrite(String name, int year) {
        assertThat(DocumentDates.yearInName(name.strip())).as(name).contains(year);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "第3号.pdf", "IMG_20211345.jpg", "联系电话13812345678.txt", "手机 18920211234.txt", "规范1.5版.docx",
            "v2.0.docx", "编号2018.docx", "照片 2019.jpg", "1989年档案.pdf", "2100年.pdf", "12018年.pdf",
            "20181年.pdf", "3号文（15）.pdf", "20210230.jpg", "2020-13-01.pdf", "2020-02-30 纪要.pdf",
            "1.2020.03.pdf", "单号920210812.pdf", "", "会议纪要.docx", "〔1985〕.pdf", "DSC02021.JPG", "20211201123.jpg",
    })
    void notYears(String name) {
        assertThat(DocumentDates.yearInName(name)).as(name).isEmpty();
    }

    @Test
    void nullNameHasNoYear() {
        assertThat(DocumentDates.yearInName(null)).isEqualTo(Optional.empty());
    }

    // ---- helpers ----

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    static String coreXml(String created, String modified) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:creator>区司法局</dc:creator>");
        if (modified != null) b.append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(modified).append("</dcterms:modified>");
        if (created != null) b.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(created).append("</dcterms:created>");
        return b.append("</cp:coreProperties>").toString();
    }

    static byte[] ooxml(String coreXml) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("[Content_Types].xml", "<Types/>");
        m.put("word/document.xml", "<w:document/>");
        m.put("docProps/core.xml", coreXml);
        return zip(m);
    }

    static byte[] pdfWithXmp(String xmp, String info) {
        String packet = "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                + "<rdf:RDF><rdf:Description rdf:about=\"\">" + xmp + "</rdf:Description></rdf:RDF></x:xmpmeta>"
                + "<?xpacket end=\"w\"?>";
        return concat(ascii("%PDF-1.6\n4 0 obj\n<< /Type /Metadata /Subtype /XML /Length " + packet.length()
                + " >>\nstream\n"), packet.getBytes(StandardCharsets.UTF_8), ascii("\nendstream\nendobj\n"), pdf(info));
    }
}
