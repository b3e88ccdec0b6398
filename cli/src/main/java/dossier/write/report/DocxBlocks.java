package dossier.write.report;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.w3c.dom.Element;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;

/**
 * Block markup into paragraphs and tables, each paragraph in a style of the reference document:
 * title, subtitle, h1–h3 (heading 1–3: the navigation pane), p (Normal, or style="…"), caption,
 * note, table, pagebreak.
 */
final class DocxBlocks {
    private static final Map<String, String> STYLE_OF = Map.of("title", "Title", "subtitle", "Subtitle",
            "h1", "heading 1", "h2", "heading 2", "h3", "heading 3", "p", "Normal", "caption", "caption",
            "note", "Note");

    private final XWPFDocument doc;
    private final DocxStyles styles;
    private final Markup markup;
    private final DocxInline inline;
    private final DocxTables tables;
    private boolean pageBreak;

    DocxBlocks(XWPFDocument doc, DocxStyles styles, Markup markup, int textWidth) {
        this.doc = doc;
        this.styles = styles;
        this.markup = markup;
        this.inline = new DocxInline(markup);
        this.tables = new DocxTables(this, styles, markup, textWidth);
    }

    void write(Element root) {
        for (Element e : Markup.children(root)) {
            String tag = e.getTagName();
            if (tag.equals("pagebreak")) pageBreak = true;
            else if (tag.equals("table")) {
                if (pageBreak) paragraph(doc.createParagraph(), "Normal", e, false);
                tables.write(doc.createTable(), e);
            } else if (STYLE_OF.containsKey(tag)) {
                String style = tag.equals("p") && e.hasAttribute("style") ? e.getAttribute("style") : STYLE_OF.get(tag);
                paragraph(doc.createParagraph(), style, e, true);
            } else {
                throw markup.error("<" + tag + "> is not a block: use title, subtitle, h1, h2, h3, p, caption, note, "
                        + "table or pagebreak");
            }
        }
    }

    /** Styles a paragraph, sets its alignment and fills it (with content when withContent). */
    void paragraph(XWPFParagraph p, String style, Element e, boolean withContent) {
        p.setStyle(styles.id(style).orElseThrow(() -> markup.error("no style named \"" + style
                + "\" in the reference document or the built-in one")));
        if (pageBreak) {
            p.setPageBreak(true);
            pageBreak = false;
        }
        String align = e.getAttribute("align").strip().toLowerCase(Locale.ROOT);
        if (!align.isEmpty()) {
            p.setAlignment(switch (align) {
                case "left" -> ParagraphAlignment.LEFT;
                case "center" -> ParagraphAlignment.CENTER;
                case "right" -> ParagraphAlignment.RIGHT;
                case "justify", "both" -> ParagraphAlignment.BOTH;
                default -> throw markup.error("align=\"" + align + "\": use left, center, right or justify");
            });
        }
        if (align.equals("center") || align.equals("right") || e.getAttribute("indent").strip().equals("0")) {
            noFirstLineIndent(p);
        }
        if (e.getAttribute("keep").equals("next")) {
            CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            if (!ppr.isSetKeepNext()) ppr.addNewKeepNext();
        }
        if (withContent) inline.fill(p, e);
    }

    private static void noFirstLineIndent(XWPFParagraph p) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTInd ind = ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
        ind.setFirstLine(BigInteger.ZERO);
        ind.setFirstLineChars(BigInteger.ZERO);
    }
}
