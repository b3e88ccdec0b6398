package dossier.read;

import org.apache.poi.util.XMLHelper;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The text of a note (情况说明, 简介, 亮点) for quoting in the ledger and the report: plain text in
 * any encoding TextFiles knows, or the paragraphs of a .docx. Other formats give "".
 */
public final class NoteText {
    private static final int MAX_BYTES = 256 * 1024;
    private static final String WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

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
                text = docxText(file, maxChars);
            } else {
                return "";
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return "";
        }
        String clean = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return clean.length() > maxChars ? clean.substring(0, maxChars) + "…" : clean;
    }

    /**
     * The paragraphs of word/document.xml, streamed and stopped once there is more than enough: a
     * note of any size (or a highly compressed one) costs at most a page of text in memory. Only
     * the methods Word and WPS write are inflated (zstd would need a codec dossier does not carry).
     */
    private static String docxText(Path file, int maxChars) throws IOException, XMLStreamException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry body = zip.getEntry("word/document.xml");
            if (body == null || (body.getMethod() != ZipEntry.STORED && body.getMethod() != ZipEntry.DEFLATED)) return "";
            StringBuilder text = new StringBuilder();
            try (InputStream in = zip.getInputStream(body)) {
                XMLStreamReader xml = XML.createXMLStreamReader(in);
                boolean inText = false;
                while (xml.hasNext() && text.length() <= maxChars) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT && WORD_NS.equals(xml.getNamespaceURI())) {
                        String local = xml.getLocalName();
                        inText = local.equals("t");
                        if (local.equals("tab")) text.append('\t');
                        if (local.equals("br") || local.equals("cr")) text.append('\n');
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        if (inText && xml.getLocalName().equals("t")) inText = false;
                        if (xml.getLocalName().equals("p") && WORD_NS.equals(xml.getNamespaceURI())) text.append('\n');
                    } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                        text.append(xml.getText());
                    }
                }
                xml.close();
            }
            return text.toString();
        }
    }
}
