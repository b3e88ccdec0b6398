package dossier.read;

import dossier.model.Due;
import dossier.model.EntryKind;
import dossier.model.FileFacts;
import dossier.model.FolderFacts;
import dossier.model.Indicator;
import dossier.model.Inventory;
import dossier.model.Settings;
import dossier.model.TaskKey;
import dossier.model.Unit;
import dossier.shared.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The walk of a real evidence/ folder states facts, and reads the content only of files that may count. */
class EvidenceWalkerTest {
    private static final LocalDate AS_OF = LocalDate.of(2021, 8, 5);
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path repo;

    @Test
    void statesWhatItFoundWithoutJudgingIt() throws IOException {
        Path unit = repo.resolve("evidence/区司法局");
        Path task = unit.resolve("4.4 执法人员培训");
        write(task.resolve("培训通知.pdf"), PDF);
        write(task.resolve("通知副本.pdf"), PDF);
        write(task.resolve("工具.exe"), "MZ".getBytes(StandardCharsets.US_ASCII));
        write(task.resolve("签到表.pdf"), new byte[0]);
        write(task.resolve("假的.pdf"), "not a pdf".getBytes(StandardCharsets.US_ASCII));
        write(unit.resolve("总结.pdf"), PDF);
        write(unit.resolve("~$总结.docx"), new byte[1]);
        Files.createDirectories(unit.resolve("培训材料"));
        Files.createDirectories(unit.resolve("9.9 其他"));
        Files.createDirectories(unit.resolve("7.2 法治培训学习"));
        Files.createDirectories(repo.resolve("evidence/区司法"));
        Settings settings = SettingsReader.read(repo, AS_OF).settings();

        EvidenceWalker.Result walked = EvidenceWalker.walk(repo, settings, List.of(Unit.named("区司法局")),
                List.of(indicator("4.4"), indicator("7.2")), Progress.NONE);

        Inventory inventory = walked.inventory();
        Map<String, FileFacts> files = inventory.files().stream()
                .collect(Collectors.toMap(FileFacts::name, Function.identity()));
        assertThat(files.get("培训通知.pdf").counts()).isTrue();
        assertThat(files.get("工具.exe").extensionAllowed()).isFalse();
        assertThat(files.get("工具.exe").content()).as("a type not allowed is not read").isNull();
        assertThat(files.get("签到表.pdf").size()).isZero();
        assertThat(files.get("签到表.pdf").content()).as("an empty file is not read").isNull();
        assertThat(files.get("假的.pdf").content().matchesExtension()).isFalse();
        assertThat(files.get("总结.pdf").loose()).isTrue();
        assertThat(files.get("~$总结.docx").tempOrSystem()).isTrue();
        assertThat(files.get("~$总结.docx").kind()).isEqualTo(EntryKind.REGULAR);
        assertThat(inventory.sameContent()).singleElement().satisfies(group -> assertThat(group)
                .extracting(FileFacts::name).containsExactly("培训通知.pdf", "通知副本.pdf"));
        assertThat(inventory.folders()).extracting(FolderFacts::name, FolderFacts::kind).containsExactlyInAnyOrder(
                tuple("区司法", FolderFacts.Kind.NOT_A_UNIT),
                tuple("培训材料", FolderFacts.Kind.WITHOUT_ID),
                tuple("9.9 其他", FolderFacts.Kind.UNKNOWN_ID),
                tuple("4.4 执法人员培训", FolderFacts.Kind.INDICATOR),
                tuple("7.2 法治培训学习", FolderFacts.Kind.INDICATOR));
        assertThat(walked.findings()).as("only what could not be read is a finding here").isEmpty();
        assertThat(walked.folders().get(new TaskKey("4.4", "区司法局")).items()).hasSize(2);
    }

    private static Indicator indicator(String id) {
        return new Indicator(id, "一、测试", "执法人员培训", List.of(), "区司法局", List.of(), "", Due.NONE, null, 0);
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
