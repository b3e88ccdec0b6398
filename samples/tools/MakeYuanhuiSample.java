/*
 * MakeYuanhuiSample — writes the two workbooks of the sample evidence repository
 * samples/yuanhui/ (源汇区法治政府建设示范创建):
 *
 *   indicators.xlsx  附件1 任务分解表 (8 一级指标, 28 二级指标, ids 1.1 … 8.2)
 *   units.xlsx       附件3 创建工作联络员信息表 (12 units)
 *
 * The sheets are laid out the way a district office really makes them in Excel/WPS:
 * title and note rows above the header, an instructions sheet in front of the table,
 * 一级指标 merged down over its area, one indicator (4.4) spanning two rows, a full-width
 * id ("４．４"), group words (各乡镇（街道）, 区直各部门), due dates written every which way
 * including two real Excel date cells, footnote rows under the table, a phone typed as a
 * number, and two deliberate liaison problems (问十乡 has no liaison; 干河陈街道's mobile
 * has 10 digits). Content is condensed from section 四 of the seed plan
 * (shared/seed/000_31ab376823ec5560.txt).
 *
 * How to run (Java 17 single-file program; the classpath only needs Apache POI 5.x ooxml):
 *
 *   java -cp "$(cat /tmp/dossier-cp.txt)" samples/tools/MakeYuanhuiSample.java samples/yuanhui
 *
 * from the repository root, where /tmp/dossier-cp.txt holds the cli module's classpath, e.g.
 *
 *   mvn -q -pl cli dependency:build-classpath -Dmdep.outputFile=/tmp/dossier-cp.txt
 *
 * The argument is the target folder (default samples/yuanhui). Output is deterministic:
 * fixed document properties and fixed zip entry times, so re-running it gives the same
 * bytes and an unchanged git diff.
 */

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.RegionUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

public class MakeYuanhuiSample {

    /** Every zip entry and document date is pinned to this moment. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2021, 7, 5, 9, 0, 0);
    private static final Date FIXED_DATE =
        Date.from(FIXED_TIME.atZone(ZoneId.of("Asia/Shanghai")).toInstant());

    // ------------------------------------------------------------------ data

    /** A real Excel date cell, shown with the given number format. */
    record ExcelDate(LocalDate date, String format) {}

    /**
     * One 二级指标. {@code requirements}, {@code units} and {@code evidence} have one entry per
     * sheet row; an indicator with two entries spans two rows (id, name, lead, due and points
     * merged down over both). {@code due} is a String (typed text) or an {@link ExcelDate}.
     */
    record Task(String id, String indicator, String lead, List<String> requirements,
                List<String> units, List<String> evidence, Object due, int points) {
        Task(String id, String indicator, String lead, String requirement, String units,
             String evidence, Object due, int points) {
            this(id, indicator, lead, List.of(requirement), List.of(units), List.of(evidence),
                 due, points);
        }
        int rows() { return requirements.size(); }
    }

    record Area(String name, List<Task> tasks) {}

    static final String TOWNS = "各乡镇（街道）";
    static final String DEPARTMENTS = "区直各部门";

