package dossier.write.report;

import dossier.shared.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The locked-down Freemarker: what a template may not do, and where its errors are reported. */
class ReportTemplatesTest {
    private static final ReportModel EMPTY = new ReportModel(null, null, null, List.of(), List.of(), List.of(), null,
            new ReportModel.NextSteps(false, "", List.of()), List.of());

    @TempDir
    Path dir;

    private InputException refused(String body) throws IOException {
        Files.writeString(dir.resolve("report.md.ftl"), "第一行\n" + body + "\n", StandardCharsets.UTF_8);
        return catchThrowableOfType(() -> ReportTemplates.of(dir).render(ReportTemplates.MD, EMPTY), InputException.class);
    }

    @Test
    void javaIsOutOfReach() throws IOException {
        for (String body : List.of(
                "<#assign x = \"freemarker.template.utility.Execute\"?new()>${x(\"id\")}",
                "<#assign x = \"freemarker.template.utility.ObjectConstructor\"?new()>",
                "${areas?api.getClass()}",
                "<#setting api_builtin_enabled=true>",
                "<#setting new_builtin_class_resolver=\"unrestricted\">")) {
            InputException e = refused(body);
            assertThat(e).as(body).isNotNull();
            assertThat(e.key()).isEqualTo("report.templateError");
            assertThat(e.location().file()).isEqualTo(dir.resolve("report.md.ftl").toString());
            assertThat(e.location().row()).isEqualTo(2);
            assertThat(e.location().column()).matches("\\d+");
        }
    }

    @Test
    void theModelIsDataOnly() throws IOException {
        Files.writeString(dir.resolve("report.md.ftl"), "${areas?size}|${(nextSteps.getClass)???c}|${(nextSteps.class)???c}|${nextSteps?keys?join(\",\")}", StandardCharsets.UTF_8);
        assertThat(ReportTemplates.of(dir).render(ReportTemplates.MD, EMPTY)).isEqualTo("0|false|false|provided,text,paragraphs");
    }

    @Test
    void aMissingFolderOrTemplateIsAnUnusableInput() throws IOException {
        InputException noDir = catchThrowableOfType(() -> ReportTemplates.of(dir.resolve("none")), InputException.class);
        assertThat(noDir.key()).isEqualTo("report.noTemplateDir");
        InputException noFile = catchThrowableOfType(() -> ReportTemplates.of(dir).render("nothing.ftl", EMPTY),
                InputException.class);
        assertThat(noFile.key()).isEqualTo("report.noTemplate");
    }
}
