package dossier.write.report;

import dossier.model.Location;
import dossier.shared.InputException;
import dossier.write.DeterministicZip;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The reference document whose styles, page setup and footer the report uses (as pandoc's
 * reference.docx): built here, or the user's own restyled copy (--reference).
 */
public final class ReferenceDocx {
    /** The date written into the built-in reference (it carries no content of the campaign). */
    static final LocalDate FIXED = LocalDate.of(2021, 1, 1);
    private static final long MAX_SIZE = 50L * 1024 * 1024;
    private static final int MM_TWIPS_X100 = 5669; // twips per mm × 100 (1440 / 25.4)

    private ReferenceDocx() {
    }

    private static volatile byte[] builtIn;

    /** {@link #build}{@code (false)}, built once per run: a notice for each of thousands of units is laid out on it. */
    static byte[] builtIn() {
        byte[] b = builtIn;
        if (b == null) builtIn = b = build(false);
        return b.clone();
    }

    /** The built-in reference; with samples, a paragraph in every style for the user to restyle. */
    public static byte[] build(boolean samples) {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(ReferenceStyles.STYLES).getStyles());
            addFontTable(doc);
            footer(doc);
            page(doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                    : doc.getDocument().getBody().addNewSectPr());
            if (samples) ReferenceSamples.write(doc);
            var core = doc.getProperties().getCoreProperties();
            java.util.Date date = java.util.Date.from(FIXED.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
            core.setCreated(java.util.Optional.of(date));
            core.setModified(java.util.Optional.of(date));
            core.setCreator("dossier");
            core.setTitle("dossier reference.docx");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return DeterministicZip.normalize(out.toByteArray(), FIXED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException("built-in styles", e);
        }
    }

    /** A user's reference document: a regular .docx file (a zip holding word/document.xml). */
    public static byte[] read(Path file) {
        Location at = Location.file(file.toString());
        if (!Files.isRegularFile(file)) throw new InputException(at, "report.badReference");
        try {
            if (Files.size(file) > MAX_SIZE) throw new InputException(at, "report.badReference");
            byte[] bytes = Files.readAllBytes(file);
            if (!hasDocumentPart(bytes)) throw new InputException(at, "report.badReference");
            return bytes;
        } catch (IOException e) {
            throw new InputException(at, "report.badReference");
        }
    }

    private static boolean hasDocumentPart(byte[] bytes) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) return true;
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    private static void addFontTable(XWPFDocument doc) {
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            if (doc.getPackage().containPart(name)) return;
            PackagePart part = doc.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
            try (OutputStream out = part.getOutputStream()) {
                out.write(ReferenceStyles.FONT_TABLE.getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
        } catch (Exception e) {
            throw new IllegalStateException("font table", e);
        }
    }

    /** — 1 — centred at the foot of every page (宋体 四号, style footer). */
    private static void footer(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setStyle("Footer");
        p.createRun().setText("— ");
        CTSimpleField page = p.getCTP().addNewFldSimple();
        page.setInstr(" PAGE ");
        page.addNewR().addNewT().setStringValue("1");
        p.createRun().setText(" —");
    }

    /** A4, GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. */
    private static void page(CTSectPr sect) {
        var size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(mm(37));
        mar.setBottom(mm(35));
        mar.setLeft(mm(28));
        mar.setRight(mm(26));
        mar.setHeader(mm(15));
        mar.setFooter(mm(25));
        mar.setGutter(BigInteger.ZERO);
        var grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(ReferenceStyles.LINE));
    }

    private static BigInteger mm(int mm) {
        return BigInteger.valueOf(Math.round(mm * MM_TWIPS_X100 / 100.0));
    }

    static XWPFDocument open(byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return new XWPFDocument(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(e);
        }
    }
}
