package dossier.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dossier.core.Baseline;
import dossier.read.DocumentDates;
import dossier.read.MetricsReader;
import dossier.read.RegisterReader;
import dossier.read.SettingsReader;
import dossier.read.TaskSheetReader;
import dossier.read.UnitDirectory;
import dossier.read.UnitsReader;
import dossier.shared.InputException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reader on arbitrary bytes keeps its contract: an input outside evidence/ is read or is
 * unusable (InputException: exit 2, named); a file inside evidence/ gives figures or findings and
 * never throws. Anything else — another exception, a hang, running out of memory — is a defect.
 *
 * <p>{@code make test} runs each target over its regression inputs (src/test/resources/dossier/fuzz/
 * ReadersFuzzTestInputs/&lt;target&gt;/: seeds and every input a fuzzing run found); {@code make fuzz}
 * fuzzes each target in turn (JAZZER_FUZZ=1), seeded from the test fixtures.
 */
class ReadersFuzzTest {
    /** Per reader, in make fuzz (issue 13 asks ten minutes each); make test only replays the inputs. */
    static final String BUDGET = "10m";
    private static final LocalDate AS_OF = LocalDate.of(2021, 8, 5);
    private static final Path DIR = scratch();

    private static Path scratch() {
        try {
            Path dir = Files.createTempDirectory("dossier-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path file(String name, byte[] bytes) throws IOException {
        Path p = DIR.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    /** Outside evidence/: read, or refused as unusable with a message key. */
    private static void readOrUnusable(Runnable read) {
        try {
            read.run();
        } catch (InputException unusable) {
            assertThat(unusable.key()).isNotBlank();
        }
    }

    @FuzzTest(maxDuration = BUDGET)
    void taskSheetXlsx(byte[] data) throws IOException {
        taskSheet("indicators.xlsx", data);
    }

    @FuzzTest(maxDuration = BUDGET)
    void taskSheetXls(byte[] data) throws IOException {
        taskSheet("indicators.xls", data);
    }

    @FuzzTest(maxDuration = BUDGET)
    void taskSheetCsv(byte[] data) throws IOException {
        taskSheet("indicators.csv", data);
    }

    private static void taskSheet(String name, byte[] data) throws IOException {
        Path sheet = file(name, data);
        readOrUnusable(() -> TaskSheetReader.read(sheet, name, null, new UnitDirectory(List.of(), ""), 2021));
    }

    @FuzzTest(maxDuration = BUDGET)
    void unitsTable(byte[] data) throws IOException {
        String name = data.length > 0 && data[0] == 'P' ? "units.xlsx" : "units.csv";
        Path units = file(name, data);
        readOrUnusable(() -> UnitsReader.read(units, name));
    }

    @FuzzTest(maxDuration = BUDGET)
    void register(byte[] data) throws IOException {
        Path repo = DIR.resolve("repo");
        String name = data.length > 0 && data[0] == 'P' ? "执法人员名册.xlsx" : "培训台账.csv";
        try (var old = Files.list(Files.createDirectories(repo.resolve("evidence/区司法局/registers")))) {
            for (Path p : old.toList()) Files.delete(p);
        }
        file("repo/evidence/区司法局/registers/" + name, data);
        var settings = SettingsReader.read(DIR.resolve("empty"), AS_OF).settings();
        RegisterReader.read(repo, "区司法局", repo.resolve("evidence/区司法局/registers"), settings);
    }

    @FuzzTest(maxDuration = BUDGET)
    void metricsYaml(byte[] data) throws IOException {
        Path metrics = file("metrics.yaml", data);
        MetricsReader.read(metrics, "evidence/区司法局/metrics.yaml", "区司法局", 2021);
    }

    @FuzzTest(maxDuration = BUDGET)
    void settingsYaml(byte[] data) throws IOException {
        file("settings/dossier.yaml", data);
        readOrUnusable(() -> SettingsReader.read(DIR.resolve("settings"), AS_OF));
    }

    @FuzzTest(maxDuration = BUDGET)
    void baselineJson(byte[] data) throws IOException {
        Path baseline = file("baseline.json", data);
        readOrUnusable(() -> Baseline.read(baseline));
    }

    /** A docx whose docProps/core.xml is the input: the date scan returns a date or nothing. */
    @FuzzTest(maxDuration = BUDGET)
    void coreXmlDate(byte[] data) throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("docProps/core.xml"));
            out.write(data);
            out.closeEntry();
        }
        DocumentDates.of(file("doc.docx", zip.toByteArray()), "docx");
    }

    @FuzzTest(maxDuration = BUDGET)
    void pdfDate(byte[] data) throws IOException {
        DocumentDates.of(file("doc.pdf", data), "pdf");
    }
}
