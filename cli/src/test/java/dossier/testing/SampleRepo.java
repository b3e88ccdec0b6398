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

    /**
     * The sample with one waiver in its dossier.yaml: 问十乡's overdue 1.5 (DUE001), approved until the
     * year's end, so exactly one overdue finding of the sample is waived.
     */
    public static void copyWithOverdueWaived(Path to) throws IOException {
        copyTo(to);
        Files.writeString(to.resolve("dossier.yaml"), Files.readString(to.resolve("dossier.yaml"))
                + "\nwaivers:\n  - {rule: DUE001, unit: 问十乡, indicator: \"1.5\", reason: 乡里无公共法律服务站，9月补报, "
                + "approved_by: 区依法治区办, until: 2021-12-31}\n");
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
