package dossier.write.report;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a style of the reference document by the name Word shows ("heading 1", "Table Text"),
 * not by its id: Word and WPS in Chinese rewrite style ids on save ("1", "a3"), names stay. A style
 * the reference lacks is copied in from the built-in reference, with its base styles.
 */
final class DocxStyles {
    private final XWPFStyles styles;
    private final XWPFStyles builtin;
    private final Map<String, Optional<String>> ids = new HashMap<>();

    DocxStyles(XWPFDocument doc, XWPFDocument builtinDoc) {
        this.styles = doc.getStyles() != null ? doc.getStyles() : doc.createStyles();
        this.builtin = builtinDoc.getStyles();
    }

    /** The id of the style with this name, copied in when missing; empty when neither document has it. */
    Optional<String> id(String name) {
        String key = key(name);
        Optional<String> known = ids.get(key);
        if (known != null) return known;
        Optional<String> found = find(styles, key).map(XWPFStyle::getStyleId).or(() -> copy(key));
        ids.put(key, found);
        return found;
    }

    private Optional<String> copy(String key) {
        Optional<XWPFStyle> source = find(builtin, key);
        if (source.isEmpty()) return Optional.empty();
        CTStyle ct = (CTStyle) source.get().getCTStyle().copy();
        if (ct.isSetBasedOn()) {
            String baseName = builtin.getStyle(ct.getBasedOn().getVal()).getName();
            Optional<String> base = id(baseName);
            if (base.isPresent()) ct.getBasedOn().setVal(base.get());
            else ct.unsetBasedOn();
        }
        if (ct.isSetNext()) ct.unsetNext();
        if (ct.isSetDefault()) ct.unsetDefault();
        String id = ct.getStyleId();
        for (int n = 2; styles.styleExist(id); n++) id = ct.getStyleId() + n;
        ct.setStyleId(id);
        styles.addStyle(new XWPFStyle(ct, styles));
        return Optional.of(id);
    }

    private static Optional<XWPFStyle> find(XWPFStyles in, String key) {
        if (in == null) return Optional.empty();
        return in.getStyles().stream().filter(s -> s.getName() != null && key(s.getName()).equals(key)).findFirst();
    }

    private static String key(String name) {
        return name.replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