    static final List<Area> AREAS = List.of(
        new Area("一、依法全面履行政府职能", List.of(
            new Task("1.1", "深化行政审批制度改革", "区政府办",
                "向社会公布本级政府全部行政审批事项清单，取消非行政许可审批事项；对保留的行政审批中介服务事项实行清单管理；推进“证照分离”“多证合一”，政务服务重点领域实现“一网、一门、一次”。",
                "区市场监管局、区财政局、区司法局",
                "审批事项清单、中介服务清单及公布网页截图，改革文件，新闻链接", "2021年8月10日", 4),
            new Task("1.2", "落实权责清单制度", "区政府办",
                "编制并对外公布政府工作部门的权责清单、公共服务清单；严格执行负面清单制度；实施行政事业性收费和政府性基金清单制度。",
                DEPARTMENTS,
                "权责清单、公共服务清单、收费清单及公开截图", "8月10日前", 3),
            new Task("1.3", "优化政府职能", "区政府办",
                "做好机构改革后半篇文章，推进政府机构改革和政府职能转变，优化组织结构。",
                "区财政局、区人社局、区审计局",
                "机构改革相关文件、“三定”方案", "持续推进", 3),
            new Task("1.4", "优化法治化营商环境", "区市场监管局",
                "深化“双随机、一公开”监管，推进“智慧监管”，完善事中事后综合监管平台功能，扩大跨部门联合抽查覆盖面。",
                "市场监管局、区司法局、区财政局",
                "抽查计划及结果公示截图、联合抽查记录、平台截图", new ExcelDate(LocalDate.of(2021, 8, 10), "yyyy-mm-dd"), 4),
            new Task("1.5", "提高公共法律服务效能", "区司法局",
                "建设完善区公共法律服务中心、乡镇（街道）公共法律服务站、村（居）公共法律服务室，提供普惠均等、便捷高效的公共法律服务。",
                TOWNS,
                "服务中心（站、室）图片、工作制度、服务台账", "7月中旬", 4))),
        new Area("二、完善依法行政制度体系", List.of(
            new Task("2.1", "完善行政规范性文件制定", "区司法局",
                "严禁越权发文；重要行政规范性文件执行评估论证、公开征求意见、合法性审核、集体审议决定、向社会公开发布等程序。",
                DEPARTMENTS,
                "规范性文件制定程序材料（征求意见、审议纪要等）", "2021/8/5", 3),
            new Task("2.2", "加强行政规范性文件合法性审查", "区司法局",
                "建立行政规范性文件合法性审核机制，对制定主体、程序和内容开展合法性审核，合法性审核率达100%。",
                "区政府办，区财政局，区市场监管局",
                "合法性审核制度文件、规范性文件目录及审核意见书", "8月10日前", 4),
            new Task("2.3", "强化行政规范性文件备案和清理", "区司法局",
                "完善规范性文件备案审查制度，健全动态清理工作机制，对不符合上位法的文件及时修订或者废止。",
                "区政府办、区财政局",
                "备案登记表、清理结果公布文件", "长期坚持", 3))),
        new Area("三、推进重大行政决策科学化、民主化、合法化", List.of(
            new Task("3.1", "健全依法决策机制", "区政府办",
                "编制年度重大行政决策事项目录，实行动态管理并向社会公布；明确决策主体、事项范围、法定程序、法律责任。",
                "区司法局、区财政局",
                "年度重大行政决策事项目录及公布截图、决策程序规定", "8月10日前", 4),
            new Task("3.2", "完善行政决策程序", "区司法局",
                "遵守公众参与、专家论证、风险评估、合法性审查和集体讨论决定的法定程序；落实政府法律顾问制度和公职律师制度。",
                "区政府办、区财政局、区审计局",
                "决策过程材料、法律顾问聘用合同及意见书", "8月10日前", 3),
            new Task("3.3", "强化行政决策规范化建设", "区政府办",
                "落实重大行政决策全过程记录、材料归档和档案管理制度；跟踪决策执行情况和实施效果，开展决策后评估。",
                "区司法局",
                "决策档案目录、决策后评估报告", "7月下旬", 3))),
        new Area("四、行政执法严格规范公正文明", List.of(
            new Task("4.1", "加强行政执法规范化建设", "区司法局",
                "全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度，法制审核人员不少于本单位执法人员总数的5%。",
                "区市场监管局、区人社局、区财政局、区审计局",
                "“三项制度”实施文件、执法公示截图、法制审核人员名单",
                new ExcelDate(LocalDate.of(2021, 7, 31), "yyyy\"年\"m\"月\"d\"日\""), 4),
            new Task("4.2", "提高行政执法效能", "区司法局",
                "建立行政执法权限协调机制；健全行政执法和刑事司法衔接机制，落实信息共享、案情通报、案件移送制度。",
                "区市场监管局；区人社局",
                "协调机制文件、“两法衔接”案件移送台账", "7月下旬", 3),
            new Task("4.3", "落实行政执法责任制", "区司法局",
                "建立行政执法权责清单，规范执法流程；每年至少组织1次行政执法案卷评查，实行错案责任倒查问责。",
                "区市场监管局,区人社局",
                "案卷评查通知、评查记录及通报", "2021-08-10", 4),
            new Task("４．４", "健全行政执法人员管理制度", "区司法局",
                List.of("实行行政执法人员持证上岗和资格管理制度，未经执法资格考试合格，不得授予行政执法资格。",
                        "每年开展行政执法人员法律知识培训不少于40学时。"),
                List.of(DEPARTMENTS, "区人社局、区市场监管局"),
                List.of("执法人员名册（含执法证号）", "培训计划、培训台账、签到表及图片"),
                "长期坚持", 4),
            new Task("4.5", "扎实推进服务型行政执法建设", "区司法局",
                "推广运用说服教育、劝导示范、行政指导、行政调解、互联网+行政执法等非强制性执法手段。",
                "区市场监管局\n区人社局",
                "典型案例、工作总结、新闻链接", "持续推进", 3))),
        new Area("五、强化行政权力制约监督", List.of(
            new Task("5.1", "自觉接受党内监督、人大监督、司法监督、监察监督、民主监督", "区司法局",
                "人大审议意见办理满意度95%以上；涉及重大公共利益等案件被诉行政机关负责人出庭率达100%；“两个建议”整改率达100%。",
                "区政府办、区财政局、区审计局",
                "审议意见办理报告、出庭应诉统计表、建议整改回复", "8月10日前", 5),
            new Task("5.2", "加强行政监督和审计监督", "区财政局",
                "建立内部层级监督常态长效机制，对权力集中的部门和岗位实行分事行权、分岗设权、分级授权、定期轮岗；依法开展审计监督，实现审计全覆盖。",
                "区审计局、区政府办",
                "内部监督制度、轮岗记录、审计报告目录", "2021年8月10日", 4),
            new Task("5.3", "完善社会监督和舆论监督机制", "区政府办",
                "建立行政机关违法行政行为投诉举报制度，发挥源汇区长邮箱作用，畅通举报监督渠道。",
                "区司法局、区市场监管局",
                "投诉举报制度文件、区长邮箱办理台账", "7月中旬", 3),
            new Task("5.4", "深入推进政务公开", "区政府办",
                "全面推进决策、执行、管理、服务、结果“五公开”；依申请公开政府信息的答复率达100%。",
                "区司法局、区财政局、区人社局、区市场监管局",
                "政务公开目录截图、依申请公开登记及答复台账", "8月10日前", 4))),
        new Area("六、依法有效化解社会矛盾纠纷", List.of(
            new Task("6.1", "健全社会矛盾纠纷多元化解机制", "区司法局",
                "完善调解、仲裁、行政复议、行政裁决、诉讼有机衔接的多元纠纷解决机制；加强行业性、专业性人民调解组织建设。",
                TOWNS,
                "调解组织名册、调解案件台账、典型案例", "持续推进", 4),
            new Task("6.2", "加强行政复议工作", "区司法局",
                "推进行政复议职责整合，完善行政复议委员会制度，加强规范化、信息化、专业化建设，提高办案质量。",
                "区政府办",
                "行政复议委员会文件、复议案件统计", "8月10日前", 3),
            new Task("6.3", "加强和完善全民普法", "区司法局",
                "落实“八五”普法规划，全民法治宣传教育普及率≥80%；办好宪法宣传周活动；加强青少年法治宣传教育和法治文化建设。",
                TOWNS + "、区人社局、区市场监管局",
                "普法计划、活动图片、新闻链接、问卷统计", "2021/8/5", 3))),
        new Area("七、全面提升政府工作人员法治思维和依法行政能力", List.of(
            new Task("7.1", "树立重视法治素养和法治能力的用人导向", "区人社局",
                "建立健全区人大常委会任命人员任前法律知识考试办法，把法治思维和法治方式作为考察使用干部的重要标准。",
                "区司法局",
                "任前考法办法、考试记录", "8月10日前", 3),
            new Task("7.2", "加强政府工作人员的法治培训", "区政府办",
                "完善领导干部学法制度，区政府常务会议会前学法每季度不少于1次；公务员初任、任职培训中加大宪法法律知识内容。",
                "区人社局、区司法局",
                "会前学法记录、培训通知、签到表、图片", "长期坚持", 4),
            new Task("7.3", "加强法治队伍建设", "区司法局",
                "加强法治专门队伍建设，提高法治工作队伍思想政治素质、业务工作能力和职业道德水准。",
                "区人社局、区政府办",
                "队伍建设文件、培训材料", "7月下旬", 3))),
        new Area("八、落实法治政府建设组织领导", List.of(
            new Task("8.1", "加强党对法治政府建设的领导", "区政府办",
                "将法治政府建设纳入区“十四五”规划和年度工作计划；区委主要领导每年召开专题会议部署；区政府每年第一季度报告上年度法治政府建设情况并向社会公开。",
                "区司法局",
                "专题会议纪要、年度报告及公开网页链接", "8月10日前", 5),
            new Task("8.2", "落实法治建设责任制", "区政府办",
                "贯彻落实党政主要负责人履行推进法治建设第一责任人职责规定，抓好行政机关主要负责人职责落实。",
                TOWNS + "、区司法局",
                "实施办法、述法材料", "8月10日前", 3))));

