package dossier.history;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dossier.cli.CliRunner;
import dossier.model.TaskState;
import dossier.testing.SampleRepo;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** validate --save on the sample: one file per date, kept to the schema, no officers' names, read back. */
class SnapshotSaveTest {
    @TempDir
    static Path dir;
    static Path repo;

    @BeforeAll
    static void saveTwo() throws IOException {
        repo = dir.resolve("yuanhui");
        SampleRepo.copyTo(repo);
        for (String day : List.of("2021-07-20", "2021-08-05", "2021-08-05")) {
            var run = CliRunner.run("validate", repo.toString(), "--as-of", day, "--save", "--fail-on", "never", "-q");
            assertThat(run.code()).as(run.err()).isZero();
        }
    }

    @Test
    void oneFilePerDateUnderOutHistory() throws IOException {
        try (var files = Files.list(repo.resolve("out/history"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("2021-07-20.json", "2021-08-05.json");
        }
    }

    @Test
    void savedSnapshotsKeepToTheSchemaInTheRepository() throws IOException {
        Schema schema = schema();
        for (String name : List.of("2021-07-20.json", "2021-08-05.json")) {
            String json = Files.readString(repo.resolve("out/history").resolve(name));
            assertThat(schema.validate(json, InputFormat.JSON)).as(name).isEmpty();
        }
        assertThat(schema.validate("{\"schema\": \"dossier.snapshot/1\", \"asOf\": \"July\"}", InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void noOfficerNameFromTheRegistersAppears() throws IOException {
        List<String> names = rosterNames(repo.resolve("evidence/区司法局/registers/执法人员名册.xlsx"));
        assertThat(names).isNotEmpty();
        String json = Files.readString(repo.resolve("out/history/2021-08-05.json"));
        assertThat(names).allSatisfy(n -> assertThat(json).doesNotContain(n));
    }

    @Test
    void theFolderReadsBackOldestFirstWithTheResultsCounts() throws IOException {
        var json = CliRunner.run("validate", repo.toString(), "--as-of", "2021-08-05", "--format", "json").out();
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        History.Folder folder = History.read(repo.resolve("out/history"), new Snapshot.Source("yuanhui", "源汇区法治政府建设示范创建", 2021));
        assertThat(folder.skipped()).isEmpty();
        assertThat(folder.snapshots()).extracting(Snapshot::asOf)
                .containsExactly(LocalDate.of(2021, 7, 20), LocalDate.of(2021, 8, 5));
        Snapshot last = folder.snapshots().get(1);
        assertThat(last.overall().covered()).isEqualTo(node.path("coverage").path("overall").path("covered").asInt());
        assertThat(last.overall().rate()).isEqualTo(node.path("coverage").path("overall").path("rate").asDouble());
        assertThat(last.tasks()).hasSize(node.path("tasks").size());
        assertThat(last.findings()).hasSize(node.path("findings").size());
        assertThat(last.units().get(0).unit()).isEqualTo(node.path("coverage").path("byUnit").get(0).path("unit").asText());
        long missing = last.tasks().stream().filter(t -> t.state() == TaskState.MISSING).count();
        assertThat(missing).isEqualTo(node.path("coverage").path("overall").path("states").path("missing").asInt());
    }

    @Test
    void saveRefusesAFilteredRun() {
        var run = CliRunner.run("validate", repo.toString(), "--as-of", "2021-08-05", "--save", "--unit", "区司法局");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--save");
    }

    @Test
    void historyOptionSavesElsewhere() throws IOException {
        Path elsewhere = dir.resolve("ci-history");
        var run = CliRunner.run("validate", repo.toString(), "--as-of", "2021-08-20", "--save", "--history",
                elsewhere.toString(), "--fail-on", "never", "--format", "json", "-o", dir.resolve("r.json").toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains(elsewhere.resolve("2021-08-20.json").toString());
        assertThat(elsewhere.resolve("2021-08-20.json")).isRegularFile();
    }

    static Schema schema() throws IOException {
        try (InputStream in = SnapshotSaveTest.class.getResourceAsStream("/dossier/snapshot.schema.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
        }
    }

    private static List<String> rosterNames(Path roster) throws IOException {
        List<String> names = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(roster.toFile(), null, true)) {
            DataFormatter f = new DataFormatter();
            int nameColumn = -1;
            for (Row row : wb.getSheetAt(0)) {
                for (var cell : row) {
                    String v = f.formatCellValue(cell).strip();
                    if (nameColumn < 0 && v.equals("姓名")) nameColumn = cell.getColumnIndex();
                    else if (cell.getColumnIndex() == nameColumn && !v.isEmpty()) names.add(v);
                }
            }
        }
        return names;
    }
}
