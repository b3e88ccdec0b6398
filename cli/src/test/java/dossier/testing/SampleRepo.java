package dossier.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The sample repository (samples/yuanhui), copied for a test so nothing writes into the real one. */
public final class SampleRepo {
    public static final Path SAMPLE = Path.of("../samples/yuanhui").toAbsolutePath().normalize();

    private SampleRepo() {
    }

    public static void copyTo(Path to) throws IOException {
        copy(SAMPLE, to);
    }

    /** Copies a repository (a fixture under the test resources, say) without its out/ folder's files. */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else if (!from.relativize(p).startsWith("out")) Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