    /** One row of the 联络员信息表; {@code mobile} is a String (text) or a Long (number cell). */
    record Unit(String name, String aliases, String category, String liaison, String title,
                String office, Object mobile, String email) {}

    static final List<Unit> UNITS = List.of(
        new Unit("区政府办", "政府办", "区直部门", "李文博", "秘书科科长", "0395-5607103", "13839528761", "yhqzfb@163.com"),
        new Unit("区司法局", "司法局", "区直部门", "赵晓琳", "法治督察科科长", "0395-5607259", "13603958812", "yhqsfj@163.com"),
        new Unit("区财政局", "财政局", "区直部门", "刘建国", "法规股股长", "0395-5612034", "13703951286", "yhczjfgg@163.com"),
        new Unit("区市场监管局", "区市场监督管理局、市场监管局", "区直部门", "王静", "法规科副科长", "0395-5613318", 15939567023L, "yhscjg@126.com"),
        new Unit("区人社局", "区人力资源和社会保障局", "区直部门", "陈思远", "政策法规股股长", "0395-5627745", "18639509312", "yhrsj@163.com"),
        new Unit("区审计局", "审计局", "区直部门", "孙丽娜", "办公室主任", "0395-5618826", "13513958847", ""),
        new Unit("老街街道", "", "街道", "周鹏", "党政办主任", "0395-5921163", "15893529076", "ljjdb@163.com"),
        new Unit("顺河街道", "", "街道", "郑雅文", "司法所所长", "0395-5935208", "13939546180", "shjdsfs@163.com"),
        new Unit("马路街街道", "", "街道", "马晓东", "综治办副主任", "0395-5942716", "17803952265", ""),
        new Unit("干河陈街道", "", "街道", "黄玉梅", "司法所干事", "0395-5958031", "1393951234", "ghcjd@163.com"),
        new Unit("空冢郭镇", "", "乡镇", "高志强", "党政办主任", "0395-5961547", "15138578826", "kzgzdzb@163.com"),
        new Unit("问十乡", "", "乡镇", "", "", "", "", ""));

