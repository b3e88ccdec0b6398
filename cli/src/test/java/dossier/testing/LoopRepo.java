package dossier.testing;

import dossier.cli.CliRunner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample as an office lives it over a month: validate --save on 2021-07-20, 08-05 and 08-20,
 * with units filing evidence between the runs, so that coverage, ranking and completion change.
 * 老街街道 finishes before 08-05 and 顺河街道 before 08-20; 区人社局 files two tasks before 08-20.
 */
public final class LoopRepo {
    public static final List<String> DATES = List.of("2021-07-20", "2021-08-05", "2021-08-20");

    private LoopRepo() {
    }

    /** Copies the sample to {@code to}, runs the three saves, and returns each run's json result (read before its save's files change). */
    public static List<String> build(Path to) throws IOException {
        SampleRepo.copyTo(to);
        List<String> results = new ArrayList<>();
        for (String day : DATES) {
            if (day.equals("2021-08-05")) {
                file(to, "老街街道", "8.2 落实法治建设责任制", "述法报告.pdf");
                file(to, "顺河街道", "6.3 加强和完善全民普法", "普法活动.jpg");
            }
            if (day.equals("2021-08-20")) {
                file(to, "顺河街道", "8.2 落实法治建设责任制", "述法报告.pdf");
                file(to, "区人社局", "1.3 材料", "方案.pdf");
                file(to, "区人社局", "1.2 材料", "方案.pdf");
            }
            CliRunner.Run run = CliRunner.run("validate", to.toString(), "--as-of", day, "--save", "--fail-on", "never",
                    "--format", "json");
            if (run.code() != 0) throw new IllegalStateException(run.err());
            results.add(run.out());
        }
        return results;
    }

    private static void file(Path repo, String unit, String folder, String name) throws IOException {
        Path file = repo.resolve("evidence").resolve(unit).resolve(folder).resolve(name);
        // An ASCII marker: pdf bytes are Latin-1, where every Chinese name would read the same (duplicate content).
        EvidenceFiles.write(file, "loop-" + Integer.toHexString(file.toString().hashCode()));
    }
}
