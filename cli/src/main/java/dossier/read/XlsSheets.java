package dossier.read;

import dossier.model.Location;
import dossier.shared.InputException;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.DimensionsRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An xls (or WPS et) workbook read through POI's record stream rather than its user model: a first
 * pass keeps the workbook's strings, formats, sheet names and each sheet's merged regions; a
 * sheet's rows are read from the stream each time they are asked for.
 */
final class XlsSheets {
    private final Path file;
    private final String displayName;
    private final SSTRecord strings;
    private final List<Integer> xfFormats;
    private final Map<Integer, String> formats;
    private final boolean date1904;

    private record Substream(List<CellRangeAddress> merged, int width) {
    }

    private XlsSheets(Path file, String displayName, SSTRecord strings, List<Integer> xfFormats,
                      Map<Integer, String> formats, boolean date1904) {
        this.file = file;
        this.displayName = displayName;
        this.strings = strings;
        this.xfFormats = xfFormats;
        this.formats = formats;
        this.date1904 = date1904;
    }

    static List<Table> read(Path file, String displayName) throws IOException {
        List<BoundSheetRecord> bound = new ArrayList<>();
        List<Substream> substreams = new ArrayList<>();
        List<Integer> xfFormats = new ArrayList<>();
        Map<Integer, String> formats = new HashMap<>();
        SSTRecord sst = null;
        boolean date1904 = false;
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true); InputStream in = workbookStream(fs)) {
            RecordFactoryInputStream records = new RecordFactoryInputStream(in, false);
            int depth = 0;
            List<CellRangeAddress> merged = null;
            int width = -1;
            int usedWidth = -1;
            for (Record r = records.nextRecord(); r != null; r = records.nextRecord()) {
                if (r instanceof BOFRecord) {
                    depth++;
                    if (depth == 1 && substreams.size() < bound.size() + 1 && ((BOFRecord) r).getType() != BOFRecord.TYPE_WORKBOOK) {
                        merged = new ArrayList<>();
                        width = -1;
                        usedWidth = -1;
                    }
                } else if (r instanceof EOFRecord) {
                    depth--;
                    if (depth == 0 && merged != null) {
                        substreams.add(new Substream(merged, usedWidth >= 0 ? usedWidth : width >= 0 ? width : SheetCursor.MAX_COLUMNS));
                        merged = null;
                    }
                } else if (r instanceof BoundSheetRecord b) {
                    bound.add(b);
                } else if (r instanceof SSTRecord s) {
                    sst = s;
                } else if (r instanceof FormatRecord f) {
                    formats.put(f.getIndexCode(), f.getFormatString());
                } else if (r instanceof ExtendedFormatRecord x) {
                    xfFormats.add((int) x.getFormatIndex());
                } else if (r instanceof DateWindow1904Record d) {
                    date1904 = d.getWindowing() == 1;
                } else if (merged != null && depth == 1) {
                    if (r instanceof MergeCellsRecord m) {
                        for (int i = 0; i < m.getNumAreas(); i++) merged.add(m.getAreaAt(i));
                    } else if (r instanceof DimensionsRecord d) {
                        width = Math.min(d.getLastCol(), SheetCursor.MAX_COLUMNS);
                    } else if (r instanceof MulRKRecord m) {
                        usedWidth = Math.max(usedWidth, Math.min(m.getLastColumn() + 1, SheetCursor.MAX_COLUMNS));
                    } else if (r instanceof org.apache.poi.hssf.record.CellValueRecordInterface c) {
                        usedWidth = Math.max(usedWidth, Math.min(c.getColumn() + 1, SheetCursor.MAX_COLUMNS));
                    }
                }
            }
        }
        XlsSheets book = new XlsSheets(file, displayName, sst, xfFormats, formats, date1904);
        // sheet substreams follow each other in the order of their positions, not of the tabs
        BoundSheetRecord[] byPosition = BoundSheetRecord.orderByBofPosition(bound);
        Map<BoundSheetRecord, Integer> substreamOf = new HashMap<>();
        for (int i = 0; i < byPosition.length; i++) substreamOf.put(byPosition[i], i);
        List<Table> tables = new ArrayList<>();
        for (BoundSheetRecord b : bound) {
            int k = substreamOf.get(b);
            if (k >= substreams.size()) continue;
            Substream shape = substreams.get(k);
            tables.add(new Table(b.getSheetname(), b.isHidden() || b.isVeryHidden(), () -> book.new Rows(k, shape)));
        }
        return tables;
    }

    private static InputStream workbookStream(POIFSFileSystem fs) throws IOException {
        DirectoryNode root = fs.getRoot();
        if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
            throw new org.apache.poi.EncryptedDocumentException("encrypted OOXML workbook");
        }
        return fs.createDocumentInputStream(HSSFWorkbook.getWorkbookDirEntryName(root));
    }

    private InputException bad(Exception e) {
        return new InputException(Location.file(displayName), "input.badWorkbook", TableReader.reason(e));
    }

    /** The rows of the k-th sheet substream, read from the record stream as they are asked for. */
    private final class Rows extends SheetCursor {
        private final POIFSFileSystem fs;
        private final InputStream in;
        private final RecordFactoryInputStream records;
        private final DataFormatter formatter = TableReader.formatter();
        private Record held;
        private int depth;
        private boolean inSheet;
        private boolean done;
        private final int substream;
        private int seen = -1;
        private FormulaRecord stringFormula;

        Rows(int substream, Substream shape) {
            super(shape.merged(), shape.width());
            this.substream = substream;
            try {
                fs = new POIFSFileSystem(file.toFile(), true);
                in = workbookStream(fs);
                records = new RecordFactoryInputStream(in, false);
            } catch (IOException | RuntimeException e) {
                throw bad(e);
            }
        }

        @Override
        protected boolean readRow() {
            try {
                int row = -1;
                while (!done) {
                    Record r = held != null ? held : records.nextRecord();
                    held = null;
                    if (r == null) {
                        done = true;
                        break;
                    }
                    if (!position(r)) continue;
                    int cellRow = rowOf(r);
                    if (cellRow < 0) continue;
                    if (row >= 0 && cellRow != row) {
                        held = r;   // the first cell of the next row
                        break;
                    }
                    row = cellRow;
                    cell(r);
                }
                if (row < 0) return false;
                rowIndex = row;
                return true;
            } catch (RuntimeException e) {
                if (e instanceof InputException ie) throw ie;
                throw bad(e);
            }
        }

        /** Follows the substreams; true for a record at the top level of the wanted sheet. */
        private boolean position(Record r) {
            if (r instanceof BOFRecord) {
                depth++;
                if (depth == 1 && ((BOFRecord) r).getType() != BOFRecord.TYPE_WORKBOOK) {
                    seen++;
                    inSheet = seen == substream;
                }
                return false;
            }
            if (r instanceof EOFRecord) {
                depth--;
                if (depth == 0 && inSheet) done = true;
                return false;
            }
            return inSheet && depth == 1;
        }

        private int rowOf(Record r) {
            if (r instanceof StringRecord) return stringFormula == null ? -1 : stringFormula.getRow();
            if (r instanceof LabelSSTRecord || r instanceof NumberRecord || r instanceof RKRecord
                    || r instanceof FormulaRecord || r instanceof BoolErrRecord || r instanceof LabelRecord) {
                return ((org.apache.poi.hssf.record.CellValueRecordInterface) r).getRow();
            }
            if (r instanceof MulRKRecord m) return m.getRow();
            return -1;
        }

        private void cell(Record r) {
            if (r instanceof LabelSSTRecord l) {
                int i = l.getSSTIndex();
                String text = strings != null && i >= 0 && i < strings.getNumUniqueStrings() ? strings.getString(i).getString() : "";
                put(l.getColumn(), Table.Cell.text(text));
            } else if (r instanceof NumberRecord n) {
                put(n.getColumn(), number(n.getValue(), n.getXFIndex()));
            } else if (r instanceof RKRecord k) {
                put(k.getColumn(), number(k.getRKNumber(), k.getXFIndex()));
            } else if (r instanceof MulRKRecord m) {
                for (int i = 0; i < m.getNumColumns(); i++) {
                    put(m.getFirstColumn() + i, number(m.getRKNumberAt(i), m.getXFAt(i)));
                }
            } else if (r instanceof LabelRecord l) {
                put(l.getColumn(), Table.Cell.text(l.getValue()));
            } else if (r instanceof BoolErrRecord b) {
                put(b.getColumn(), b.isBoolean() ? Table.Cell.text(b.getBooleanValue() ? "TRUE" : "FALSE") : Table.Cell.EMPTY);
            } else if (r instanceof FormulaRecord f) {
                stringFormula = null;
                int type = f.getCachedResultType();
                if (type == CellType.NUMERIC.getCode()) {
                    put(f.getColumn(), number(f.getValue(), f.getXFIndex()));
                } else if (type == CellType.BOOLEAN.getCode()) {
                    put(f.getColumn(), Table.Cell.text(f.getCachedBooleanValue() ? "TRUE" : "FALSE"));
                } else if (type == CellType.STRING.getCode() && f.hasCachedResultString()) {
                    stringFormula = f;   // its text follows in a STRING record
                } else {
                    put(f.getColumn(), Table.Cell.EMPTY);
                }
            } else if (r instanceof StringRecord s && stringFormula != null) {
                put(stringFormula.getColumn(), Table.Cell.text(s.getString()));
                stringFormula = null;
            }
        }

        private Table.Cell number(double value, int xf) {
            int index = xf >= 0 && xf < xfFormats.size() ? xfFormats.get(xf) : 0;
            String format = formats.get(index);
            if (format == null) format = BuiltinFormats.getBuiltinFormat(index);
            return TableReader.number(value, index, format, date1904, formatter);
        }

        @Override
        public void close() {
            try {
                in.close();
                fs.close();
            } catch (IOException e) {
                // read only: nothing to lose
            }
        }
    }
}