    static final List<String> INSTRUCTIONS = List.of(
        "填表说明",
        "1.本表依据《漯河市源汇区法治政府建设示范创建工作实施方案》第四部分“重点任务”分解，共8个一级指标、28个二级指标，分值合计100分。",
        "2.牵头单位负责统筹本项指标；责任单位按职责提供印证资料。“各乡镇（街道）”指老街、顺河、马路街、干河陈街道和空冢郭镇、问十乡；“区直各部门”指区政府各工作部门。",
        "3.完成时限为印证资料报送区依法治区办的截止时间；标注“长期坚持”“持续推进”的，于8月10日前报送阶段性材料。",
        "4.印证资料包括文件、图片、视频、新闻链接、情况简介等；无法上传的请注明实地评估、核查时提供；没有相关材料的请提交情况说明。",
        "5.请勿修改任务分解表的序号和指标名称。联系人：吴雪雯，电话：0395-5607259。");

    // ------------------------------------------------------------------ main

    public static void main(String[] args) throws IOException {
        // POI logs through log4j-api; without a provider on the classpath it complains once.
        System.setProperty("log4j2.loggerContextFactory",
            "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        Path dir = Path.of(args.length > 0 ? args[0] : "samples/yuanhui");
        Files.createDirectories(dir);
        write(dir.resolve("indicators.xlsx"), indicatorsWorkbook());
        write(dir.resolve("units.xlsx"), unitsWorkbook());
        int tasks = AREAS.stream().mapToInt(a -> a.tasks().size()).sum();
        int points = AREAS.stream().flatMap(a -> a.tasks().stream()).mapToInt(Task::points).sum();
        System.out.printf("wrote %s: %d areas, %d tasks, %d points; %d units%n",
            dir, AREAS.size(), tasks, points, UNITS.size());
    }

    // ------------------------------------------------------------------ 任务分解表

    static final String[] TASK_HEADER =
        {"序号", "一级指标", "二级指标", "评估内容", "牵头单位", "责任单位", "佐证材料", "完成时限", "分值"};
    static final int[] TASK_WIDTHS = {7, 14, 18, 46, 12, 20, 24, 13, 6};

    static Workbook indicatorsWorkbook() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles st = new Styles(wb);

        // The instructions sheet comes first, as offices often do: the reader must look for
        // the sheet whose header row it recognises.
        Sheet notes = wb.createSheet("填表说明");
        notes.setColumnWidth(0, 100 * 256);
        for (int i = 0; i < INSTRUCTIONS.size(); i++) {
            Cell c = notes.createRow(i).createCell(0);
            c.setCellValue(INSTRUCTIONS.get(i));
            c.setCellStyle(i == 0 ? st.header : st.plainWrap);
        }

        Sheet sh = wb.createSheet("任务分解表");
        int last = TASK_HEADER.length - 1;
        for (int c = 0; c <= last; c++) sh.setColumnWidth(c, TASK_WIDTHS[c] * 256);

        Row title = sh.createRow(0);
        title.setHeightInPoints(32);
        cell(title, 0, "附件1  源汇区法治政府建设示范创建指标体系任务分解表", st.title);
        sh.addMergedRegion(new CellRangeAddress(0, 0, 0, last));

        Row note = sh.createRow(1);
        cell(note, 0, "（填报单位：区法治政府建设示范创建领导小组办公室　　2021年7月）", st.note);
        sh.addMergedRegion(new CellRangeAddress(1, 1, 0, last));

        Row header = sh.createRow(2);
        header.setHeightInPoints(24);
        for (int c = 0; c <= last; c++) cell(header, c, TASK_HEADER[c], st.header);

        int r = 3;
        for (Area area : AREAS) {
            int areaFirst = r;
            for (Task t : area.tasks()) {
                int taskFirst = r;
                for (int i = 0; i < t.rows(); i++, r++) {
                    Row row = sh.createRow(r);
                    // Cells under a merge are created (bordered) but left blank, as Excel does.
                    boolean first = i == 0;
                    cell(row, 0, first ? t.id() : null, st.center);
                    cell(row, 1, first && r == areaFirst ? area.name() : null, st.center);
                    cell(row, 2, first ? t.indicator() : null, st.center);
                    cell(row, 3, t.requirements().get(i), st.left);
                    cell(row, 4, first ? t.lead() : null, st.center);
                    cell(row, 5, t.units().get(i), st.center);
                    cell(row, 6, t.evidence().get(i), st.left);
                    Cell due = row.createCell(7);
                    if (first) setDue(due, t.due(), st);
                    else due.setCellStyle(st.center);
                    Cell pts = row.createCell(8);
                    if (first) pts.setCellValue(t.points());
                    pts.setCellStyle(st.center);
                }
                if (t.rows() > 1) {
                    for (int c : new int[] {0, 2, 4, 7, 8}) {
                        sh.addMergedRegion(new CellRangeAddress(taskFirst, r - 1, c, c));
                    }
                }
            }
            sh.addMergedRegion(new CellRangeAddress(areaFirst, r - 1, 1, 1));
        }

        String[] footnotes = {
            "注：1.牵头单位负责统筹协调本项指标的推进落实，汇总、审核各责任单位报送的印证资料，并对材料的真实性、完整性负责。",
            "2.各责任单位于8月10日前将印证资料报送区依法治区办。"};
        for (String text : footnotes) {
            Row row = sh.createRow(r);
            row.setHeightInPoints(20);
            cell(row, 0, text, st.footnote);
            sh.addMergedRegion(new CellRangeAddress(r, r, 0, last));
            r++;
        }

        sh.createFreezePane(0, 3);
        sh.setRepeatingRows(CellRangeAddress.valueOf("3:3"));
        PrintSetup ps = sh.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sh.setFitToPage(true);
        return wb;
    }

