package dossier.read;

import dossier.model.Location;
import dossier.shared.InputException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An xlsx (or WPS et/xlsx) workbook read as a stream: its worksheets' XML is parsed row by row each
 * time a table's rows are asked for, with the shared strings and the number formats kept.
 */
final class XlsxSheets {
    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

    private final Path file;
    private final String displayName;
    private final String[] strings;
    private final short[] formatIndex;
    private final String[] formatString;
    private final boolean date1904;

    private record SheetRef(String name, String relationId, boolean hidden) {
    }

    private XlsxSheets(Path file, String displayName, String[] strings, short[] formatIndex, String[] formatString,
                       boolean date1904) {
        this.file = file;
        this.displayName = displayName;
        this.strings = strings;
        this.formatIndex = formatIndex;
        this.formatString = formatString;
        this.date1904 = date1904;
    }

    /** The worksheets in workbook order; nothing of their rows is read yet. */
    static List<Table> read(Path file, String displayName) throws Exception {
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            List<SheetRef> refs = new ArrayList<>();
            boolean[] date1904 = {false};
            try (InputStream in = reader.getWorkbookData()) {
                workbook(in, refs, date1904);
            }
            String[] strings;
            try (InputStream in = sharedStrings(reader)) {
                strings = in == null ? new String[0] : sharedStrings(in);
            }
            StylesTable styles = reader.getStylesTable();
            int count = styles == null ? 0 : styles.getNumCellStyles();
            short[] index = new short[count];
            String[] format = new String[count];
            for (int i = 0; i < count; i++) {
                XSSFCellStyle style = styles.getStyleAt(i);
                if (style == null) continue;
                index[i] = style.getDataFormat();
                format[i] = style.getDataFormatString();
            }
            XlsxSheets book = new XlsxSheets(file, displayName, strings, index, format, date1904[0]);
            List<Table> tables = new ArrayList<>();
            for (SheetRef ref : refs) {
                tables.add(new Table(ref.name(), ref.hidden(), book.source(ref)));
            }
            return tables;
        } finally {
            pkg.revert();
        }
    }

    private static InputStream sharedStrings(XSSFReader reader) {
        try {
            return reader.getSharedStringsData();
        } catch (Exception e) {
            return null;   // a workbook of numbers only has no shared strings part
        }
    }

    private static void workbook(InputStream in, List<SheetRef> refs, boolean[] date1904) throws XMLStreamException {
        XMLStreamReader x = XML.createXMLStreamReader(in);
        try {
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) continue;
                String name = x.getLocalName();
                if (name.equals("workbookPr")) {
                    String v = x.getAttributeValue(null, "date1904");
                    date1904[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                } else if (name.equals("sheet")) {
                    String id = null;
                    for (int i = 0; i < x.getAttributeCount(); i++) {
                        String ns = x.getAttributeNamespace(i);
                        if (x.getAttributeLocalName(i).equals("id") && ns != null && !ns.isEmpty()) id = x.getAttributeValue(i);
                    }
                    String state = x.getAttributeValue(null, "state");
                    String sheetName = x.getAttributeValue(null, "name");
                    if (id != null) refs.add(new SheetRef(sheetName == null ? "" : sheetName, id,
                            "hidden".equals(state) || "veryHidden".equals(state)));
                }
            }
        } finally {
            x.close();
        }
    }

    /** Each {@code <si>}'s text: its runs joined, phonetic guides left out, Excel's _xHHHH_ escapes decoded. */
    private static String[] sharedStrings(InputStream in) throws XMLStreamException {
        List<String> out = new ArrayList<>();
        XMLStreamReader x = XML.createXMLStreamReader(in);
        try {
            StringBuilder text = new StringBuilder();
            boolean inText = false;
            int phonetic = 0;
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = x.getLocalName();
                    if (name.equals("si")) text.setLength(0);
                    else if (name.equals("rPh")) phonetic++;
                    else if (name.equals("t") && phonetic == 0) inText = true;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = x.getLocalName();
                    if (name.equals("si")) out.add(decoded(text.toString()));
                    else if (name.equals("rPh")) phonetic--;
                    else if (name.equals("t")) inText = false;
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) {
                    text.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
                }
            }
        } finally {
            x.close();
        }
        return out.toArray(String[]::new);
    }

    private static String decoded(String s) {
        return s.indexOf("_x") < 0 ? s : new XSSFRichTextString(s).getString();
    }

    private Table.Source source(SheetRef ref) {
        SheetShape[] shape = {null};
        return () -> {
            if (shape[0] == null) shape[0] = shape(ref);
            return new Rows(ref, shape[0]);
        };
    }

    /** The merged regions and used width of a worksheet: they are written after its rows, so a first pass finds them. */
    private record SheetShape(List<CellRangeAddress> merged, int width) {
    }

    private SheetShape shape(SheetRef ref) {
        OPCPackage pkg = open();
        try (InputStream in = new XSSFReader(pkg).getSheet(ref.relationId())) {
            return MergeScan.scan(in);
        } catch (InputException e) {
            throw e;
        } catch (Exception e) {
            throw bad(e);
        } finally {
            pkg.revert();
        }
    }

    private OPCPackage open() {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw bad(e);
        }
    }

    private InputException bad(Exception e) {
        return new InputException(Location.file(displayName), "input.badWorkbook", TableReader.reason(e));
    }

    /** The rows of one worksheet, parsed as they are asked for. */
    private final class Rows extends SheetCursor {
        private final OPCPackage pkg;
        private final InputStream in;
        private final XMLStreamReader x;
        private final DataFormatter formatter = TableReader.formatter();
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private int lastRow = -1;

        Rows(SheetRef ref, SheetShape shape) {
            super(shape.merged(), shape.width());
            pkg = open();
            try {
                in = new XSSFReader(pkg).getSheet(ref.relationId());
                x = XML.createXMLStreamReader(in);
            } catch (Exception e) {
                pkg.revert();
                throw bad(e);
            }
        }

        @Override
        protected boolean readRow() {
            try {
                while (x.hasNext()) {
                    if (x.next() != XMLStreamConstants.START_ELEMENT || !x.getLocalName().equals("row")) continue;
                    int r = parseIndex(x.getAttributeValue(null, "r"));
                    rowIndex = r > 0 ? r - 1 : lastRow + 1;
                    lastRow = rowIndex;
                    cells();
                    return true;
                }
                return false;
            } catch (XMLStreamException | RuntimeException e) {
                if (e instanceof InputException ie) throw ie;
                throw bad(e);
            }
        }

        /** The cells up to the row's end tag. */
        private void cells() throws XMLStreamException {
            int lastColumn = -1;
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("row")) return;
                if (event != XMLStreamConstants.START_ELEMENT || !x.getLocalName().equals("c")) continue;
                String ref = x.getAttributeValue(null, "r");
                int column = ref == null ? -1 : column(ref);
                if (column < 0) column = lastColumn + 1;
                lastColumn = column;
                String type = x.getAttributeValue(null, "t");
                int style = parseIndex(x.getAttributeValue(null, "s"));
                boolean formula = cellContent();
                if (column < MAX_COLUMNS) put(column, cell(type, style, formula));
            }
        }

        /** Reads a {@code <c>} element's value and inline text; true when it holds a formula. */
        private boolean cellContent() throws XMLStreamException {
            value.setLength(0);
            inline.setLength(0);
            boolean formula = false;
            int phonetic = 0;
            StringBuilder into = null;
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = x.getLocalName();
                    if (name.equals("v")) into = value;
                    else if (name.equals("t") && phonetic == 0) into = inline;
                    else if (name.equals("rPh")) phonetic++;
                    else if (name.equals("f")) formula = true;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = x.getLocalName();
                    if (name.equals("c")) return formula;
                    if (name.equals("rPh")) phonetic--;
                    if (name.equals("v") || name.equals("t")) into = null;
                } else if (into != null && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) {
                    into.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
                }
            }
            return formula;
        }

        private Table.Cell cell(String type, int style, boolean formula) {
            String v = value.toString();
            if (type == null || type.equals("n")) {
                if (v.isEmpty()) return formula ? number(0, style) : Table.Cell.EMPTY;
                try {
                    return number(Double.parseDouble(v.trim()), style);
                } catch (NumberFormatException e) {
                    return Table.Cell.EMPTY;
                }
            }
            return switch (type) {
                case "s" -> {
                    int i = parseIndex(v.trim());
                    yield i >= 0 && i < strings.length ? Table.Cell.text(strings[i]) : Table.Cell.EMPTY;
                }
                case "inlineStr" -> Table.Cell.text(decoded(inline.toString()));
                case "str" -> Table.Cell.text(decoded(v));
                case "b" -> Table.Cell.text(v.trim().equals("1") || v.trim().equalsIgnoreCase("true") ? "TRUE" : "FALSE");
                case "e" -> Table.Cell.EMPTY;
                default -> Table.Cell.text(v);
            };
        }

        private Table.Cell number(double n, int style) {
            short index = style >= 0 && style < formatIndex.length ? formatIndex[style] : 0;
            String format = style >= 0 && style < formatString.length ? formatString[style] : "General";
            return TableReader.number(n, index, format, date1904, formatter);
        }

        @Override
        public void close() {
            try {
                x.close();
                in.close();
            } catch (XMLStreamException | IOException e) {
                // nothing was written: a stream that will not close changes nothing
            } finally {
                pkg.revert();
            }
        }
    }

    private static int parseIndex(String s) {
        if (s == null || s.isEmpty() || s.length() > 9) return -1;
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int row(String cellReference) {
        return SheetCursor.row(cellReference);
    }

    private static int column(String cellReference) {
        return SheetCursor.column(cellReference);
    }

    /**
     * Finds {@code <mergeCell ref="A1:C1"/>} and {@code <dimension ref="A1:H20"/>} in a worksheet's XML
     * with a byte scan (they follow and precede the rows), so the rows are parsed once, not twice.
     */
    static final class MergeScan {
        private static final int MAX_TAG = 4096;

        static SheetShape scan(InputStream in) throws IOException {
            List<CellRangeAddress> merged = new ArrayList<>();
            int[] width = {-1, -1};   // from the cells, from the dimension
            byte[] buf = new byte[64 * 1024];
            StringBuilder name = new StringBuilder();
            StringBuilder tag = new StringBuilder();
            int state = 0;   // 0 text, 1 tag name, 2 rest of a wanted tag, 3 rest of another tag
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    switch (state) {
                        case 0 -> {
                            if (b == '<') {
                                state = 1;
                                name.setLength(0);
                            }
                        }
                        case 1 -> {
                            if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '/' || b == '>') {
                                String local = localName(name);
                                boolean wanted = local.equals("mergeCell") || local.equals("dimension")
                                        || local.equals("c");
                                if (b == '>') {
                                    state = 0;
                                } else if (wanted) {
                                    state = 2;
                                    tag.setLength(0);
                                    tag.append(local).append(' ');
                                } else {
                                    state = 0;   // attribute values hold no '<', so the next '<' starts a tag
                                }
                            } else if (b == '<') {
                                name.setLength(0);
                            } else if (name.length() < 64) {
                                name.append((char) (b & 0xFF));
                            }
                        }
                        default -> {
                            if (b == '>' || tag.length() > MAX_TAG) {
                                state = 0;
                                shape(tag, merged, width);
                            } else {
                                tag.append((char) (b & 0xFF));
                            }
                        }
                    }
                }
            }
            int used = width[0] >= 0 ? width[0] : width[1] >= 0 ? width[1] : SheetCursor.MAX_COLUMNS;
            return new SheetShape(merged, used);
        }

        private static String localName(StringBuilder name) {
            int colon = name.lastIndexOf(":");
            return colon < 0 ? name.toString() : name.substring(colon + 1);
        }

        /** A tag's part: the used width grows with a cell's column; a merged region is kept. */
        private static void shape(StringBuilder tag, List<CellRangeAddress> merged, int[] width) {
            boolean cell = tag.charAt(0) == 'c';
            String ref = attribute(tag, cell ? "r" : "ref");
            if (ref == null) return;
            if (cell) {
                width[0] = Math.max(width[0], Math.min(column(ref) + 1, SheetCursor.MAX_COLUMNS));
                return;
            }
            ref = ref.toUpperCase(Locale.ROOT).replace("$", "");
            int colon = ref.indexOf(':');
            String from = colon < 0 ? ref : ref.substring(0, colon);
            String to = colon < 0 ? ref : ref.substring(colon + 1);
            int r1 = row(from);
            int c1 = column(from);
            int r2 = row(to);
            int c2 = column(to);
            if (tag.charAt(0) == 'd') {
                if (c2 >= 0) width[1] = Math.min(c2 + 1, SheetCursor.MAX_COLUMNS);
                return;
            }
            if (r1 < 0 || c1 < 0 || r2 < r1 || c2 < c1) return;
            if (r1 != r2 || c1 != c2) merged.add(new CellRangeAddress(r1, r2, c1, c2));
        }

        /** The value of {@code name="…"} (or single quotes) in a tag's attributes, or null. */
        private static String attribute(StringBuilder tag, String name) {
            int from = 0;
            while (true) {
                int i = tag.indexOf(name, from);
                if (i < 0) return null;
                from = i + name.length();
                if (i > 0 && !Character.isWhitespace(tag.charAt(i - 1))) continue;
                int k = from;
                while (k < tag.length() && Character.isWhitespace(tag.charAt(k))) k++;
                if (k >= tag.length() || tag.charAt(k) != '=') continue;
                k++;
                while (k < tag.length() && Character.isWhitespace(tag.charAt(k))) k++;
                if (k >= tag.length() || (tag.charAt(k) != '"' && tag.charAt(k) != '\'')) continue;
                int end = tag.indexOf(String.valueOf(tag.charAt(k)), k + 1);
                return end < 0 ? null : tag.substring(k + 1, end);
            }
        }
    }

}
