package dossier.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generated repository the size of a city district's campaign: UNITS units × INDICATORS
 * indicators, every unit responsible for every indicator, the states spread by a fixed pattern
 * (covered, missing, explained, on-site, not applicable) so every state shows. Deterministic.
 */
public final class LargeRepo {
    private LargeRepo() {
    }

    public static void write(Path root, int units, int indicators) throws IOException {
        StringBuilder sheet = new StringBuilder("编号,一级指标,二级指标,牵头单位,责任单位,完成时限\n");
        StringBuilder table = new StringBuilder("单位名称,类别,联络员,手机\n");
        for (int u = 1; u <= units; u++) {
            table.append("单位").append(u).append(",区直部门,联络员").append(u).append(",1380000")
                    .append(String.format("%04d", u)).append('\n');
        }
        for (int t = 0; t < indicators; t++) {
            String due = t % 4 == 0 ? "7月20日前" : t % 4 == 1 ? "8月10日前" : "11月30日前";
            sheet.append(id(t)).append(",领域").append(t / 7 + 1).append(",指标").append(id(t)).append(",单位1,各单位,")
                    .append(due).append('\n');
        }
        Files.createDirectories(root);
        Files.writeString(root.resolve("indicators.csv"), sheet, StandardCharsets.UTF_8);
        Files.writeString(root.resolve("units.csv"), table, StandardCharsets.UTF_8);
        Files.writeString(root.resolve("dossier.yaml"), "name: 大型测试区法治政府建设示范创建\nyear: 2021\nperiod: 2021\n",
                StandardCharsets.UTF_8);
        for (int u = 1; u <= units; u++) {
            for (int t = 0; t < indicators; t++) {
                Path dir = root.resolve("evidence/单位" + u + "/" + id(t) + " 指标材料");
                switch (state(u, t)) {
                    case "missing" -> { } // no folder at all
                    case "explained" -> note(dir, "情况说明.txt", "正在推进。");
                    case "deferred" -> note(dir, "实地核查.txt", "现场查看。");
                    case "not_applicable" -> note(dir, "不涉及.txt", "本单位无此职能。");
                    default -> pdf(dir.resolve("工作方案.pdf"), u + "-" + id(t));
                }
            }
        }
    }

    /** The state the pattern gives unit u (from 1) for indicator t (from 0). */
    public static String state(int u, int t) {
        return switch ((u * 7 + t * 3) % 10) {
            case 0, 1, 2 -> "missing";
            case 3 -> "explained";
            case 4 -> "deferred";
            case 5 -> "not_applicable";
            default -> "covered";
        };
    }

    public static String id(int t) {
        return (t / 7 + 1) + "." + (t % 7 + 1);
    }

    private static void note(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** A small pdf of its own content: identical files would each be a duplicate finding. */
    private static void pdf(Path file, String mark) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, ("%PDF-1.4\n% " + mark + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n").getBytes(StandardCharsets.UTF_8));
    }
}
