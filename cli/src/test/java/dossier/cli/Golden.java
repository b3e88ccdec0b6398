package dossier.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares output with a golden file. Run with -Ddossier.updateGolden=true to rewrite the golden
 * files after an intended change, then review the diff like any other change.
 */
public final class Golden {
    private Golden() {
    }

    public static void assertMatches(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("dossier.updateGolden") || !Files.exists(golden)) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            if (!Boolean.getBoolean("dossier.updateGolden")) {
                throw new AssertionError("golden file was missing and has been written: " + golden + " — review it and run again");
            }
            return;
        }
        assertThat(actual).as("output against %s", golden).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /** The source folder of test resources, so updates land in the tree and not in target/. */
    public static Path resources() {
        return Path.of("src/test/resources").toAbsolutePath();
    }
}
