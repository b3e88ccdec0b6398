package dossier.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape STYLE.md asks for, kept true: only cli/ knows picocli, model/ is plain records that
 * import nothing but the JDK and each other, and nothing outside cli/ exits the process.
 */
class LayersTest {
    private static final Path MAIN = Path.of("src/main/java/dossier").toAbsolutePath();

    @Test
    void onlyTheCliPackageImportsPicocli() throws IOException {
        assertThat(sourcesWith("import picocli")).allSatisfy(p -> assertThat(p).startsWith("cli/"));
    }

    @Test
    void theModelImportsOnlyTheJdk() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : sources()) {
            if (!MAIN.relativize(file).startsWith("model")) continue;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("import ") && !line.startsWith("import java.") && !line.startsWith("import dossier.model.")) {
                    offenders.add(MAIN.relativize(file) + ": " + line);
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void onlyMainExitsTheProcess() throws IOException {
        assertThat(sourcesWith("System.exit(")).containsExactly("cli/Main.java");
    }

    private static List<String> sourcesWith(String text) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path file : sources()) {
            if (Files.readString(file, StandardCharsets.UTF_8).contains(text)) out.add(MAIN.relativize(file).toString().replace('\\', '/'));
        }
        return out;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
