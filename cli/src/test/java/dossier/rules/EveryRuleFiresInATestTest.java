package dossier.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule in the registry is made to fire by at least one test. Read from the test sources, since
 * a finding is asserted in many shapes ({@code tuple("FIL006", …)}, {@code only(r, "THR015")}, a
 * golden output): an id counts where
 * <ul>
 * <li>a golden output (cli/src/test/resources/golden, cases/{name}/expected.*) holds it: the
 *     test compares the whole output, so the rule fired there; or</li>
 * <li>a test source outside this package's registry tests quotes it ({@code "SHT005"}, or a line
 *     of rendered findings starting with it) on a line that does not assert its absence
 *     ({@code doesNotContain}, {@code noneMatch}, {@code isEmpty} …).</li>
 * </ul>
 * A new rule therefore needs a test that asserts its id on a finding, as the existing ones do.
 */
class EveryRuleFiresInATestTest {
    private static final Path TESTS = Path.of("src/test/java").toAbsolutePath();
    private static final Path RESOURCES = Path.of("src/test/resources").toAbsolutePath();
    /** Tests about the registry itself, which list ids without making them fire. */
    private static final Set<String> REGISTRY_TESTS = Set.of("RulesRegistryTest.java", "RuleArgumentsTest.java",
            "EveryRuleFiresInATestTest.java");
    private static final Pattern ABSENCE = Pattern.compile(
            "doesNotContain|noneMatch|doesNotHave|isNotEqualTo|isEmpty\\(\\)|\\bnever\\b|!\\s*\\w+\\.ruleId\\(\\)");

    @Test
    void everyRuleIdIsAssertedFiringSomewhere() {
        String tests = quotingLines(TESTS);
        String goldens = read(goldenFiles());
        List<String> unfired = Rules.ids().stream()
                .filter(id -> !tests.contains("\"" + id) && !goldens.contains(id))
                .toList();
        assertThat(unfired).as("rule ids no test makes fire").isEmpty();
    }

    @Test
    void theScanSeesTheTestsItReads() {
        assertThat(quotingLines(TESTS)).as("a firing assertion of the sheet tests").contains("\"SHT005\"");
        assertThat(read(goldenFiles())).as("the sample's golden text").contains("COV001");
        assertThat(ABSENCE.matcher("assertThat(ids).doesNotContain(\"SHT005\");").find()).isTrue();
    }

    /** The lines of the test sources that quote something and do not assert an absence. */
    private static String quotingLines(Path root) {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !REGISTRY_TESTS.contains(p.getFileName().toString())).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.contains("\"") && !ABSENCE.matcher(line).find()) out.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<Path> goldenFiles() {
        try (Stream<Path> golden = Files.list(RESOURCES.resolve("golden"));
             Stream<Path> cases = Files.walk(RESOURCES.resolve("cases"), 2)) {
            return Stream.concat(golden, cases.filter(p -> p.getFileName().toString().startsWith("expected.")))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(List<Path> files) {
        StringBuilder out = new StringBuilder();
        for (Path f : files) {
            try {
                out.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.toString();
    }
}
