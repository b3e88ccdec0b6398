package dossier.app;

import dossier.app.Initializer.Kind;
import dossier.app.TopFilesPlan.TopFile;
import dossier.core.CampaignLoader;
import dossier.model.Campaign;
import dossier.testing.SampleRepo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What init will do is computed before anything is written, and can be read without writing. */
class InitPlanTest {
    private static final LocalDate AS_OF = LocalDate.of(2021, 8, 5);
    private static final Path FIXTURE = Path.of("src/test/resources/cases/csv-basic/repo").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void aRepositoryPlanNamesWhatIsMadeKeptStaleAndBlockedAndWritesNothing() throws IOException {
        Path repo = tmp.resolve("repo");
        SampleRepo.copy(FIXTURE, repo);
        Files.createDirectories(repo.resolve("evidence/司法局/4.4 培训"));
        Files.createDirectories(repo.resolve("evidence/区财政局/9.9 旧指标"));
        Files.writeString(repo.resolve("evidence/老街街道"), "a file where the unit's folder goes");
        List<String> before = tree(repo);

        TopFilesPlan top = TopFilesPlanner.plan(new Initializer.Request(repo, null, null, AS_OF));
        Campaign campaign = CampaignLoader.load(repo, AS_OF, top.sheetOption());
        EvidencePlan plan = EvidencePlanner.plan(repo.toAbsolutePath().normalize(), campaign, Selection.ALL);

        assertThat(top.files()).extracting(TopFile::path, TopFile::kind, TopFile::toCreate).containsExactly(
                tuple("dossier.yaml", Kind.SETTINGS, false), tuple("indicators.csv", Kind.SHEET, false),
                tuple("units.csv", Kind.UNITS, false), tuple(".gitignore", Kind.GITIGNORE, true));
        assertThat(plan.evidence()).isEqualTo("evidence");
        // 区司法局's folder is found by its alias, its 4.4 by the leading id; 老街街道's place is taken by a file
        assertThat(plan.kept()).containsExactly("evidence/", "evidence/司法局/", "evidence/司法局/4.4 培训/",
                "evidence/区财政局/");
        assertThat(plan.folders()).containsExactly(
                "evidence/区政府办/",
                "evidence/区政府办/1.1 深化行政审批制度改革/",
                "evidence/区政府办/1.2 落实权责清单制度/",
                "evidence/司法局/1.1 深化行政审批制度改革/",
                "evidence/司法局/1.2 落实权责清单制度/",
                "evidence/司法局/2.2 加强行政规范性文件合法性审查/",
                "evidence/区财政局/1.1 深化行政审批制度改革/",
                "evidence/区财政局/1.2 落实权责清单制度/",
                "evidence/区财政局/2.2 加强行政规范性文件合法性审查/",
                "evidence/区教育局/",
                "evidence/区教育局/2.2 加强行政规范性文件合法性审查/");
        assertThat(plan.notes()).hasSize(10).contains("evidence/司法局/4.4 培训/材料要求.txt")
                .allSatisfy(n -> assertThat(n).endsWith("/材料要求.txt"));
        // a folder is made before what goes in it
        assertThat(plan.steps().subList(1, 4)).extracting(step -> step.getClass().getSimpleName(), EvidencePlan.Step::path)
                .containsExactly(tuple("MakeFolder", "evidence/区政府办/"),
                        tuple("MakeFolder", "evidence/区政府办/1.1 深化行政审批制度改革/"),
                        tuple("WriteNote", "evidence/区政府办/1.1 深化行政审批制度改革/材料要求.txt"));
        assertThat(plan.stale()).containsExactly("evidence/区财政局/9.9 旧指标/");
        assertThat(plan.blocked()).containsExactly("evidence/老街街道");
        assertThat(plan.outdated()).isEmpty();
        assertThat(tree(repo)).isEqualTo(before);
    }

    @Test
    void aFreshFolderPlansTheFourTopFilesAndIsNotEvenCreated() {
        Path repo = tmp.resolve("new");

        TopFilesPlan top = TopFilesPlanner.plan(new Initializer.Request(repo, null, null, AS_OF));

        assertThat(top.files()).extracting(TopFile::path, TopFile::source, TopFile::toCreate).containsExactly(
                tuple("dossier.yaml", null, true), tuple("indicators.xlsx", null, true),
                tuple("units.xlsx", null, true), tuple(".gitignore", null, true));
        assertThat(new String(top.file(Kind.SETTINGS).content(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("indicators.xlsx", "units.xlsx");
        assertThat(top.sheetOption()).isNull();
        assertThat(repo).doesNotExist();
    }

    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.map(p -> root.relativize(p) + (Files.isDirectory(p) ? "/" : " " + p.toFile().length())).sorted().toList();
        }
    }
}
