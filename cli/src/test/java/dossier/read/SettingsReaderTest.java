package dossier.read;

import dossier.model.Finding;
import dossier.model.Location;
import dossier.model.Milestone;
import dossier.model.Period;
import dossier.model.Settings;
import dossier.shared.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class SettingsReaderTest {
    private static final LocalDate AS_OF = LocalDate.of(2022, 3, 1);

    @TempDir
    Path repo;

    @Test
    void everyKeyHasADefault() {
        Settings s = SettingsReader.read(repo, AS_OF).settings();
        assertThat(s.year()).isEqualTo(2022);
        assertThat(s.period()).isEqualTo(Period.year(2022));
        assertThat(s.milestones()).extracting(Milestone::name, Milestone::start, Milestone::due).containsExactly(
                tuple("动员部署", LocalDate.of(2022, 6, 21), LocalDate.of(2022, 7, 10)),
                tuple("集中督导", LocalDate.of(2022, 7, 1), LocalDate.of(2022, 11, 30)),
                tuple("收集印证资料", LocalDate.of(2022, 7, 11), LocalDate.of(2022, 8, 10)),
                tuple("形成自评报告", LocalDate.of(2022, 8, 1), LocalDate.of(2022, 8, 15)),
                tuple("总结提升", LocalDate.of(2022, 12, 10), LocalDate.of(2022, 12, 31)));
        assertThat(s.evidence()).isEqualTo("evidence");
        assertThat(s.out()).isEqualTo("out");
        assertThat(s.maxFileSize()).isEqualTo(200L * 1024 * 1024);
        assertThat(s.dueSoonDays()).isEqualTo(7);
        assertThat(s.allowedExtensions()).contains("pdf", "ofd", "wps", "mp4");
    }

    @Test
    void readsEveryKey() throws IOException {
        Files.writeString(repo.resolve("dossier.yaml"), """
                name: 源汇区法治政府建设示范创建
                region: 漯河市源汇区
                year: 2021
                period: {start: 2020-07-01, end: 2021-06-30}
                indicators: 表/任务分解表.xlsx
                milestones:
                  - {name: 收集印证资料, start: 7月11日, due: 8月10日}
                due_soon_days: 3
                files: {allowed: [pdf, .JPG, "*.docx"], max_size: 1.5GB}
                severity: {LIA001: off, COV002: error}
                waivers:
                  - {rule: cov001, unit: 老街街道, indicator: "４．４", reason: 无执法职能, approved_by: 王立新, until: 2021-12-31}
                next_steps: 继续推进。
                thresholds:
                  training_hours: {task: "4.4", target: 40}
                """);
        SettingsReader.Result r = SettingsReader.read(repo, AS_OF);
        Settings s = r.settings();
        assertThat(r.findings()).isEmpty();
        assertThat(s.year()).isEqualTo(2021);
        assertThat(s.period()).isEqualTo(new Period(LocalDate.of(2020, 7, 1), LocalDate.of(2021, 6, 30)));
        assertThat(s.indicators()).isEqualTo("表/任务分解表.xlsx");
        assertThat(s.milestones()).containsExactly(new Milestone("收集印证资料", LocalDate.of(2021, 7, 11), LocalDate.of(2021, 8, 10)));
        assertThat(s.dueSoonDays()).isEqualTo(3);
        assertThat(s.allowedExtensions()).containsExactlyInAnyOrder("pdf", "jpg", "docx");
        assertThat(s.maxFileSize()).isEqualTo((long) (1.5 * 1024 * 1024 * 1024));
        assertThat(s.severity()).containsEntry("LIA001", "off").containsEntry("COV002", "error");
        assertThat(s.waivers()).singleElement().satisfies(w -> {
            assertThat(w.rule()).isEqualTo("COV001");
            assertThat(w.indicator()).isEqualTo("4.4");
            assertThat(w.until()).isEqualTo(LocalDate.of(2021, 12, 31));
            assertThat(w.location().row()).isEqualTo(12);
        });
        assertThat(s.nextSteps()).isEqualTo("继续推进。");
        assertThat(s.thresholds()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo("training_hours");
            assertThat(t.spec().target()).isEqualTo(40);
            assertThat(t.location().row()).isEqualTo(15);
        });
    }

    @Test
    void unknownKeysAreFindingsWithTheKeyMeant() throws IOException {
        Files.writeString(repo.resolve("dossier.yaml"), "nmae: 示例\nfiles:\n  max_sise: 10MB\nseverity: {COV01: off}\n");
        assertThat(SettingsReader.read(repo, AS_OF).findings())
                .extracting(Finding::ruleId, f -> f.location().row(), Finding::args)
                .containsExactly(
                        tuple("CFG001", 1, java.util.Map.of("key", "nmae", "suggestion", "name")),
                        tuple("CFG001", 3, java.util.Map.of("key", "files.max_sise", "suggestion", "files.max_size")),
                        tuple("CFG002", 4, java.util.Map.of("rule", "COV01", "suggestion", "COV001")));
    }

    @Test
    void aGbkFileIsRead() throws IOException {
        Files.write(repo.resolve("dossier.yaml"), "name: 源汇区\n".getBytes(Charset.forName("GBK")));
        assertThat(SettingsReader.read(repo, AS_OF).settings().name()).isEqualTo("源汇区");
    }

    @Test
    void valuesThatCannotMeanAnythingAreUnusableWithTheirPlace() throws IOException {
        assertUnusable("year: abc\n", "settings.badYear", 1);
        assertUnusable("period: {start: 2021-01-01}\n", "settings.periodBounds", 1);
        assertUnusable("files:\n  max_size: big\n", "settings.badSize", 2);
        assertUnusable("severity: {COV001: fatal}\n", "settings.badSeverity", 1);
        assertUnusable("milestones:\n  - {name: 动员部署, due: 某天}\n", "settings.badDate", 2);
        assertUnusable("- a\n- b\n", "settings.notMapping", 1);
        assertUnusable("name: [a\n", "input.yaml.syntax", 2);
        assertUnusable("a: &a [x, x]\nb: [*a, *a]\nname: x\nname: y\n", "settings.duplicateKey", 4);
    }

    @Test
    void aThresholdOnAFigureDossierNeverGetsIsUnusableWithTheKeyMeant() throws IOException {
        Files.writeString(repo.resolve("dossier.yaml"), """
                thresholds:
                  meetings: {kind: count, task: "8.1", target: 2, figure: special_meeting}
                  disclosure: {denominator: 依申请公开数}
                """);
        assertThatThrownBy(() -> SettingsReader.read(repo, AS_OF)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.key()).isEqualTo("settings.unknownThresholdFigure");
            assertThat(e.args()).containsExactly("meetings", "figure", "special_meeting", "special_meetings");
            assertThat(e.location()).isEqualTo(Location.cell("dossier.yaml", 2, "59"));
        });
        Files.writeString(repo.resolve("dossier.yaml"), "thresholds:\n  disclosure: {denominator: 依申请公开数}\n");
        assertThatThrownBy(() -> SettingsReader.read(repo, AS_OF)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.args()).containsExactly("disclosure", "denominator", "依申请公开数", "disclosure_requests"));
        Files.writeString(repo.resolve("dossier.yaml"), "thresholds:\n  disclosure: {figure: disclosure_answered}\n");
        assertThat(SettingsReader.read(repo, AS_OF).settings().thresholds()).singleElement()
                .satisfies(t -> assertThat(t.spec().figure()).isEqualTo("disclosure_answered"));
    }

    private void assertUnusable(String yaml, String key, int row) throws IOException {
        Files.writeString(repo.resolve("dossier.yaml"), yaml);
        assertThatThrownBy(() -> SettingsReader.read(repo, AS_OF)).as(yaml).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.key()).isEqualTo(key);
            assertThat(e.location().file()).isEqualTo("dossier.yaml");
            assertThat(e.location().row()).isEqualTo(row);
        });
    }
}
