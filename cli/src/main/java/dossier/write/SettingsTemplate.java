package dossier.write;

import dossier.model.Milestone;
import dossier.read.SettingsReader;

/**
 * The dossier.yaml {@code init} writes: every key explained in a Chinese comment (the file belongs
 * to the campaign, whoever runs init and in whatever language), the campaign year and the default
 * milestones written out, the rest as commented examples. Every active line is a valid setting
 * and the file reads with no finding.
 */
public final class SettingsTemplate {
    private SettingsTemplate() {
    }

    /**
     * @param year   the campaign year (of --as-of)
     * @param sheet  the worksheet given with --sheet, or null
     * @param sheetFile the task sheet's file name in the repository, for the example line
     * @param unitsFile the units table's file name in the repository, for the example line
     */
    public static String text(int year, String sheet, String sheetFile, String unitsFile) {
        StringBuilder milestones = new StringBuilder();
        for (Milestone m : SettingsReader.defaultMilestones(year)) {
            milestones.append("  - {name: ").append(m.name()).append(", start: ").append(m.start())
                    .append(", due: ").append(m.due()).append("}\n");
        }
        String sheetLine = sheet == null || sheet.isBlank() ? "# sheet: 任务分解表" : "sheet: " + quoted(sheet);
        return TEMPLATE
                .replace("@YEAR@", String.valueOf(year))
                .replace("@MILESTONES@\n", milestones.toString())
                .replace("@SHEET@", sheetLine)
                .replace("@SHEETFILE@", sheetFile)
                .replace("@UNITSFILE@", unitsFile);
    }

    /** A YAML double-quoted scalar. */
    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static final String TEMPLATE = """
            # 法治政府建设示范创建 —— 印证资料库设置（dossier.yaml）
            # 由 dossier init 生成。每个键都可省略，省略时取默认值；以 # 开头的是说明或示例，不起作用，
            # 去掉行首的 # 即可启用。本文件最好以 UTF-8 保存（另存为 GBK 也能读）。修改后运行 dossier validate 检查。

            # 创建活动名称，写入自评报告、工作台账和申报材料的标题；留空时取本文件夹的名称。
            # 例如：name: 源汇区法治政府建设示范创建
            name:

            # 行政区域，写入自评报告封面和概述；也用来识别省略了区名的单位名称。
            # 例如：region: 漯河市源汇区
            region:

            # 创建年度。任务分解表里不写年份的日期（如“8月10日前”“7月中旬”）按此年份理解。
            year: @YEAR@

            # 考核期：各单位 metrics.yaml 里的数字和名册、台账只统计此期间内的记录。
            # 可写一个年份，或写起止日期，例如：period: {start: @YEAR@-01-01, end: @YEAR@-12-31}
            period: @YEAR@

            # 任务分解表（附件1）和联络员信息表（附件3）的位置，相对于本文件夹。
            # 省略时自动查找 indicators.xlsx（或 .xls .et .csv .yaml）和 units.xlsx（或 .xls .et .csv），
            # 以及文件名含“任务分解”“联络员”的表格。
            # indicators: @SHEETFILE@
            # units: @UNITSFILE@

            # 任务分解表所在的工作表名称；省略时按表头自动识别。
            @SHEET@

            # 印证资料目录（各单位的文件夹都在其中）和输出目录（台账、自评报告、材料包）。
            # evidence: evidence
            # out: out

            # 工作节点，取自实施方案“创建步骤”（与内置默认值相同，写出来便于按本地安排修改）。
            # 每项：name 节点名称，start 开始日期，due 截止日期。
            # 完成时限写“长期坚持”“持续推进”的任务，以“收集印证资料”节点的截止日期为完成时限。
            milestones:
            @MILESTONES@

            # 截止日期前多少天起提示“即将到期”，默认 7 天。
            # due_soon_days: 7

            # 文件检查：max_size 单个文件的大小上限（默认 200MB，按上传平台的限制修改）；
            # allowed 允许的扩展名，省略时为常见的文档、图片、视频类型。
            # files:
            #   max_size: 200MB
            #   allowed: [pdf, doc, docx, wps, ofd, xls, xlsx, jpg, png, mp4]

            # 指标阈值：内置阈值（合法性审核率 100%、执法人员培训不少于 40 学时等）挂在内置的指标编号上。
            # 本地编号不同时可改挂（task），也可改目标值（target）或停用（off）。示例：
            # thresholds:
            #   training_hours: {task: "4.4"}    # 执法人员年度培训学时，挂到本表的 4.4
            #   legal_education: {target: 85}   # 全民普法普及率目标改为 85%
            #   annual_report: off               # 不检查上年度法治政府建设报告
            # 全部规则和阈值的说明：dossier rules

            # 名册、台账（放在各单位的 registers 文件夹中）的文件名或表头与内置格式不同时，在此写明对应关系。示例：
            # registers:
            #   学习记录:                        # 文件名含“学习记录”的表格
            #     kind: law_study                # 是会前学法记录（roster 名册、training 培训台账、
            #                                    # normative_docs 规范性文件目录、case_reviews 案卷评查记录）
            #     columns: {日期: 学习时间, 主题: 学习篇目}

            # 自评得分的计算方法（按指标设置）。省略时：分值 × 已覆盖任务的比例 × 达标阈值的比例。
            # scoring:

            # 豁免：经领导小组办公室批准后，某条问题仍然显示，但标为已豁免；过期或没有用到的豁免本身也会报出。示例：
            # waivers:
            #   - rule: COV001
            #     unit: 区财政局
            #     indicator: "6.1"
            #     reason: 调解委员会换届，材料9月补报
            #     approved_by: 区依法治区办
            #     until: @YEAR@-09-30

            # 规则级别：按规则编号改为 error（错误）、warning（警告）、info（提示）或 off（不检查）。示例：
            # severity:
            #   DUE002: info
            #   LIA002: error

            # 下一步工作打算：写入自评报告“下一步工作打算”一节。示例：
            # next_steps: 对照指标体系查漏补缺，补齐短板弱项，确保印证资料真实、完整、规范。

            # 督导流程（validate --save、notices、bulletin）。均可省略。示例：
            # history: out/history                 # validate --save 保存快照的文件夹
            # notices:
            #   office: 区依法治区办                # 督办通知和工作进展通报的落款
            # bulletin:
            #   ranking: [coverage, overdue, shortfalls]   # 排名依据，可选 coverage、overdue、shortfalls、score、change、dueSoon
            #   score: {coverage: 60, timeliness: 25, thresholds: 15}   # 年度考核得分的权重
            """;
}