    static void setDue(Cell c, Object due, Styles st) {
        if (due instanceof ExcelDate d) {
            c.setCellValue(d.date());
            c.setCellStyle(st.date(d.format()));
        } else {
            c.setCellValue((String) due);
            c.setCellStyle(st.center);
        }
    }

    // ------------------------------------------------------------------ 联络员信息表

    static final String[] UNIT_HEADER =
        {"序号", "单位名称", "简称", "类别", "联络员", "职务", "办公电话", "手机", "邮箱"};
    static final int[] UNIT_WIDTHS = {6, 16, 22, 10, 10, 16, 15, 15, 22};

    static Workbook unitsWorkbook() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles st = new Styles(wb);
        Sheet sh = wb.createSheet("联络员信息表");
        int last = UNIT_HEADER.length - 1;
        for (int c = 0; c <= last; c++) sh.setColumnWidth(c, UNIT_WIDTHS[c] * 256);

        Row title = sh.createRow(0);
        title.setHeightInPoints(32);
        cell(title, 0, "附件3  创建工作联络员信息表", st.title);
        sh.addMergedRegion(new CellRangeAddress(0, 0, 0, last));

        Row header = sh.createRow(1);
        header.setHeightInPoints(22);
        for (int c = 0; c <= last; c++) cell(header, c, UNIT_HEADER[c], st.header);

