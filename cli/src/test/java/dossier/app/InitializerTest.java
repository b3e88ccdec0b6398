package dossier.app;

import dossier.core.CampaignLoader;
import dossier.core.ValidationResult;
import dossier.model.Campaign;
import dossier.model.Milestone;
import dossier.read.SettingsReader;
import dossier.read.UploadNames;
import dossier.shared.InputException;
import dossier.shared.Progress;
import dossier.write.DeterministicZip;
import dossier.write.SafeNames;
import dossier.write.SettingsTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InitializerTest {
    private static final LocalDate AS_OF = LocalDate.of(2021, 7, 5);

    @TempDir
    Path tmp;

    @Test
    void secondRunCreatesNothingAndKeepsEverything() throws IOException {
        Path units = tmp.resolve("units.csv");
        Files.writeString(units, "单位名称,类别\n区司法局,区直部门\n问十乡,乡镇\n");
        Path repo = tmp.resolve("repo");
        Initializer.Result first = Initializer.init(new Initializer.Request(repo, null, units, AS_OF));
        assertThat(first.builtinSheet()).isTrue();
        assertThat(first.tasks()).isEqualTo(56);
        assertThat(first.units()).isEqualTo(2);
        assertThat(first.createdNotes()).isEqualTo(56);
        assertThat(first.createdEvidenceFolders()).isEqualTo(2 + 56);
        assertThat(first.created()).contains("dossier.yaml", "indicators.xlsx", "units.csv", ".gitignore", "evidence/");
        assertThat(first.kept()).isEmpty();
        assertThat(first.stale()).isEmpty();

        Initializer.Result second = Initializer.init(new Initializer.Request(repo, null, units, AS_OF));
        assertThat(second.created()).isEmpty();
        assertThat(second.builtinSheet()).isFalse();
        assertThat(second.kept()).hasSize(first.created().size());
        assertThat(second.outdated()).isEmpty();
        assertThat(second.stale()).isEmpty();
    }

    @Test
    void existingFoldersAreFoundByAliasAndLeadingId() throws IOException {
        Path units = tmp.resolve("units.csv");
        Files.writeString(units, "单位名称,简称,类别\n区司法局,司法局,区直部门\n");
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve("evidence/司法局/４．４ 培训材料"));
        Files.createDirectories(repo.resolve("evidence/司法局/9.9 旧指标"));
        Files.createDirectories(repo.resolve("evidence/区教育局/1.1 清单"));
        Files.createDirectories(repo.resolve("evidence/司法局/其他材料"));
        Initializer.Result r = Initializer.init(new Initializer.Request(repo, null, units, AS_OF));
        assertThat(repo.resolve("evidence/区司法局")).doesNotExist();
        assertThat(repo.resolve("evidence/司法局/４．４ 培训材料/材料要求.txt")).isRegularFile();
        assertThat(repo.resolve("evidence/司法局/4.4 健全行政执法人员管理制度")).doesNotExist();
        assertThat(repo.resolve("evidence/司法局/1.1 深化行政审批制度改革/材料要求.txt")).isRegularFile();
        assertThat(r.stale()).containsExactly("evidence/区教育局/1.1 清单/", "evidence/司法局/9.9 旧指标/");
    }

    @Test
    void unitFoldersOfAnOldRepositoryStayItsUnits() throws IOException {
        // before init, the built-in catalogue made every unit folder a unit; after it, they still are
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve("evidence/老街街道/1.1 清单"));
        Files.createDirectories(repo.resolve("evidence/区司法局"));
        Files.writeString(repo.resolve("evidence/老街街道/1.1 清单/清单.txt"), "已公布");
        Campaign before = CampaignLoader.load(repo, AS_OF, null);
        Initializer.Result r = Initializer.init(new Initializer.Request(repo, null, null, AS_OF));
        assertThat(r.entries()).filteredOn(e -> e.kind() == Initializer.Kind.UNITS)
                .singleElement().satisfies(e -> assertThat(e.prefilled()).isEqualTo(2));
        Campaign after = CampaignLoader.load(repo, AS_OF, null);
        assertThat(after.tasks()).hasSize(before.tasks().size()).hasSize(56);
        assertThat(after.units()).extracting(u -> u.name() + "/" + u.category())
                .containsExactlyInAnyOrder("区司法局/区直部门", "老街街道/街道");
        assertThat(repo.resolve("evidence/老街街道/1.1 清单/材料要求.txt")).isRegularFile();
        assertThat(repo.resolve("evidence/区司法局/8.2 落实法治建设责任制/材料要求.txt")).isRegularFile();
    }

    @Test
    void aChangedSheetMarksOldNotesOutdatedWithoutTouchingThem() throws IOException {
        Path sheet = tmp.resolve("indicators.csv");
        Files.writeString(sheet, "编号,二级指标,评估内容,责任单位\n1.1,清单,公布清单,区司法局\n");
        Path repo = tmp.resolve("repo");
        Initializer.init(new Initializer.Request(repo, sheet, null, AS_OF));
        Path note = repo.resolve("evidence/区司法局/1.1 清单/材料要求.txt");
        byte[] before = Files.readAllBytes(note);
        Files.writeString(repo.resolve("indicators.csv"), "编号,二级指标,评估内容,责任单位\n1.1,清单,公布权责清单和公共服务清单,区司法局\n");
        Initializer.Result r = Initializer.init(new Initializer.Request(repo, null, null, AS_OF));
        assertThat(r.outdated()).containsExactly("evidence/区司法局/1.1 清单/材料要求.txt");
        assertThat(Files.readAllBytes(note)).isEqualTo(before);
    }

    @Test
    void namesWindowsCannotTakeAreMadeSafeAndStillMatch() throws IOException {
        Path sheet = tmp.resolve("indicators.csv");
        Files.writeString(sheet, "编号,二级指标,评估内容,责任单位\n"
                + "1.1,\"清单/目录：是否公布？*\",公布清单,区司法局\n"
                + "1.2,\"" + "很长的指标名称".repeat(20) + "...\",要求,区司法局\n");
        Path repo = tmp.resolve("repo");
        Initializer.Result r = Initializer.init(new Initializer.Request(repo, sheet, null, AS_OF));
        assertThat(repo.resolve("evidence/区司法局/1.1 清单／目录：是否公布？＊/材料要求.txt")).isRegularFile();
        for (String p : r.created()) assertThat(UploadNames.problems(p)).as(p).isEmpty();
        ValidationResult v = Validator.validate(new ValidateRequest(repo, AS_OF, null, List.of(), List.of()), Progress.NONE);
        assertThat(v.findings()).extracting(f -> f.ruleId()).containsOnly("COV001");
    }

    @Test
    void safeNames() {
        assertThat(SafeNames.of("a<b>c:d\"e/f\\g|h?i*j", 60)).isEqualTo("a＜b＞c：d＂e／f＼g｜h？i＊j");
        assertThat(SafeNames.of("  名称\n换行\t制表 . ", 60)).isEqualTo("名称 换行 制表");
        assertThat(SafeNames.of("...隐藏", 60)).isEqualTo("隐藏");
        assertThat(SafeNames.of("CON", 60)).isEqualTo("CON_");
        assertThat(SafeNames.of("nul.txt", 60)).isEqualTo("nul_.txt");
        assertThat(SafeNames.of("1.1 " + "很长".repeat(50), 20)).hasSize(20).startsWith("1.1 ");
        assertThat(SafeNames.of("ab\uD83D\uDE00", 3)).isEqualTo("ab");
        assertThat(SafeNames.of("///", 60)).isEqualTo("／／／");
        assertThat(SafeNames.of("", 60)).isEqualTo("_");
    }

    @Test
    void deterministicZipKeepsOrderAndContentAndFixesTimes() throws IOException {
        byte[] a = zip(List.of("b.xml", "a.xml", "中文/名称.txt"), 1000);
        byte[] b = zip(List.of("b.xml", "a.xml", "中文/名称.txt"), 2_000_000);
        assertThat(a).isNotEqualTo(b);
        byte[] na = DeterministicZip.normalize(a, AS_OF);
        byte[] nb = DeterministicZip.normalize(b, AS_OF);
        assertThat(na).isEqualTo(nb);
        assertThat(DeterministicZip.normalize(na, AS_OF)).isEqualTo(na);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(na))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
                assertThat(e.getTimeLocal()).isEqualTo(AS_OF.atStartOfDay());
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("内容 " + e.getName());
            }
        }
        assertThat(names).containsExactly("b.xml", "a.xml", "中文/名称.txt");
    }

    @Test
    void settingsTemplateReadsWithoutFindingsAndExplainsEveryKey() throws IOException {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo);
        String text = SettingsTemplate.text(2021, "任务分解表", "indicators.xlsx", "units.xlsx");
        Files.writeString(repo.resolve("dossier.yaml"), text);
        SettingsReader.Result r = SettingsReader.read(repo, LocalDate.of(2030, 1, 1));
        assertThat(r.findings()).isEmpty();
        assertThat(r.settings().year()).isEqualTo(2021);
        assertThat(r.settings().sheet()).isEqualTo("任务分解表");
        assertThat(r.settings().milestones()).isEqualTo(SettingsReader.defaultMilestones(2021));
        assertThat(r.settings().name()).isEmpty();
        for (String key : List.of("name", "region", "year", "period", "indicators", "units", "sheet", "evidence", "out",
                "milestones", "due_soon_days", "files", "thresholds", "registers", "scoring", "waivers", "severity",
                "next_steps")) {
            assertThat(text).as(key).containsPattern("(?m)^#? ?" + key + ":");
        }
        // every commented example is itself valid: uncommented, the file still reads
        Files.writeString(repo.resolve("dossier.yaml"), uncomment(text));
        SettingsReader.Result all = SettingsReader.read(repo, AS_OF);
        assertThat(all.findings()).isEmpty();
        assertThat(all.settings().waivers()).hasSize(1);
        assertThat(all.settings().severity()).containsEntry("DUE002", "info");
        List<Milestone> milestones = all.settings().milestones();
        assertThat(milestones).hasSize(5);
    }

    @Test
    void evidenceOutsideTheRepositoryIsRefused() throws IOException {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo);
        Files.writeString(repo.resolve("dossier.yaml"), "evidence: ../elsewhere\n");
        assertThatThrownBy(() -> Initializer.init(new Initializer.Request(repo, null, null, AS_OF)))
                .isInstanceOf(InputException.class).extracting(e -> ((InputException) e).key())
                .isEqualTo("settings.pathOutside");
        assertThat(tmp.resolve("elsewhere")).doesNotExist();
        try (var files = Files.list(repo)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("dossier.yaml");
        }
    }

    @Test
    void aCampaignLoadsFromTheBuiltInSheetWithTheSameIndicatorsAsTheCatalogue() {
        Path repo = tmp.resolve("repo");
        Initializer.init(new Initializer.Request(repo, null, null, AS_OF));
        Campaign campaign = CampaignLoader.load(repo, AS_OF, null);
        List<dossier.model.Indicator> builtin = dossier.read.BuiltinCatalogue.indicators(List.of());
        assertThat(campaign.indicators()).extracting(dossier.model.Indicator::id)
                .containsExactlyElementsOf(builtin.stream().map(dossier.model.Indicator::id).toList());
        assertThat(campaign.indicators()).extracting(dossier.model.Indicator::name)
                .containsExactlyElementsOf(builtin.stream().map(dossier.model.Indicator::name).toList());
        assertThat(campaign.indicators()).extracting(dossier.model.Indicator::area)
                .containsExactlyElementsOf(builtin.stream().map(dossier.model.Indicator::area).toList());
        assertThat(campaign.indicators()).allSatisfy(i -> assertThat(i.due().date()).isEqualTo(LocalDate.of(2021, 8, 10)));
    }

    /** Uncomments the example blocks: "# key:" lines and the indented lines under them. */
    private static String uncomment(String text) {
        StringBuilder out = new StringBuilder();
        boolean inExample = false;
        for (String line : text.split("\n")) {
            if (line.matches("# [a-z_]+:.*")) {
                inExample = true;
                out.append(line.substring(2)).append('\n');
            } else if (inExample && line.matches("#   .*")) {
                out.append(line.substring(2)).append('\n');
            } else {
                inExample = false;
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static byte[] zip(List<String> names, long time) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (String n : names) {
                ZipEntry e = new ZipEntry(n);
                e.setTime(time);
                e.setComment("c");
                out.putNextEntry(e);
                out.write(("内容 " + n).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
