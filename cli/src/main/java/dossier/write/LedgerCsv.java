package dossier.write;

import dossier.core.ValidationResult;
import dossier.i18n.Messages;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** The 台账 as CSV in UTF-8 with a BOM, so Excel opens the Chinese right; formula-like text neutralised. */
public final class LedgerCsv {
    private final Messages messages;

    public LedgerCsv(Messages messages) {
        this.messages = messages;
    }

    public void write(ValidationResult result, OutputStream out) throws IOException {
        out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            csv.printRecord(LedgerRows.header(messages));
            for (LedgerRows.Row row : LedgerRows.of(result, messages)) {
                csv.printRecord(row.cells().stream().map(c -> c instanceof String s ? SafeCells.forCsv(s) : c).toList());
            }
        }
    }
}
