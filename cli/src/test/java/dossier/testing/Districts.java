package dossier.testing;

import dossier.cli.CliRunner;
import dossier.cli.Golden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Three districts as a city receives them: the sample repository (源汇区), the csv test repository
 * renamed 召陵区, and a 郾城区 whose task sheet numbers its indicators 1, 2, 3, 4 (re-keyed in its
 * dossier.yaml) with one indicator of its own. Each validated to its json result.
 */
public final class Districts {
    private Districts() {
    }

    /** Validates the three districts into results/ under dir and returns the json files. */
    public static List<Path> results(Path dir) throws IOException {
        Path yuanhui = dir.resolve("repos/yuanhui");
        SampleRepo.copyTo(yuanhui);
        Path zhaoling = copyCase(dir.resolve("repos/zhaoling"));
        Files.writeString(zhaoling.resolve("dossier.yaml"), "name: 召陵区法治政府建设示范创建\nregion: 漯河市召陵区\nyear: 2021\n",
                StandardCharsets.UTF_8);
        Path yancheng = copyCase(dir.resolve("repos/yancheng"));
        Files.writeString(yancheng.resolve("dossier.yaml"), """
                name: 郾城区法治政府建设示范创建
                region: 漯河市郾城区
                year: 2021
                thresholds:
                  review_rate: {task: "2"}
                  case_file_review: {task: "3"}
                """, StandardCharsets.UTF_8);
        Files.writeString(yancheng.resolve("indicators.csv"), """
                序号,一级指标,二级指标,评估内容,牵头单位,责任单位,完成时限
                1,依法全面履行政府职能,深化行政审批制度改革,公布审批事项清单,区政府办,区司法局,2021年8月10日
                2,完善依法行政制度体系,规范性文件审查,审核率100%,区司法局,区财政局,7月中旬
                3,行政执法严格规范公正文明,落实执法责任,每年至少1次案卷评查,区司法局,区财政局,长期坚持
                4,特色工作,法治文化阵地建设,建成法治广场,区司法局,,8月10日前
                """, StandardCharsets.UTF_8);
        Path note = yancheng.resolve("evidence/区政府办/1 深化行政审批制度改革/审批事项清单.txt");
        Files.createDirectories(note.getParent());
        Files.writeString(note, "公布审批事项清单 128 项。", StandardCharsets.UTF_8);
        Path results = Files.createDirectories(dir.resolve("results"));
        List<Path> out = List.of(results.resolve("yuanhui/dossier.json"), results.resolve("zhaoling/dossier.json"),
                results.resolve("yancheng/dossier.json"));
        List<Path> repos = List.of(yuanhui, zhaoling, yancheng);
        for (int i = 0; i < repos.size(); i++) {
            CliRunner.Run run = CliRunner.run("validate", repos.get(i).toString(), "--as-of", "2021-08-05", "--fail-on", "never",
                    "-q", "--format", "json=" + out.get(i));
            if (run.code() != 0) throw new IllegalStateException(run.err());
        }
        return out;
    }

    private static Path copyCase(Path to) throws IOException {
        Path from = Golden.resources().resolve("cases/csv-basic/repo");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path rel = from.relativize(p);
                if (rel.startsWith("out")) continue;
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return to;
    }
}
