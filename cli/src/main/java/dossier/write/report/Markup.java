package dossier.write.report;

import dossier.model.Location;
import dossier.shared.InputException;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The docx markup a template renders (report.docx.ftlx): a small XML vocabulary of blocks and
 * inline content, described in templates/README.md. Parsed with no DTD and no external entities.
 */
final class Markup {
    private final String templateFile;

    Markup(String templateFile) {
        this.templateFile = templateFile;
    }

    Element parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            f.setXIncludeAware(false);
            f.setNamespaceAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            Element root = b.parse(new InputSource(new StringReader(xml))).getDocumentElement();
            if (!root.getTagName().equals("report")) throw error("<" + root.getTagName() + ">: the root must be <report>");
            return root;
        } catch (SAXParseException e) {
            throw error("line " + e.getLineNumber() + ", column " + e.getColumnNumber() + " of the output: " + e.getMessage());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw error(e.getMessage());
        }
    }

    /** The markup the template produced is not what the docx writer understands. */
    InputException error(String detail) {
        return new InputException(Location.file(templateFile), "report.docxMarkup", detail);
    }

    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (var n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) out.add(c);
        }
        return out;
    }

    double number(Element e, String attribute, double fallback) {
        String v = e.getAttribute(attribute).strip();
        if (v.isEmpty()) return fallback;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException ex) {
            throw error("<" + e.getTagName() + " " + attribute + "=\"" + v + "\">: not a number");
        }
    }

    int color(Element e, String attribute) {
        String v = e.getAttribute(attribute).strip().replace("#", "");
        if (!v.matches("[0-9A-Fa-f]{6}")) {
            throw error("<" + e.getTagName() + " " + attribute + "=\"" + v + "\">: write a colour as RRGGBB");
        }
        return Integer.parseInt(v, 16);
    }
}
