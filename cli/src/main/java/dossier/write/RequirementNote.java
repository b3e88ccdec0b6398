package dossier.write;

import dossier.model.Due;
import dossier.model.Indicator;
import dossier.model.Role;
import dossier.model.Task;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 材料要求.txt {@code init} puts in each task folder: what the task sheet asks of this unit for
 * this indicator, and how the special files are named. Chinese whatever --lang (it belongs to the
 * repository, read by every unit), UTF-8 with a BOM and CRLF line ends so Notepad on any Windows
 * shows it right. The evidence walk ignores it (its name holds 材料要求, SPEC §2.3).
 */
public final class RequirementNote {
    public static final String FILE_NAME = "材料要求.txt";
    private static final int MAX_UNITS_LISTED = 20;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private RequirementNote() {
    }

    public static byte[] bytes(Indicator indicator, Task task) {
        byte[] body = text(indicator, task).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(body, 0, out, BOM.length, body.length);
        return out;
    }

    /** The note's text, with \n line ends. */
    public static String text(Indicator indicator, Task task) {
        List<String> l = new ArrayList<>();
        l.add("材料要求");
        l.add("（由 dossier init 根据任务分解表生成，仅供对照。文件名含“材料要求”的文件不计入印证资料，可以删除；"
                + "删除后再次运行 dossier init，会按当时的任务分解表重新生成。）");
        l.add("");
        l.add("指标：" + (indicator.id() + " " + indicator.name()).strip());
        if (!indicator.area().isBlank()) l.add("一级指标：" + indicator.area());
        l.add("本单位：" + task.unit() + (task.role() == Role.LEAD ? "（牵头单位）" : "（责任单位）"));
        if (indicator.lead() != null) l.add("牵头单位：" + indicator.lead());
        if (!indicator.units().isEmpty()) l.add("责任单位：" + units(indicator.units()));
        l.add("完成时限：" + due(indicator.due(), task.due()));
        if (indicator.points() != null) l.add("分值：" + points(indicator.points()));
        l.add("");
        l.add("评估内容：");
        List<String> requirements = indicator.requirements();
        if (requirements.isEmpty()) {
            l.add("（任务分解表未写明）");
        } else if (requirements.size() == 1) {
            l.add(requirements.get(0));
        } else {
            for (int i = 0; i < requirements.size(); i++) l.add((i + 1) + ". " + requirements.get(i));
        }
        l.add("");
        l.add("佐证材料：");
        l.add(indicator.evidenceAsked().isBlank()
                ? "（任务分解表未写明）可证明工作情况的文件、图片、视频、新闻链接、情况简介等。"
                : indicator.evidenceAsked());
        l.add("");
        l.add("材料的放法：");
        l.add("把能证明工作情况的文件、图片、视频放在本文件夹中，可以建子文件夹。");
        l.add("下面几种文件按文件名中的关键字识别，扩展名不限：");
        l.add("  情况说明  没有相关材料时，写明原因（算作“已说明”，仍是需要补齐的短板）");
        l.add("  实地核查  材料无法上传、在实地核查时提供时，写明提供什么、怎样提供");
        l.add("  不涉及    本项任务与本单位无关时，写明理由（空文件不算）");
        l.add("  链接      新闻链接（.txt），每行一个网址，网址后可空一格写标题");
        l.add("  简介      情况简介，概述本项工作的做法和成效；算作印证资料，并引用于自评报告");
        l.add("  亮点      工作亮点，引用于自评报告，但不算作印证资料");
        l.add("临时文件（~$开头）、空文件、损坏的文件和不允许的文件类型不算作印证资料。");
        return String.join("\n", l) + "\n";
    }

    private static String units(List<String> units) {
        if (units.size() <= MAX_UNITS_LISTED) return String.join("、", units);
        return String.join("、", units.subList(0, MAX_UNITS_LISTED)) + " 等 " + units.size() + " 个单位";
    }

    private static String due(Due due, LocalDate effective) {
        String raw = due.raw() == null ? "" : due.raw().strip();
        if (due.date() != null) {
            return raw.isEmpty() || raw.equals(due.date().toString()) ? due.date().toString()
                    : raw + "（" + due.date() + "）";
        }
        String when = effective == null ? "" : effective.toString();
        if (due.ongoing()) {
            String shown = raw.isEmpty() ? "长期坚持" : raw;
            return when.isEmpty() ? shown : shown + "（阶段性材料于 " + when + " 前报送）";
        }
        return when.isEmpty() ? "（任务分解表未写明）" : "任务分解表未写明，按“收集印证资料”节点：" + when;
    }

    private static String points(double points) {
        return points == Math.floor(points) ? String.valueOf((long) points) : String.valueOf(points);
    }
}
