package dossier.write.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every file under templates/ is bundled and exported, and every exported one exists. */
class ReportBundledTemplatesTest {
    @Test
    void theTemplatesFolderIsWhatExportWrites() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../templates"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(ReportTemplates.BUNDLED);
        }
        assertThat(ReportTemplates.exported().keySet()).containsAll(ReportTemplates.BUNDLED).contains("reference.docx");
    }
}
