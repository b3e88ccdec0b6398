package dossier.write.report;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Inline markup into runs: text, {@code <b>}, {@code <i>}, {@code <color rgb>}, {@code <br/>}, and
 * {@code <bar>} and {@code <lines>} pictures. Whitespace folds as in HTML, except that a line break next to a Chinese
 * character disappears (templates may wrap lines without putting spaces into Chinese text).
 */
final class DocxInline {
    private static final char BREAK = '\uE000';
    private static final char OBJECT = '\uE001';

    private record Format(boolean bold, boolean italic, String color) {
        static final Format PLAIN = new Format(false, false, null);
    }

    private final Markup markup;
    private final StringBuilder text = new StringBuilder();
    private final List<Format> formats = new ArrayList<>();
    private final List<Element> objects = new ArrayList<>();
    private long pictures;

    DocxInline(Markup markup) {
        this.markup = markup;
    }

    void fill(XWPFParagraph p, Element e) {
        text.setLength(0);
        formats.clear();
        objects.clear();
        walk(e, Format.PLAIN);
        emit(p, fold());
    }

    private void walk(Element e, Format f) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                for (char c : n.getNodeValue().toCharArray()) {
                    if (c != BREAK && c != OBJECT) add(c, f);
                }
            } else if (n instanceof Element c) {
                switch (c.getTagName()) {
                    case "b" -> walk(c, new Format(true, f.italic(), f.color()));
                    case "i" -> walk(c, new Format(f.bold(), true, f.color()));
                    case "color" -> walk(c, new Format(f.bold(), f.italic(),
                            String.format(Locale.ROOT, "%06X", markup.color(c, "rgb"))));
                    case "br" -> add(BREAK, f);
                    case "bar", "lines" -> {
                        objects.add(c);
                        add(OBJECT, f);
                    }
                    default -> throw markup.error("<" + c.getTagName() + "> cannot stand inside <" + e.getTagName() + ">");
                }
            }
        }
    }

    private void add(char c, Format f) {
        text.append(c);
        formats.add(f);
    }

    /** Indexes of the characters kept after folding whitespace. */
    private List<Integer> fold() {
        List<Integer> kept = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isSpace(text.charAt(i))) {
                kept.add(i++);
                continue;
            }
            int j = i;
            boolean newline = false;
            while (j < text.length() && isSpace(text.charAt(j))) newline |= text.charAt(j++) != ' ';
            Character prev = kept.isEmpty() || text.charAt(kept.get(kept.size() - 1)) == BREAK ? null
                    : text.charAt(kept.get(kept.size() - 1));
            Character next = j >= text.length() || text.charAt(j) == BREAK ? null : text.charAt(j);
            if (prev != null && next != null) {
                if (!newline) for (int k = i; k < j; k++) kept.add(k);
                else if (!cjk(prev) && !cjk(next)) {
                    text.setCharAt(i, ' ');
                    kept.add(i);
                }
            }
            i = j;
        }
        return kept;
    }

    private void emit(XWPFParagraph p, List<Integer> kept) {
        StringBuilder run = new StringBuilder();
        Format current = null;
        int object = 0;
        for (int k : kept) {
            char c = text.charAt(k);
            Format f = formats.get(k);
            if (c == BREAK || c == OBJECT || !f.equals(current)) {
                flush(p, run, current);
                current = f;
            }
            if (c == BREAK) style(p.createRun(), f).addBreak();
            else if (c == OBJECT) {
                Element o = objects.get(object++);
                if (o.getTagName().equals("lines")) lines(style(p.createRun(), f), o);
                else picture(style(p.createRun(), f), o);
            }
            else run.append(c);
        }
        flush(p, run, current);
    }

    private void flush(XWPFParagraph p, StringBuilder run, Format f) {
        if (run.length() == 0) return;
        style(p.createRun(), f).setText(run.toString());
        run.setLength(0);
    }

    private static XWPFRun style(XWPFRun r, Format f) {
        if (f == null) return r;
        if (f.bold()) r.setBold(true);
        if (f.italic()) r.setItalic(true);
        if (f.color() != null) r.setColor(f.color());
        return r;
    }

    /** {@code <bar width="60" height="4" max="N"><seg value="3" color="2E7D32"/>…</bar>}, sizes in mm. */
    private void picture(XWPFRun r, Element bar) {
        double w = markup.number(bar, "width", 60);
        double h = markup.number(bar, "height", 4);
        if (w <= 0 || h <= 0 || w > 200 || h > 100) throw markup.error("<bar>: width and height are millimetres on the page");
        List<BarImage.Segment> segments = new ArrayList<>();
        for (Element s : Markup.children(bar)) {
            if (!s.getTagName().equals("seg")) throw markup.error("<" + s.getTagName() + "> cannot stand inside <bar>");
            segments.add(new BarImage.Segment(markup.number(s, "value", 0), markup.color(s, "color")));
        }
        addPicture(r, BarImage.png(w, h, segments, markup.number(bar, "max", 0)), "bar", w, h);
    }

    /**
     * {@code <lines width="150" height="60" max="100"><series color="0072B2" width="0.5"><pt value="41.2"/><pt/>…</series></lines>}:
     * a line chart, sizes and the line's width in mm; a {@code <pt/>} without a value leaves a gap; the first series is on top.
     */
    private void lines(XWPFRun r, Element chart) {
        double w = markup.number(chart, "width", 150);
        double h = markup.number(chart, "height", 60);
        if (w <= 0 || h <= 0 || w > 200 || h > 200) throw markup.error("<lines>: width and height are millimetres on the page");
        List<LineImage.Series> series = new ArrayList<>();
        for (Element s : Markup.children(chart)) {
            if (!s.getTagName().equals("series")) throw markup.error("<" + s.getTagName() + "> cannot stand inside <lines>");
            List<Double> values = new ArrayList<>();
            for (Element pt : Markup.children(s)) {
                if (!pt.getTagName().equals("pt")) throw markup.error("<" + pt.getTagName() + "> cannot stand inside <series>");
                values.add(pt.getAttribute("value").isBlank() ? null : markup.number(pt, "value", 0));
            }
            series.add(new LineImage.Series(markup.color(s, "color"), markup.number(s, "width", 0.5), values));
        }
        addPicture(r, LineImage.png(w, h, series, markup.number(chart, "max", 100)), "chart", w, h);
    }

    private void addPicture(XWPFRun r, byte[] png, String name, double w, double h) {
        try {
            XWPFPicture picture = r.addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, name + ".png",
                    Units.toEMU(w * 72 / 25.4), Units.toEMU(h * 72 / 25.4));
            // Word wants every drawing's id unique in the document; POI leaves them all 0.
            long id = ++pictures;
            picture.getCTPicture().getNvPicPr().getCNvPr().setId(id);
            var drawing = r.getCTR().getDrawingArray(r.getCTR().sizeOfDrawingArray() - 1);
            drawing.getInlineArray(0).getDocPr().setId(id);
            drawing.getInlineArray(0).getDocPr().setName(name + " " + id);
        } catch (Exception e) {
            throw new IllegalStateException("cannot add a " + name + " picture", e);
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    static boolean cjk(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…' || c == '·';
    }
}