        for (int i = 0; i < UNITS.size(); i++) {
            Unit u = UNITS.get(i);
            Row row = sh.createRow(i + 2);
            row.setHeightInPoints(20);
            Cell no = row.createCell(0);
            no.setCellValue(i + 1);
            no.setCellStyle(st.center);
            cell(row, 1, u.name(), st.center);
            cell(row, 2, u.aliases(), st.center);
            cell(row, 3, u.category(), st.center);
            cell(row, 4, u.liaison(), st.center);
            cell(row, 5, u.title(), st.center);
            cell(row, 6, u.office(), st.text);      // text cell: the leading 0 stays
            Cell mobile = row.createCell(7);
            if (u.mobile() instanceof Long n) {      // typed as a number, General format
                mobile.setCellValue(n.doubleValue());
                mobile.setCellStyle(st.center);
            } else {
                String s = (String) u.mobile();
                if (!s.isEmpty()) mobile.setCellValue(s);
                mobile.setCellStyle(st.text);
            }
            cell(row, 8, u.email(), st.center);
        }
        sh.createFreezePane(0, 2);
        PrintSetup ps = sh.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        return wb;
    }

    // ------------------------------------------------------------------ helpers

    /** Creates a styled cell; a null or empty value leaves it blank (borders still drawn). */
    static void cell(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null && !value.isEmpty()) c.setCellValue(value);
        c.setCellStyle(style);
    }

    /** The handful of styles an office sheet uses. */
    static final class Styles {
        final Workbook wb;
        final Font body;
        final CellStyle title, note, header, center, left, text, footnote, plainWrap;

        Styles(Workbook wb) {
            this.wb = wb;
            body = font("宋体", 11, false);
            Font titleFont = font("方正小标宋简体", 18, false);
            Font headFont = font("黑体", 11, true);

            title = style(titleFont, HorizontalAlignment.CENTER, false, false);
            note = style(body, HorizontalAlignment.RIGHT, false, false);
            header = style(headFont, HorizontalAlignment.CENTER, true, true);
            center = style(body, HorizontalAlignment.CENTER, true, true);
            left = style(body, HorizontalAlignment.LEFT, true, true);
            text = style(body, HorizontalAlignment.CENTER, true, true);
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            footnote = style(body, HorizontalAlignment.LEFT, false, false);
            plainWrap = style(body, HorizontalAlignment.LEFT, true, false);
        }

        CellStyle date(String format) {
            CellStyle s = style(body, HorizontalAlignment.CENTER, true, true);
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            return s;
        }

        private Font font(String name, int points, boolean bold) {
            Font f = wb.createFont();
            f.setFontName(name);
            f.setFontHeightInPoints((short) points);
            f.setBold(bold);
            return f;
        }

        private CellStyle style(Font font, HorizontalAlignment h, boolean wrap, boolean border) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setAlignment(h);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(wrap);
            if (border) {
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
            }
            return s;
        }
    }

    /**
     * Saves the workbook with pinned document dates and zip entry times, so that the same
     * program always writes the same bytes.
     */
    static void write(Path file, Workbook workbook) throws IOException {
        XSSFWorkbook wb = (XSSFWorkbook) workbook;
        var core = wb.getProperties().getCoreProperties();
        core.setCreator("区司法局");
        core.setCreated(Optional.of(FIXED_DATE));
        core.setModified(Optional.of(FIXED_DATE));
        core.getUnderlyingProperties().setLastModifiedByProperty("区司法局");

        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        wb.write(raw);
        wb.close();

        ByteArrayOutputStream fixed = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
             ZipOutputStream out = new ZipOutputStream(fixed)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(FIXED_TIME);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        try (OutputStream os = Files.newOutputStream(file)) {
            fixed.writeTo(os);
        }
    }
}
