package dossier.read;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The text of a note (情况说明, 简介, 亮点) for quoting in the ledger and the report: plain text in
 * any encoding TextFiles knows, or the paragraphs of a .docx. Other formats give "".
 */
public final class NoteText {
    private static final int MAX_BYTES = 256 * 1024;

    private NoteText() {
    }

    public static String read(Path file, int maxChars) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String text;
        try {
            if (name.endsWith(".txt") || name.endsWith(".md") || !name.contains(".")) {
                try (InputStream in = Files.newInputStream(file)) {
                    text = TextFiles.decode(in.readNBytes(MAX_BYTES));
                }
            } else if (name.endsWith(".docx")) {
                try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
                     XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
                    text = ex.getText();
                }
            } else {
                return "";
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // LinkageError: a docx whose parts use a compression Office never writes (zstd) needs a
            // codec dossier does not carry
            return "";
        }
        String clean = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return clean.length() > maxChars ? clean.substring(0, maxChars) + "…" : clean;
    }
}
