package dossier.hostile;

import dossier.cli.CliRunner;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs dossier in a JVM of its own, as a user's launcher does: a given heap, no test logging
 * settings, nothing but Main's own. For what in-process runs cannot show: running out of memory,
 * and what libraries print to the real stderr.
 */
final class Jvm {
    private Jvm() {
    }

    static CliRunner.Run run(Path scratch, String heap, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx" + heap, "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-Dsun.jnu.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "dossier.cli.Main"));
        command.addAll(List.of(args));
        File out = scratch.resolve("jvm.out").toFile();
        File err = scratch.resolve("jvm.err").toFile();
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out).redirectError(err);
        pb.environment().remove("DOSSIER_DEBUG");
        pb.environment().put("LC_ALL", "C.UTF-8");
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("dossier did not end within 180 s: " + String.join(" ", args));
        }
        return new CliRunner.Run(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }
}
