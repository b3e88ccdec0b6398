package dossier.write.report;

import dossier.model.Location;
import dossier.shared.InputException;
import dossier.write.DeterministicZip;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.w3c.dom.Element;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

/**
 * Lays the docx markup out on the reference document: its body emptied, its styles, numbering,
 * settings, page setup and footer kept (as pandoc does with reference.docx). Document dates come
 * from --as-of and zip entry times are fixed, so the same input gives the same bytes.
 */
final class DocxWriter {
    private static final int DEFAULT_TEXT_WIDTH = 8845;

    private final byte[] reference;
    private final String referenceFile;
    private final Markup markup;

    /** @param referenceFile the user's reference (for messages), or null for the built-in one */
    DocxWriter(byte[] reference, String referenceFile, String templateFile) {
        this.reference = reference;
        this.referenceFile = referenceFile;
        this.markup = new Markup(templateFile);
    }

    byte[] write(String xml, LocalDate asOf) {
        Element root = markup.parse(xml);
        try (XWPFDocument doc = open(emptied(reference));
             XWPFDocument builtin = open(ReferenceDocx.builtIn())) {
            DocxStyles styles = new DocxStyles(doc, builtin);
            new DocxBlocks(doc, styles, markup, textWidth(doc)).write(root);
            properties(doc, root, asOf);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return DeterministicZip.normalize(out.toByteArray(), asOf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reference with nothing in its body but the final section properties. */
    private byte[] emptied(byte[] bytes) throws IOException {
        try (XWPFDocument doc = open(bytes)) {
            for (XmlObject child : doc.getDocument().getBody().selectPath("./*")) {
                if (child instanceof CTSectPr) continue;
                try (XmlCursor c = child.newCursor()) {
                    c.removeXml();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private XWPFDocument open(byte[] bytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            if (referenceFile == null) throw new IllegalStateException("built-in reference.docx", e);
            throw new InputException(Location.file(referenceFile), "report.badReference");
        }
    }

    private static int textWidth(XWPFDocument doc) {
        CTBody body = doc.getDocument().getBody();
        if (!body.isSetSectPr()) return DEFAULT_TEXT_WIDTH;
        CTSectPr s = body.getSectPr();
        if (!s.isSetPgSz() || !s.isSetPgMar()) return DEFAULT_TEXT_WIDTH;
        long w = twips(s.getPgSz().getW()) - twips(s.getPgMar().getLeft()) - twips(s.getPgMar().getRight());
        return w > 1000 ? (int) w : DEFAULT_TEXT_WIDTH;
    }

    private static long twips(Object value) {
        if (value instanceof BigInteger b) return b.longValue();
        try {
            return value == null ? 0 : Long.parseLong(value.toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void properties(XWPFDocument doc, Element root, LocalDate asOf) {
        var core = doc.getProperties().getCoreProperties();
        Date date = Date.from(asOf.atStartOfDay().toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setCreator("dossier");
        core.getUnderlyingProperties().setLastModifiedByProperty("dossier");
        core.setRevision("1");
        core.setTitle(root.getAttribute("title"));
        core.setSubjectProperty(root.getAttribute("subject"));
        core.setKeywords(root.getAttribute("keywords"));
        core.getUnderlyingProperties().setLastPrintedProperty(Optional.empty());
    }
}
