package dossier.hostile;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small repository generated for one hostile case, inside a "world" folder that also holds an
 * {@code outside/} folder, so a test can show that nothing was written anywhere but the output.
 */
final class HostileRepo {
    static final String UNIT = "区司法局";
    static final String TASK = "1.1 清单";

    final Path world;
    final Path repo;
    final Path outside;

    private HostileRepo(Path world) {
        this.world = world;
        this.repo = world.resolve("repo");
        this.outside = world.resolve("outside");
    }

    /** One indicator, one unit, one summary as evidence: validate finds nothing wrong with it. */
    static HostileRepo in(Path world) throws IOException {
        HostileRepo r = new HostileRepo(world);
        Files.createDirectories(r.outside);
        r.write("indicators.csv", "编号,二级指标,责任单位,完成时限\n1.1,清单,区司法局,2021-12-31\n");
        r.write("units.csv", "单位名称,类别,联络员,手机\n区司法局,区直部门,张三,13800000000\n");
        r.write("evidence/" + UNIT + "/" + TASK + "/情况简介.txt", "已公布清单。");
        return r;
    }

    Path write(String relative, String text) throws IOException {
        Path p = repo.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** A file of that many bytes without writing them (sparse): what counts is that it is too big. */
    Path huge(String relative, long bytes) throws IOException {
        Path p = repo.resolve(relative);
        Files.createDirectories(p.getParent());
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(bytes);
        }
        return p;
    }

    Path task() {
        return repo.resolve("evidence/" + UNIT + "/" + TASK);
    }

    /** YAML whose anchors double each other: 48 aliases, 2^24 values once expanded. */
    static String aliasBomb() {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < 25; i++) {
            b.append(i == 0 ? "" : ", ").append("k").append(i).append(": &a").append(i)
                    .append(i == 0 ? " [x, x]" : " [*a" + (i - 1) + ", *a" + (i - 1) + "]");
        }
        return b.append("}").toString();
    }

    /** A named pipe, or false where mkfifo is missing (the test is then skipped). */
    static boolean fifo(Path p) throws IOException, InterruptedException {
        Files.createDirectories(p.getParent());
        try {
            return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0 && Files.exists(p);
        } catch (IOException e) {
            return false;
        }
    }
}
