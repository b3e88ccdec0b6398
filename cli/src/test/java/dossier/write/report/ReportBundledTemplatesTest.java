package dossier.write.report;

import dossier.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every file under templates/ is bundled and exported, and every exported one exists; en/ mirrors the names. */
class ReportBundledTemplatesTest {
    private static final Path TEMPLATES = Path.of("../templates");

    /** The files of a templates folder with / separators, site/ included, the English set left out. */
    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.startsWith("en/")).toList();
        }
    }

    @Test
    void theTemplatesFolderIsWhatExportWrites() throws IOException {
        assertThat(files(TEMPLATES)).containsExactlyInAnyOrderElementsOf(ReportTemplates.BUNDLED);
        try (Stream<Path> dirs = Files.list(TEMPLATES)) {
            assertThat(dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("en", "site");
        }
        assertThat(ReportTemplates.exported().keySet()).containsAll(ReportTemplates.BUNDLED).contains("reference.docx");
    }

    @Test
    void theEnglishSetHasTheSameNamesAndExportsUnderThem() throws IOException {
        List<String> en = files(TEMPLATES.resolve("en"));
        assertThat(en).containsExactlyInAnyOrder("common.ftl", "report.md.ftl", "report.html.ftlh", "report.docx.ftlx",
                "site/labels.ftlh", "notice.docx.ftlx", "notice.md.ftl", "notice.txt.ftl", "bulletin.docx.ftlx",
                "bulletin.html.ftlh", "bulletin.md.ftl");
        assertThat(ReportTemplates.BUNDLED).containsAll(en);
        Map<String, byte[]> exported = ReportTemplates.exported(Lang.EN);
        assertThat(exported.keySet()).containsExactlyElementsOf(ReportTemplates.exported(Lang.ZH).keySet());
        for (String name : ReportTemplates.BUNDLED) {
            Path source = en.contains(name) ? TEMPLATES.resolve("en").resolve(name) : TEMPLATES.resolve(name);
            assertThat(exported.get(name)).as(name).isEqualTo(Files.readAllBytes(source));
            assertThat(ReportTemplates.exported(Lang.ZH).get(name)).as(name)
                    .isEqualTo(Files.readAllBytes(TEMPLATES.resolve(name)));
        }
        assertThat(ReportTemplates.bundledPath(Lang.EN, "report.md.ftl")).isEqualTo("templates/en/report.md.ftl");
        assertThat(ReportTemplates.bundledPath(Lang.EN, "README.md")).as("en/ lacks it").isEqualTo("templates/README.md");
        assertThat(ReportTemplates.bundledPath(Lang.ZH, "report.md.ftl")).isEqualTo("templates/report.md.ftl");
    }

    /** The English templates' own words are English: Chinese comes only from the data (and the CSS font names). */
    @Test
    void theEnglishTemplatesWriteNoChinese() throws IOException {
        for (String name : files(TEMPLATES.resolve("en"))) {
            String text = Files.readString(TEMPLATES.resolve("en").resolve(name), StandardCharsets.UTF_8)
                    .replaceAll("(?s)<style>.*?</style>", "");
            assertThat(ReportEnglishTemplatesTest.chinese(text)).as(name).isEmpty();
        }
    }
}
