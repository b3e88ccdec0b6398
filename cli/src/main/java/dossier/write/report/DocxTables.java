package dossier.write.report;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.w3c.dom.Element;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <table widths="1,3,2"><tr header="true"><td align span fill>…</td></tr></table>} into a
 * real Word table in the reference's "Table Grid" style, full text width, fixed column widths, the
 * header row repeated on every page; a cell holds inline content or {@code <p>} paragraphs.
 */
final class DocxTables {
    private final DocxBlocks blocks;
    private final DocxStyles styles;
    private final Markup markup;
    private final int textWidth;

    DocxTables(DocxBlocks blocks, DocxStyles styles, Markup markup, int textWidth) {
        this.blocks = blocks;
        this.styles = styles;
        this.markup = markup;
        this.textWidth = textWidth;
    }

    void write(XWPFTable table, Element e) {
        List<Element> rows = Markup.children(e);
        int cols = 1;
        for (Element tr : rows) {
            if (!tr.getTagName().equals("tr")) throw markup.error("<" + tr.getTagName() + "> cannot stand inside <table>");
            int n = 0;
            for (Element td : Markup.children(tr)) n += span(td);
            cols = Math.max(cols, n);
        }
        int[] widths = widths(e, cols);
        String style = e.hasAttribute("style") ? e.getAttribute("style") : "Table Grid";
        table.setStyleID(styles.id(style).orElseThrow(() -> markup.error("no table style named \"" + style + "\"")));
        layout(table, widths);
        if (rows.isEmpty()) return;
        row(table.getRow(0), rows.get(0), widths);
        int firstRowCells = table.getCTTbl().getTrArray(0).sizeOfTcArray();
        for (int r = 1; r < rows.size(); r++) row(newRow(table, firstRowCells), rows.get(r), widths);
    }

    /**
     * What {@link XWPFTable#createRow()} makes (a row with as many cells as the first), without its
     * count of the rows already there: that count made a table of n rows cost n² (the evidence
     * index of a 20,000-file repository took seconds). The table's own row list is not kept up to
     * date; nothing here reads it back.
     */
    private static XWPFTableRow newRow(XWPFTable table, int cells) {
        XWPFTableRow row = new XWPFTableRow(table.getCTTbl().addNewTr(), table);
        for (int c = 0; c < cells; c++) row.createCell();
        return row;
    }

    private void row(XWPFTableRow row, Element tr, int[] widths) {
        boolean header = tr.getAttribute("header").equals("true");
        List<Element> cells = Markup.children(tr);
        while (row.getTableCells().size() > Math.max(1, cells.size())) row.removeCell(row.getTableCells().size() - 1);
        while (row.getTableCells().size() < cells.size()) row.addNewTableCell();
        if (header) row.setRepeatHeader(true);
        row.setCantSplitRow(true);
        int col = 0;
        for (int c = 0; c < cells.size(); c++) {
            Element td = cells.get(c);
            if (!td.getTagName().equals("td")) throw markup.error("<" + td.getTagName() + "> cannot stand inside <tr>");
            int span = Math.min(span(td), widths.length - col);
            int width = 0;
            for (int k = col; k < col + span; k++) width += widths[k];
            col += span;
            cell(row.getCell(c), td, span, width, header ? "Table Heading" : "Table Text");
        }
    }

    private void cell(XWPFTableCell cell, Element td, int span, int width, String style) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        var w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        if (span > 1) pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        if (td.hasAttribute("fill")) cell.setColor(String.format("%06X", markup.color(td, "fill")));
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        List<Element> paragraphs = Markup.children(td).stream().filter(c -> c.getTagName().equals("p")).toList();
        XWPFParagraph first = cell.getParagraphs().get(0);
        if (paragraphs.isEmpty()) {
            blocks.paragraph(first, style, td, true);
            return;
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            Element p = paragraphs.get(i);
            XWPFParagraph target = i == 0 ? first : cell.addParagraph();
            String own = p.hasAttribute("style") ? p.getAttribute("style") : style;
            blocks.paragraph(target, own, p, true);
        }
    }

    private void layout(XWPFTable table, int[] widths) {
        CTTblPr pr = table.getCTTbl().getTblPr();
        if (pr.isSetTblBorders()) pr.unsetTblBorders();
        table.setWidth("100%");
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
        for (int w : widths) grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }

    private int[] widths(Element e, int cols) {
        List<Double> weights = new ArrayList<>();
        String spec = e.getAttribute("widths").strip();
        if (!spec.isEmpty()) {
            for (String part : spec.split("[,\\s]+")) {
                try {
                    weights.add(Math.max(0.1, Double.parseDouble(part)));
                } catch (NumberFormatException ex) {
                    throw markup.error("<table widths=\"" + spec + "\">: write relative widths such as 1,3,2");
                }
            }
        }
        while (weights.size() < cols) weights.add(weights.isEmpty() ? 1.0 : weights.get(weights.size() - 1));
        double sum = weights.subList(0, cols).stream().mapToDouble(Double::doubleValue).sum();
        int[] out = new int[cols];
        int used = 0;
        for (int i = 0; i < cols; i++) {
            out[i] = i == cols - 1 ? textWidth - used : (int) Math.round(textWidth * weights.get(i) / sum);
            used += out[i];
        }
        return out;
    }

    private int span(Element td) {
        return Math.max(1, (int) markup.number(td, "span", 1));
    }
}
