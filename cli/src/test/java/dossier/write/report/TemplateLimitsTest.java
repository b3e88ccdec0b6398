package dossier.write.report;

import dossier.shared.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A user's template cannot take the run down: endless loops, huge output, recursion and
 * self-inclusion end as an unusable input naming the template (exit 2), not a hang or a crash.
 */
class TemplateLimitsTest {
    private static final ReportModel EMPTY = new ReportModel(null, null, null, List.of(), List.of(), List.of(), null,
            new ReportModel.NextSteps(false, "", List.of()), List.of());

    @TempDir
    Path dir;

    /** Time is not the limit under test here: generous, so a loaded machine never trips it first. */
    private InputException refused(String body) throws IOException {
        return refused(body, 10 * TemplateLimits.MAX_MILLIS);
    }

    private InputException refused(String body, long millis) throws IOException {
        Files.writeString(dir.resolve("report.md.ftl"), body, StandardCharsets.UTF_8);
        return catchThrowableOfType(() -> ReportTemplates.of(dir).withTimeLimit(millis).render(ReportTemplates.MD, EMPTY),
                InputException.class);
    }

    @Test
    void eachLimitEndsTheTemplateNamingIt() throws IOException {
        Map<String, String> cases = Map.of(
                "<#list 1.. as i>${i}</#list>", "report.templateLimit.output",
                "<#list 1..100000000 as i>x</#list>", "report.templateLimit.output",
                "${''?left_pad(1500000000)}", "report.templateLimit.memory",
                "<#macro m><@m/></#macro><@m/>", "report.templateLimit.depth",
                "<#include \"report.md.ftl\">", "report.templateLimit.depth");
        for (var c : cases.entrySet()) {
            InputException e = refused(c.getKey());
            assertThat(e).as(c.getKey()).isNotNull();
            assertThat(e.key()).as(c.getKey()).isEqualTo(c.getValue());
            assertThat(e.location().file()).as(c.getKey()).isEqualTo(dir.resolve("report.md.ftl").toString());
        }
    }

    /** Loops that write nothing end only by time: stopped after a second here (a minute in use). */
    @Test
    void anEndlessLoopIsStoppedByTime() throws IOException {
        for (String body : List.of("<#list 1.. as i></#list>",
                "<#assign x = \"<#list 1.. as i></#list>\"?interpret><@x/>")) {
            InputException e = refused(body, 1_000);
            assertThat(e).as(body).isNotNull();
            assertThat(e.key()).as(body).isEqualTo("report.templateLimit.time");
        }
    }

    @Test
    void aFailedInterpretSaysWhatFailed() throws IOException {
        InputException e = refused("第一行\n<#assign x = \"<#if\"?interpret><@x/>");
        assertThat(e.key()).isEqualTo("report.templateError");
        assertThat(e.location().row()).isEqualTo(2);
        assertThat(String.valueOf(e.args().get(0))).contains("#if").doesNotContain("---");
    }

    @Test
    void aNamedPipeInTheTemplateFolderIsRefusedNotReplacedByTheBuiltIn() throws Exception {
        Path pipe = dir.resolve("report.md.ftl");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0 && Files.exists(pipe);
        } catch (IOException missing) {
            made = false;
        }
        org.assertj.core.api.Assumptions.assumeThat(made).as("mkfifo available").isTrue();
        InputException e = catchThrowableOfType(() -> ReportTemplates.of(dir).render(ReportTemplates.MD, EMPTY),
                InputException.class);
        assertThat(e).isNotNull();
        assertThat(e.key()).isEqualTo("report.templateNotRegularFile");
        assertThat(e.location().file()).isEqualTo(pipe.toString());
    }
}
