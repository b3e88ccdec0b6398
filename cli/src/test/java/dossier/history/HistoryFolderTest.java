package dossier.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Reading the history folder: version-1 files stay readable; bad files are named and skipped, never fatal. */
class HistoryFolderTest {
    static final Path FIXTURE = Path.of("src/test/resources/history/v1-2021-07-20.json");
    static final Snapshot.Source YUANHUI = new Snapshot.Source("yuanhui", "源汇区法治政府建设示范创建", 2021);

    @TempDir
    Path folder;

    @Test
    void aVersionOneSnapshotStaysReadable() throws IOException {
        Files.copy(FIXTURE, folder.resolve("2021-07-20.json"));
        History.Folder read = History.read(folder, YUANHUI);
        assertThat(read.skipped()).isEmpty();
        Snapshot s = read.snapshots().get(0);
        assertThat(s.asOf()).isEqualTo(LocalDate.of(2021, 7, 20));
        assertThat(s.overall().rate()).isEqualTo(50.0);
        assertThat(s.units()).extracting(Snapshot.UnitCounts::unit, Snapshot.UnitCounts::overdue, Snapshot.UnitCounts::complete)
                .containsExactly(tuple("区司法局", 0, true), tuple("问十乡", 1, false));
        assertThat(s.findings()).extracting(Snapshot.FindingKey::rule).containsExactly("COV001", "DUE001");
        assertThat(SnapshotSaveTest.schema().validate(Files.readString(FIXTURE), com.networknt.schema.InputFormat.JSON)).isEmpty();
    }

    @Test
    void damagedFutureForeignAndDuplicateSnapshotsAreNamedAndSkipped() throws IOException {
        String v1 = Files.readString(FIXTURE);
        Files.writeString(folder.resolve("2021-07-20.json"), v1);
        Files.writeString(folder.resolve("2021-07-20 副本.json"), v1);
        Files.writeString(folder.resolve("2021-08-05.json"), v1.substring(0, 200));
        Files.writeString(folder.resolve("2021-08-20.json"), v1.replace("dossier.snapshot/1", "dossier.snapshot/2"));
        Files.writeString(folder.resolve("2021-09-01.json"), v1.replace("源汇区", "郾城区"));
        Files.writeString(folder.resolve("2021-09-05.json"), v1.replace("\"asOf\": \"2021-07-20\",", ""));
        Files.writeString(folder.resolve("results.json"), "{\"schema\": \"dossier.validate/1\"}");
        Files.writeString(folder.resolve("readme.txt"), "not json: not looked at");

        History.Folder read = History.read(folder, YUANHUI);

        assertThat(read.snapshots()).extracting(Snapshot::asOf).containsExactly(LocalDate.of(2021, 7, 20));
        assertThat(read.skipped()).extracting(k -> k.file().getFileName().toString(), History.Skipped::key)
                .containsExactlyInAnyOrder(
                        tuple("2021-07-20 副本.json", "history.sameDate"),
                        tuple("2021-08-05.json", "history.damaged"),
                        tuple("2021-08-20.json", "history.newerVersion"),
                        tuple("2021-09-01.json", "history.otherCampaign"),
                        tuple("2021-09-05.json", "history.damaged"),
                        tuple("results.json", "history.notSnapshot"));
    }

    @Test
    void aFolderThatDoesNotExistYetHasNoSnapshots() {
        History.Folder read = History.read(folder.resolve("none"), YUANHUI);
        assertThat(read.snapshots()).isEmpty();
        assertThat(read.skipped()).isEmpty();
    }
}
