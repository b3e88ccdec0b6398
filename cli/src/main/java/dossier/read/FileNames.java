package dossier.read;

import dossier.model.EvidenceKind;
import dossier.model.FileRole;
import dossier.shared.ChineseText;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a file is by its name: a special note (SPEC §2.3), a temp or system file, or evidence of a kind. */
public final class FileNames {
    private static final List<Object[]> KEYWORDS = List.of(
            new Object[]{FileRole.REQUIREMENTS, List.of("材料要求")},
            new Object[]{FileRole.NOT_APPLICABLE, List.of("不涉及", "不适用", "not-applicable", "not_applicable")},
            new Object[]{FileRole.EXPLANATION, List.of("情况说明", "explanation")},
            new Object[]{FileRole.ONSITE, List.of("实地核查", "实地评估", "onsite", "on-site")},
            new Object[]{FileRole.LINKS, List.of("链接", "links")},
            new Object[]{FileRole.SUMMARY, List.of("简介", "summary")},
            new Object[]{FileRole.HIGHLIGHTS, List.of("亮点", "highlights")});

    private static final Set<String> DOCUMENTS = Set.of("pdf", "doc", "docx", "wps", "ofd", "txt", "md", "xls", "xlsx",
            "et", "ppt", "pptx", "dps");
    private static final Set<String> IMAGES = Set.of("jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff", "webp");
    private static final Set<String> VIDEOS = Set.of("mp4", "mov", "avi", "wmv", "flv", "mkv");
    /** Links files are read as text only when they are text; a 新闻链接.docx is a document. */
    private static final Set<String> TEXT = Set.of("", "txt", "md", "csv", "url", "list");
    private static final Set<String> QUIET_HIDDEN = Set.of(".gitkeep", ".keep", ".gitignore", ".gitattributes");

    private FileNames() {
    }

    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public static FileRole special(String name) {
        String n = ChineseText.compact(name).toLowerCase(Locale.ROOT);
        for (Object[] k : KEYWORDS) {
            @SuppressWarnings("unchecked")
            List<String> words = (List<String>) k[1];
            for (String word : words) {
                if (!n.contains(word)) continue;
                FileRole s = (FileRole) k[0];
                if (s == FileRole.LINKS && !TEXT.contains(extension(name))) return FileRole.NONE;
                return s;
            }
        }
        return FileRole.NONE;
    }

    /** Office lock files, editor backups and the files Windows and macOS leave behind. */
    public static boolean isTempOrSystem(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("~$") || n.startsWith(".~lock") || n.equals(".ds_store") || n.equals("thumbs.db")
                || n.equals("desktop.ini") || n.startsWith("._") || n.endsWith(".tmp") || n.endsWith(".crdownload")
                || n.endsWith(".part") || n.startsWith(".#") || n.endsWith("~") || n.equals("ehthumbs.db");
    }

    /** Hidden files that repositories keep on purpose (.gitkeep): never evidence, never a finding. */
    public static boolean isQuietHidden(String name) {
        return QUIET_HIDDEN.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The kind of an evidence file by its extension, or null when the type is not evidence. */
    public static EvidenceKind kindOf(String extension) {
        if (DOCUMENTS.contains(extension)) return EvidenceKind.DOCUMENT;
        if (IMAGES.contains(extension)) return EvidenceKind.IMAGE;
        if (VIDEOS.contains(extension)) return EvidenceKind.VIDEO;
        return null;
    }
}
