package dossier.core;

import dossier.app.ValidateRequest;
import dossier.app.Validator;
import dossier.i18n.FindingText;
import dossier.i18n.Lang;
import dossier.i18n.Messages;
import dossier.model.Finding;
import dossier.model.Location;
import dossier.model.Role;
import dossier.testing.RepoFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/** The tasks a task sheet's rows give, and the row that gives none (SHT005). */
class SheetTasksTest {
    private static final LocalDate AS_OF = LocalDate.of(2021, 8, 5);

    @TempDir
    Path repo;

    @BeforeEach
    void units() throws IOException {
        RepoFiles.text(repo, "units.csv", """
                单位名称,简称,类别,联络员,手机
                区司法局,司法局,区直部门,李娜,13800000002
                老街街道,,街道,王芳,13800000003
                """);
    }

    @Test
    void anIndicatorWithNoLeadAndNoResponsibleUnitIsAWarningAtItsRow() throws IOException {
        RepoFiles.text(repo, "indicators.csv", """
                编号,二级指标,牵头单位,责任单位,完成时限
                1.1,深化行政审批制度改革,区司法局,老街街道,2021-08-10
                2.2,加强行政规范性文件合法性审查,,,2021-07-20
                """);

        ValidationResult r = validate();

        assertThat(r.statuses()).extracting(s -> s.task().indicator()).containsOnly("1.1");
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("SHT005"))
                .extracting(Finding::indicator, Finding::unit, Finding::location)
                .containsExactly(tuple("2.2", null, Location.cell("indicators.csv", 3, null)));
        Finding none = r.findings().stream().filter(f -> f.ruleId().equals("SHT005")).findFirst().orElseThrow();
        assertThat(none.args()).containsExactly(entry("indicator", "2.2"), entry("name", "加强行政规范性文件合法性审查"));
        assertThat(new FindingText(Messages.of(Lang.ZH)).message(none))
                .isEqualTo("指标 2.2“加强行政规范性文件合法性审查”没有牵头单位，也没有责任单位，不会生成任何任务。");
    }

    @Test
    void anIndicatorWithOnlyALeadOrOnlyResponsibleUnitsGivesTasksAndNoWarning() throws IOException {
        RepoFiles.text(repo, "indicators.csv", """
                编号,二级指标,牵头单位,责任单位,完成时限
                1.1,深化行政审批制度改革,区司法局,,2021-08-10
                2.2,加强行政规范性文件合法性审查,,老街街道,2021-07-20
                """);

        ValidationResult r = validate();

        assertThat(r.statuses()).extracting(s -> s.task().indicator(), s -> s.task().unit(), s -> s.task().role())
                .containsExactly(tuple("1.1", "区司法局", Role.LEAD), tuple("2.2", "老街街道", Role.RESPONSIBLE));
        assertThat(r.findings()).extracting(Finding::ruleId).doesNotContain("SHT005");
    }

    private ValidationResult validate() {
        return Validator.validate(new ValidateRequest(repo, AS_OF, null, List.of(), List.of()));
    }
}
