package dossier.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One folder per case under src/test/resources/cases/NAME: {@code repo/} (the input repository),
 * {@code args} (one argument per line), and the golden {@code expected.out}, {@code expected.err}
 * and {@code expected.code}.
 */
class CasesTest {
    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        Path cases = Golden.resources().resolve("cases");
        List<Path> dirs;
        try (Stream<Path> s = Files.list(cases)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        return dirs.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> run(dir)));
    }

    private void run(Path dir) throws IOException {
        List<String> args = new ArrayList<>();
        args.add("validate");
        args.add(dir.resolve("repo").toString());
        args.addAll(Files.readAllLines(dir.resolve("args"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList());
        CliRunner.Run run = CliRunner.run(args.toArray(String[]::new));
        Golden.assertMatches(dir.resolve("expected.out"), run.out());
        Golden.assertMatches(dir.resolve("expected.err"), run.err());
        Golden.assertMatches(dir.resolve("expected.code"), run.code() + "\n");
    }
}
