/*
 * MakeYuanhuiEvidence — writes the evidence/ tree of the sample repository samples/yuanhui/
 * (源汇区法治政府建设示范创建): the material each unit uploaded per indicator at step 三 of the
 * seed plan (文件、图片、新闻链接、情况简介; 实地评估/核查 notes; 情况说明 where nothing exists).
 *
 * The tree is laid out so that `dossier validate samples/yuanhui --as-of 2021-08-05` meets
 * every task state of SPEC §2.3 and the file checks of SPEC §5. Of the 117 tasks
 * (indicator, unit) of indicators.xlsx, by design:
 *
 *   covered         47  documents, images, nested folders, 新闻链接.txt, 情况简介.txt
 *   explained        5  a folder holding only a 情况说明.txt
 *   deferred         3  a folder holding only a 实地核查 / 实地评估 note
 *   not_applicable   3  a folder holding only a 不涉及 / 不适用 note with its reason
 *   missing         59  no folder at all, or a folder with nothing that counts: an EMPTY
 *                       不涉及.txt (问十乡 6.1), only 材料要求.txt (顺河街道 6.3), only
 *                       工作亮点.txt (空冢郭镇 8.2)
 *
 * and it carries deliberate problems for the file and folder checks:
 *
 *   区政府办/7.2 …/~$会议纪要.docx          Word owner (lock) file, 162 bytes
 *   区司法局/4.4 …/培训签到表.pdf            zero bytes
 *   区审计局/5.2 …/现场照片.jpg              a .docx renamed to .jpg
 *   区司法局/1.5 …/图片/Thumbs.db            Windows thumbnail cache (an OLE2 file)
 *   顺河街道/6.3 …/材料要求.txt              written by `dossier init`: ignored
 *   问十乡/6.1 …/不涉及.txt                  empty: counts as missing
 *   区财政局/1.4 …/不涉及说明.txt            a 不涉及 note beside real evidence (warning)
 *   区财政局/9.1 其他工作/                   an indicator id the sheet does not have
 *   区教育局/                                a unit the units table does not have
 *   区人社局/４．４ 执法人员培训/            full-width id, matches 4.4
 *   区市场监管局/4、3 案卷评查/              "4、3" id, matches 4.3
 *
 * plus text in the encodings offices really save: 顺河街道 6.1 情况简介.txt in GBK, 马路街街道 8.2
 * 情况说明.txt in UTF-16LE with BOM, 空冢郭镇 6.3 新闻链接.txt in UTF-8 with BOM and CRLF.
 * 区司法局 also gets metrics.yaml and registers/ (执法人员名册.xlsx, 培训台账.xlsx; one officer
 * has 36 of 40 training hours) for the figures and registers checks of SPEC §2.4.
 *
 * Files are real: .docx/.xlsx written with Apache POI, .pdf written by hand (PDF 1.4, one
 * page), .jpg/.png drawn with Graphics2D. Output is deterministic: document dates, zip entry
 * times and image seeds are fixed, so re-running gives the same bytes.
 *
 * How to run, from the repository root (Java 17 single-file program; POI 5.x on the classpath):
 *
 *   java -cp "$(cat /tmp/dossier-cp.txt)" samples/tools/MakeYuanhuiEvidence.java samples/yuanhui
 *
 * The argument is the repository folder (default samples/yuanhui); files are written under its
 * evidence/ folder. With --clean first, evidence/ is deleted before writing, so files dropped
 * from this program disappear too.
 */

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

public class MakeYuanhuiEvidence {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Charset GBK = Charset.forName("GBK");

    static Path evidence;
    static int files;

    public static void main(String[] args) throws IOException {
        System.setProperty("log4j2.loggerContextFactory",
            "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        boolean clean = false;
        String dir = "samples/yuanhui";
        for (String a : args) {
            if (a.equals("--clean")) clean = true;
            else dir = a;
        }
        evidence = Path.of(dir).resolve("evidence");
        if (clean && Files.isDirectory(evidence)) deleteTree(evidence);
        Files.createDirectories(evidence);

        districtOffice();
        justiceBureau();
        financeBureau();
        marketRegulation();
        humanResources();
        auditBureau();
        streetsAndTowns();
        strayFolders();
        officeFigures();
        financeRegister();

        long bytes;
        try (Stream<Path> s = Files.walk(evidence)) {
            bytes = s.filter(Files::isRegularFile).mapToLong(p -> {
                try { return Files.size(p); } catch (IOException e) { throw new UncheckedIOException(e); }
            }).sum();
        }
        System.out.printf("wrote %d files under %s (%,d bytes)%n", files, evidence, bytes);
    }

    // ================================================================== 区政府办

    static void districtOffice() throws IOException {
        String u = "区政府办";

        String f = u + "/1.1 深化行政审批制度改革/";
        text(f + "情况简介.txt", """
            区政府办公室会同区市场监管局等部门，全面梳理并向社会公布区级行政审批事项清单，取消非行政许可审批事项。对保留的行政审批中介服务事项实行清单管理，持续推进“证照分离”“多证合一”改革，优化审批流程。区政务服务中心设立综合受理窗口，企业开办、不动产登记等重点领域实现“一网通办、一门集中、一次办妥”。
            """);
        xlsx(f + "源汇区行政审批事项清单.xlsx", new Ledger("源汇区区级行政审批事项清单（2021年版）",
            List.of("序号", "事项名称", "实施机关", "设定依据", "法定时限（工作日）", "承诺时限（工作日）"),
            List.of(
                List.of(1, "食品经营许可", "区市场监管局", "《中华人民共和国食品安全法》第三十五条", 20, 5),
                List.of(2, "人力资源服务许可", "区人社局", "《人力资源市场暂行条例》第十八条", 20, 7),
                List.of(3, "民办学校设立审批", "区教体局", "《中华人民共和国民办教育促进法》第十二条", 30, 15),
                List.of(4, "公共场所卫生许可", "区卫健委", "《公共场所卫生管理条例》第八条", 20, 5),
                List.of(5, "建设工程消防设计审查", "区住建局", "《中华人民共和国消防法》第十一条", 15, 10),
                List.of(6, "临时占用城市道路审批", "区城管局", "《城市道路管理条例》第三十一条", 20, 5))),
            LocalDate.of(2021, 6, 28));
        links(f + "新闻链接.txt", StandardCharsets.UTF_8, false,
            "https://www.yuanhui.gov.cn/news/2021/0712.html 源汇区召开法治政府建设示范创建动员会",
            "https://www.yuanhui.gov.cn/zwgk/2021/0630/spsx.html\t源汇区公布2021年版区级行政审批事项清单",
            "https://www.luohe.gov.cn/xwzx/qxdt/2021/0716-yuanhui.html 源汇区政务服务中心“一窗通办”改革见成效");
        jpg(f + "图片/政务服务中心综合受理窗口.jpg", Scene.COUNTER);

        f = u + "/1.2 落实权责清单制度/";
        docx(f + "关于公布区政府工作部门权责清单的通知.docx", new Doc(
            "关于公布区政府工作部门权责清单的通知", "源政办〔2021〕12号",
            List.of("各乡镇人民政府、街道办事处，区政府各部门：",
                "为深化简政放权、放管结合、优化服务改革，推进政府职能转变，经区政府同意，现将区政府工作部门权责清单、公共服务清单予以公布，请认真贯彻执行。",
                "各部门要严格按照清单行使职权、履行职责，不得擅自增加或者变相增加行政权力事项；法律法规规章立改废释后，要在30日内提出调整意见，报区政府办公室统一审核后公布。",
                "本通知自印发之日起施行。"),
            "源汇区人民政府办公室", LocalDate.of(2021, 4, 19)));
        png(f + "权责清单公开网页截图.png");
        xlsx(f + "区政府工作部门权责清单汇总表.xlsx", new Ledger("区政府工作部门权责清单汇总表",
            List.of("序号", "部门", "行政许可", "行政处罚", "行政强制", "行政检查", "其他职权", "合计"),
            List.of(
                List.of(1, "区司法局", 2, 12, 0, 6, 9, 29),
                List.of(2, "区财政局", 1, 58, 0, 11, 14, 84),
                List.of(3, "区市场监管局", 18, 1136, 21, 64, 37, 1276),
                List.of(4, "区人社局", 6, 74, 3, 15, 22, 120),
                List.of(5, "区审计局", 0, 8, 2, 3, 6, 19))),
            LocalDate.of(2021, 4, 19));

        f = u + "/3.1 健全依法决策机制/";
        docx(f + "2021年度重大行政决策事项目录.docx", new Doc(
            "源汇区人民政府2021年度重大行政决策事项目录", "源政〔2021〕7号",
            List.of("根据《重大行政决策程序暂行条例》和《河南省重大行政决策程序规定》，经区政府常务会议研究，确定区政府2021年度重大行政决策事项如下：",
                "一、源汇区国土空间总体规划（2021—2035年）编制，承办单位：区自然资源分局，计划完成时间：2021年12月。",
                "二、老旧小区改造三年行动计划，承办单位：区住建局，计划完成时间：2021年9月。",
                "三、源汇区中小学校布局调整方案，承办单位：区教体局，计划完成时间：2021年10月。",
                "目录实行动态管理，确需调整的，由承办单位提出意见，报区政府同意后向社会公布。"),
            "源汇区人民政府", LocalDate.of(2021, 3, 22)));
        png(f + "目录公布网页截图.png");

        f = u + "/3.3 强化行政决策规范化建设/";
        text(f + "实地核查.txt", """
            2020年以来区政府作出的3项重大行政决策，其公众参与、专家论证、风险评估、合法性审查和集体讨论决定的全过程记录均为纸质档案，已按《重大行政决策档案管理办法》整理成卷（共3卷、412页），存放于区政府办公室档案室（区政府大楼三楼308室）。因涉及未公开的会议记录和专家个人信息，不宜扫描上传，实地核查时由区政府办公室秘书科提供查阅。
            联系人：李文博  0395-5607103
            """);

        f = u + "/4.4 健全行政执法人员管理制度/";
        text(f + "不涉及说明.txt", """
            区政府办公室为区政府的综合办事机构，无法律法规授权的行政执法职权，不属于《源汇区行政执法主体清单》所列执法主体，本单位无行政执法人员，未申领行政执法证件，故不涉及行政执法人员持证上岗、资格管理和执法人员培训学时等内容。
            """);

        f = u + "/5.3 完善社会监督和舆论监督机制/";
        pdf(f + "源汇区行政机关违法行政行为投诉举报制度.pdf",
            "源汇区行政机关违法行政行为投诉举报制度", LocalDate.of(2021, 5, 10),
            "Yuanhui District People's Government Office",
            "Rules on Complaints and Reports against Unlawful Administrative Acts",
            "Document No.: Yuan Zheng Ban [2021] 18",
            "",
            "Article 1  Citizens, legal persons and other organisations may complain about",
            "or report unlawful acts of administrative organs of the district by letter,",
            "telephone 12345, the District Mayor's Mailbox or in person.",
            "Article 2  A complaint is registered within 1 working day and referred to the",
            "competent organ within 3 working days; it is answered within 15 working days.",
            "Article 3  Informants are protected; their identity is kept confidential.",
            "",
            "Issued: 2021-05-10");
        xlsx(f + "区长邮箱办理台账.xlsx", new Ledger("源汇区区长邮箱来信办理台账（2021年1—6月）",
            List.of("序号", "来信日期", "来信事项", "承办单位", "办结日期", "办理结果"),
            List.of(
                List.of(1, LocalDate.of(2021, 1, 8), "反映某小区物业收费不规范", "区住建局", LocalDate.of(2021, 1, 19), "已办结，物业退还多收费用"),
                List.of(2, LocalDate.of(2021, 2, 23), "投诉某餐馆油烟扰民", "区城管局", LocalDate.of(2021, 3, 2), "已办结，责令加装油烟净化设施"),
                List.of(3, LocalDate.of(2021, 3, 15), "咨询灵活就业人员社保缴费", "区人社局", LocalDate.of(2021, 3, 17), "已答复"),
                List.of(4, LocalDate.of(2021, 4, 27), "反映执法人员未出示证件", "区市场监管局", LocalDate.of(2021, 5, 11), "已核查，对相关人员批评教育"),
                List.of(5, LocalDate.of(2021, 6, 3), "建议增设公共法律服务室", "区司法局", LocalDate.of(2021, 6, 18), "已采纳"))),
            LocalDate.of(2021, 7, 2));

        f = u + "/5.4 深入推进政务公开/";
        text(f + "情况简介.txt", """
            区政府办公室牵头推进决策、执行、管理、服务、结果“五公开”，在区政府门户网站设置法定主动公开内容专栏，按照国务院部门基层政务公开标准目录，完成26个试点领域目录编制。2021年1—7月，全区共受理依申请公开政府信息21件，均在法定期限内答复，答复率100%；未发生因政府信息公开引起的行政复议被纠错和行政诉讼败诉案件。
            """);
        png(f + "政务公开目录截图.png");
        xlsx(f + "依申请公开登记及答复台账.xlsx", new Ledger("源汇区依申请公开政府信息登记及答复台账（2021年）",
            List.of("序号", "受理日期", "申请内容", "承办单位", "答复日期", "答复类型"),
            List.of(
                List.of(1, LocalDate.of(2021, 1, 12), "某路段拆迁补偿标准", "区住建局", LocalDate.of(2021, 1, 28), "予以公开"),
                List.of(2, LocalDate.of(2021, 2, 5), "2020年度区级预算执行情况", "区财政局", LocalDate.of(2021, 2, 22), "予以公开"),
                List.of(3, LocalDate.of(2021, 3, 9), "某企业行政处罚决定书", "区市场监管局", LocalDate.of(2021, 3, 26), "部分公开"),
                List.of(4, LocalDate.of(2021, 4, 14), "公益性岗位招聘名单", "区人社局", LocalDate.of(2021, 4, 30), "予以公开"),
                List.of(5, LocalDate.of(2021, 6, 21), "某项目环评批复", "区政府办", LocalDate.of(2021, 7, 8), "信息不存在"))),
            LocalDate.of(2021, 7, 20));
        links(f + "新闻链接.txt", StandardCharsets.UTF_8, false,
            "https://www.yuanhui.gov.cn/zwgk/2021/0325/gkzd.html 源汇区全面推进基层政务公开标准化规范化工作");

        f = u + "/6.2 加强行政复议工作/";
        text(f + "不适用说明.txt", """
            根据《源汇区行政复议体制改革实施方案》，自2021年1月1日起区政府统一行使行政复议职责，由区司法局（区政府行政复议办公室）具体承办复议案件的受理、审理和决定起草工作。区政府办公室不再承担行政复议工作，本项指标的印证资料由区司法局统一提供。
            """);

        f = u + "/7.2 加强政府工作人员的法治培训/";
        docx(f + "会议纪要.docx", new Doc(
            "源汇区人民政府第十四次常务会议纪要", "〔2021〕14号",
            List.of("2021年6月28日，区长主持召开区政府第十四次常务会议，区政府副区长、各部门主要负责人参加会议。",
                "会前，区司法局副局长以《中华人民共和国行政处罚法》修订要点为题进行了专题讲解，与会人员集中学习了新修订的行政处罚法第三十三条“首违不罚”、第四十条“无依据不处罚”等重点条款。",
                "会议要求，各部门要把学法作为依法履职的基本功，对照新法全面梳理本部门执法事项、执法程序和裁量基准，7月底前完成清理修订。",
                "会议还研究了其他事项（略）。"),
            "源汇区人民政府办公室", LocalDate.of(2021, 6, 29)));
        lockFile(f + "~$会议纪要.docx", "liwenbo");
        xlsx(f + "会前学法记录.xlsx", new Ledger("区政府常务会议会前学法记录（2021年）",
            List.of("日期", "主题", "主讲人", "会议"),
            List.of(
                List.of(LocalDate.of(2021, 3, 16), "《中华人民共和国民法典》与政府依法履职", "区司法局局长", "区政府第九次常务会议"),
                List.of(LocalDate.of(2021, 6, 28), "新修订《中华人民共和国行政处罚法》要点", "区司法局副局长", "区政府第十四次常务会议"))),
            LocalDate.of(2021, 6, 30));
        jpg(f + "图片/常务会议会前学法.jpg", Scene.MEETING);

        f = u + "/8.1 加强党对法治政府建设的领导/";
        text(f + "情况简介.txt", """
            区委、区政府将法治政府建设纳入全区“十四五”规划和年度工作计划。2021年3月，区委主要领导主持召开专题会议，研究部署法治政府建设重点工作；区政府在第一季度向区委、区人大常委会和市政府报告了2020年度法治政府建设情况，并在区政府门户网站向社会公开。
            """);
        docx(f + "区委全面依法治区委员会专题会议纪要.docx", new Doc(
            "中共源汇区委全面依法治区委员会第三次会议纪要", "源法委〔2021〕1号",
            List.of("2021年3月18日，区委书记、区委全面依法治区委员会主任主持召开委员会第三次会议，专题研究部署法治政府建设工作。",
                "会议听取了区司法局关于2020年度全区法治政府建设情况的汇报，审议通过了《源汇区2021年法治政府建设工作要点》和《源汇区法治政府建设示范创建工作实施方案》。",
                "会议强调，各级党政主要负责人要切实履行推进法治建设第一责任人职责，把法治政府建设示范创建作为“一把手”工程，确保各项指标按期完成。"),
            "中共源汇区委全面依法治区委员会办公室", LocalDate.of(2021, 3, 19)));
        pdf(f + "2020年度法治政府建设情况报告.pdf",
            "源汇区人民政府关于2020年度法治政府建设情况的报告", LocalDate.of(2021, 3, 26),
            "Report of the Yuanhui District People's Government",
            "on the Construction of a Rule-of-Law Government in 2020",
            "",
            "1. Government functions were performed in full according to law.",
            "2. The system of administrative normative documents was improved:",
            "   9 documents were reviewed for legality before issue (100%).",
            "3. Major administrative decisions followed statutory procedure.",
            "4. Administrative law enforcement was strict, standard, fair and civil.",
            "5. Supervision and restraint of administrative power were strengthened.",
            "",
            "Reported to the District Party Committee and the District People's Congress",
            "Standing Committee and published on www.yuanhui.gov.cn on 2021-03-26.");
        links(f + "新闻链接.txt", StandardCharsets.UTF_8, false,
            "https://www.yuanhui.gov.cn/zwgk/2021/0326/fzzfbg2020.html 源汇区人民政府关于2020年度法治政府建设情况的报告",
            "https://www.yuanhui.gov.cn/news/2021/0318.html 区委全面依法治区委员会召开第三次会议");
        text(f + "工作亮点.txt", """
            将法治政府建设示范创建列为区委“一把手”工程，区委书记、区长任领导小组双组长，建立“周调度、月通报、季讲评”工作机制，创建工作纳入年度综合考评，权重由2%提高到5%。
            """);

        f = u + "/8.2 落实法治建设责任制/";
        docx(f + "党政主要负责人履行推进法治建设第一责任人职责实施办法.docx", new Doc(
            "源汇区党政主要负责人履行推进法治建设第一责任人职责实施办法", "源办〔2021〕9号",
            List.of("第一条  为贯彻落实《党政主要负责人履行推进法治建设第一责任人职责规定》，推动党政主要负责人切实履行推进法治建设第一责任人职责，结合我区实际，制定本办法。",
                "第二条  本办法适用于区委、区政府工作部门，各乡镇（街道）党政主要负责人。",
                "第三条  党政主要负责人应当每年至少听取一次本单位法治建设工作汇报，及时研究解决重大问题。",
                "第四条  实行年终述法制度，党政主要负责人述法情况纳入年度考核。"),
            "中共源汇区委办公室  源汇区人民政府办公室", LocalDate.of(2021, 5, 6)));
    }

    // ================================================================== 区司法局

    static void justiceBureau() throws IOException {
        String u = "区司法局";

        String f = u + "/1.4 优化法治化营商环境/";
        pdf(f + "跨部门联合抽查记录.pdf", "源汇区跨部门联合“双随机、一公开”抽查记录", LocalDate.of(2021, 6, 17),
            "Yuanhui District Cross-Department Random Inspection Record",
            "Inspection date: 2021-06-16",
            "Departments: Market Regulation Bureau, Judicial Bureau, Finance Bureau",
            "",
            "Objects drawn at random: 12 enterprises of 356 in the directory",
            "Inspectors drawn at random: 6 of 41 certified officers",
            "Problems found: 3 (labelling 2, licence display 1), all rectified on site",
            "Results published on the National Enterprise Credit Information System",
            "within 20 working days.");

        String p = u + "/1.5 提高公共法律服务效能/";
        docx(p + "公共法律服务中心工作制度.docx", new Doc(
            "源汇区公共法律服务中心工作制度", null,
            List.of("一、中心实行首问负责制，窗口工作人员对来访群众的法律服务需求负责接待、登记和引导，不得推诿。",
                "二、中心设法律咨询、法律援助、人民调解、公证服务、司法鉴定指引等窗口，工作日全天开放，律师每日轮流值班。",
                "三、法律援助申请材料齐全的，当场受理；符合条件的，3个工作日内作出给予法律援助的决定。",
                "四、建立服务台账，逐件登记服务事项和办理结果，每月向区司法局报送服务数据。"),
            "源汇区司法局", LocalDate.of(2021, 4, 8)));
        xlsx(p + "公共法律服务中心服务台账.xlsx", new Ledger("源汇区公共法律服务中心服务台账（2021年1—6月）",
            List.of("月份", "法律咨询（人次）", "法律援助受理（件）", "人民调解（件）", "公证引导（件）"),
            List.of(
                List.of("1月", 212, 14, 9, 21), List.of("2月", 138, 8, 5, 12), List.of("3月", 256, 19, 11, 26),
                List.of("4月", 241, 17, 13, 23), List.of("5月", 229, 15, 8, 19), List.of("6月", 263, 21, 12, 28))),
            LocalDate.of(2021, 7, 5));
        jpg(p + "图片/公共法律服务中心大厅.jpg", Scene.COUNTER);
        jpg(p + "图片/法律援助窗口.jpg", Scene.COUNTER);
        thumbsDb(p + "图片/Thumbs.db");

        String f21 = u + "/2.1 完善行政规范性文件制定/";
        docx(f21 + "行政规范性文件制定程序规定.docx", new Doc(
            "源汇区行政规范性文件制定程序规定", "源政〔2021〕4号",
            List.of("第一条  起草涉及群众切身利益的行政规范性文件，应当开展评估论证，并通过区政府门户网站公开征求意见，征求意见期限一般不少于30日。",
                "第二条  行政规范性文件应当经合法性审核；未经审核或者审核不合格的，不得提交集体审议。",
                "第三条  行政规范性文件应当经制定机关常务会议或者办公会议集体审议决定，并在审议通过后20日内向社会公开发布。",
                "第四条  严禁以部门内设机构名义制发行政规范性文件。"),
            "源汇区人民政府", LocalDate.of(2021, 2, 24)));
        xlsx(f21 + "征求意见情况汇总.xlsx", new Ledger("行政规范性文件公开征求意见情况汇总（2021年）",
            List.of("序号", "文件名称（草案）", "起草单位", "征求意见起止日期", "收到意见（条）", "采纳（条）"),
            List.of(
                List.of(1, "源汇区城市道路停车管理办法", "区城管局", "2021-03-01至2021-03-31", 17, 9),
                List.of(2, "源汇区困难群众临时救助实施细则", "区民政局", "2021-04-06至2021-05-06", 8, 5),
                List.of(3, "源汇区促进就业创业若干措施", "区人社局", "2021-05-10至2021-06-09", 11, 6))),
            LocalDate.of(2021, 6, 15));

        String f22 = u + "/2.2 加强行政规范性文件合法性审查/";
        text(f22 + "情况简介.txt", """
            2021年，区司法局牵头健全行政规范性文件合法性审核机制，印发《源汇区行政规范性文件合法性审核工作规定》，明确审核主体、审核范围、审核程序和审核时限，做到“应审必审、有件必审”。上半年共审核区政府及各部门拟制发的行政规范性文件9件，提出修改意见23条，均被采纳，合法性审核率达100%。同时建立规范性文件目录台账，逐件登记文号、发布日期和审核意见，为备案审查和动态清理打下基础。
            """);
        pdf(f22 + "源汇区行政规范性文件合法性审核工作规定.pdf",
            "源汇区行政规范性文件合法性审核工作规定", LocalDate.of(2021, 3, 10),
            "Yuanhui District Rules on Legality Review of Administrative Normative Documents",
            "Document No.: Yuan Si [2021] 5",
            "",
            "Article 1  Every normative document drafted by the district government or its",
            "departments shall be reviewed for legality before collective deliberation.",
            "Article 2  The review covers the issuing body, the procedure and the content.",
            "Article 3  The Judicial Bureau gives a written opinion within 7 working days;",
            "complex documents may be extended by 5 working days.",
            "Article 4  A document not reviewed shall not be submitted for deliberation.",
            "",
            "Issued: 2021-03-10");
        xlsx(f22 + "规范性文件目录.xlsx", new Ledger("源汇区行政规范性文件目录（2021年1—6月）",
            List.of("序号", "文号", "标题", "发布日期", "合法性审核"),
            List.of(
                List.of(1, "源政〔2021〕2号", "源汇区城乡居民基本医疗保险实施办法", LocalDate.of(2021, 1, 25), "是"),
                List.of(2, "源政〔2021〕4号", "源汇区行政规范性文件制定程序规定", LocalDate.of(2021, 2, 24), "是"),
                List.of(3, "源政〔2021〕6号", "源汇区城市道路停车管理办法", LocalDate.of(2021, 4, 20), "是"),
                List.of(4, "源政办〔2021〕15号", "源汇区困难群众临时救助实施细则", LocalDate.of(2021, 5, 18), "是"),
                List.of(5, "源财〔2021〕3号", "源汇区政府采购内部控制管理办法", LocalDate.of(2021, 6, 2), "是"))),
            LocalDate.of(2021, 7, 1));
        docx(f22 + "审核意见书/合法性审核意见书-2021第3号.docx", new Doc(
            "行政规范性文件合法性审核意见书", "源司审〔2021〕3号",
            List.of("区城管局：",
                "你局报送的《源汇区城市道路停车管理办法（送审稿）》收悉。经审查，提出如下意见：",
                "一、第八条关于“拖移车辆”的规定缺乏上位法依据，建议删除或者修改为“依法处理”。",
                "二、第十五条罚款数额超出《河南省城市道路管理办法》规定的幅度，应当予以调整。",
                "修改后可提交区政府常务会议审议。"),
            "源汇区司法局", LocalDate.of(2021, 4, 2)));
        docx(f22 + "审核意见书/合法性审核意见书-2021第7号.docx", new Doc(
            "行政规范性文件合法性审核意见书", "源司审〔2021〕7号",
            List.of("区财政局：",
                "你局报送的《源汇区政府采购内部控制管理办法（送审稿）》收悉。经审查，该文件制定主体适格，程序符合规定，内容未违反上位法规定。",
                "建议第十二条“采购需求论证”的适用范围与《政府采购需求管理办法》保持一致。",
                "按上述意见修改后，可按程序印发。"),
            "源汇区司法局", LocalDate.of(2021, 5, 21)));

        String f32 = u + "/3.2 完善行政决策程序/";
        pdf(f32 + "政府法律顾问聘用合同.pdf", "源汇区人民政府法律顾问聘用合同", LocalDate.of(2021, 1, 15),
            "Legal Adviser Engagement Contract",
            "Party A: Yuanhui District People's Government",
            "Party B: Henan Shahe Law Firm (2 lawyers appointed)",
            "Term: 2021-01-01 to 2021-12-31",
            "",
            "Services: legality opinions on major administrative decisions, review of",
            "contracts and normative documents, participation in litigation and petitions.",
            "Party B attends executive meetings of the district government when invited.",
            "",
            "Signed: 2021-01-15");
        docx(f32 + "法律顾问意见书.docx", new Doc(
            "关于老旧小区改造三年行动计划的法律意见书", "沙河律意〔2021〕11号",
            List.of("源汇区人民政府：",
                "受贵府委托，本所律师对《源汇区老旧小区改造三年行动计划（征求意见稿）》进行了合法性审查。",
                "经审查，该计划的决策主体、决策程序符合《重大行政决策程序暂行条例》的规定，已履行公众参与、专家论证和风险评估程序。建议对涉及加装电梯费用分摊的条款补充业主共同决定的程序规定。",
                "以上意见供决策参考。"),
            "河南沙河律师事务所", LocalDate.of(2021, 6, 9)));

        String f41 = u + "/4.1 加强行政执法规范化建设/";
        docx(f41 + "全面推行行政执法三项制度实施方案.docx", new Doc(
            "源汇区全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度实施方案", "源政办〔2021〕8号",
            List.of("一、全面推行行政执法公示制度。各执法部门在区政府门户网站统一公示执法主体、人员、职责、权限、依据、程序和救济渠道，执法决定自作出之日起7个工作日内公开。",
                "二、全面推行执法全过程记录制度。对查封扣押财产、强制拆除等直接涉及人身自由、生命健康、重大财产权益的现场执法活动，全程音像记录。",
                "三、全面推行重大执法决定法制审核制度。各执法部门配备的法制审核人员不少于本单位执法人员总数的5%，未经法制审核或者审核未通过的，不得作出决定。"),
            "源汇区人民政府办公室", LocalDate.of(2021, 3, 2)));
        png(f41 + "执法公示平台截图.png");
        xlsx(f41 + "法制审核人员名单.xlsx", new Ledger("源汇区各执法部门法制审核人员名单",
            List.of("序号", "单位", "执法人员数", "法制审核人员数", "占比"),
            List.of(
                List.of(1, "区司法局", 10, 1, "10.0%"),
                List.of(2, "区市场监管局", 86, 5, "5.8%"),
                List.of(3, "区人社局", 24, 2, "8.3%"),
                List.of(4, "区财政局", 12, 1, "8.3%"))),
            LocalDate.of(2021, 7, 16));

        String f42 = u + "/4.2 提高行政执法效能/";
        xlsx(f42 + "两法衔接案件移送台账.xlsx", new Ledger("行政执法与刑事司法衔接案件移送台账（2021年）",
            List.of("序号", "移送单位", "案由", "移送日期", "接收机关", "处理结果"),
            List.of(
                List.of(1, "区市场监管局", "涉嫌销售假冒注册商标的商品", LocalDate.of(2021, 3, 11), "区公安分局", "已立案"),
                List.of(2, "区市场监管局", "涉嫌生产销售不符合安全标准的食品", LocalDate.of(2021, 5, 26), "区公安分局", "已立案"))),
            LocalDate.of(2021, 7, 12));
        docx(f42 + "行政执法权限协调机制.docx", new Doc(
            "源汇区行政执法权限争议协调办法", "源政办〔2021〕11号",
            List.of("第一条  行政执法部门之间发生执法权限争议的，应当先行协商；协商不成的，报区司法局协调。",
                "第二条  区司法局自收到协调申请之日起15个工作日内提出协调意见，报区政府决定。",
                "第三条  争议解决前，有关部门不得放任违法行为继续，应当共同采取必要的临时措施。"),
            "源汇区人民政府办公室", LocalDate.of(2021, 4, 12)));

        text(u + "/4.3 落实行政执法责任制/实地核查.txt", """
            2021年6月区司法局组织开展全区行政执法案卷评查，共抽查区市场监管局、区人社局、区城管局等8个部门行政处罚、行政许可案卷96卷。评查卷宗及评查表均为纸质原件，已按部门分类装盒，存放于区司法局档案室（区司法局二楼206室），实地核查时提供查阅；评查通报待区政府同意后印发。
            联系人：赵晓琳  0395-5607259
            """);

        String f44 = u + "/4.4 健全行政执法人员管理制度/";
        text(f44 + "情况简介.txt", """
            区司法局严格执行行政执法人员持证上岗和资格管理制度，组织全区行政执法人员参加执法资格考试，未通过考试的一律不予授予执法资格。年内分两期举办全区行政执法人员法律知识培训班，围绕新修订的《行政处罚法》、行政执法“三项制度”等内容开展专题培训，并建立培训台账，逐人登记培训学时，确保每名执法人员全年培训不少于40学时。
            """);
        docx(f44 + "执法人员培训通知.docx", new Doc(
            "关于举办全区行政执法人员法律知识培训班的通知", "源司〔2021〕21号",
            List.of("区直各执法部门：",
                "为提高行政执法人员依法行政能力，经研究，定于2021年7月7日至9日在区委党校举办全区行政执法人员法律知识培训班（第二期），现将有关事项通知如下：",
                "一、培训内容：新修订《中华人民共和国行政处罚法》解读，行政执法“三项制度”，执法文书制作规范。",
                "二、参训人员：各部门持证执法人员，请于7月5日前报送参训名单。",
                "三、培训计16学时，考试合格者计入年度培训学时。"),
            "源汇区司法局", LocalDate.of(2021, 6, 30)));
        empty(f44 + "培训签到表.pdf");
        pdf(f44 + "2021年度执法人员培训计划.pdf", "源汇区2021年度行政执法人员培训计划", LocalDate.of(2021, 2, 5),
            "Yuanhui District Training Plan for Law Enforcement Officers, 2021",
            "",
            "Session 1  April 2021  24 hours  Revised Administrative Penalty Law",
            "Session 2  July 2021   16 hours  Three enforcement systems; writing decisions",
            "Session 3  November 2021  8 hours  Online course (optional)",
            "",
            "Every certified officer completes at least 40 hours in the year.",
            "Attendance is recorded in the training register by certificate number.");
        jpg(f44 + "图片/培训现场.jpg", Scene.MEETING);

        String f45 = u + "/4.5 扎实推进服务型行政执法建设/";
        docx(f45 + "服务型行政执法典型案例.docx", new Doc(
            "服务型行政执法典型案例汇编（第一辑）", null,
            List.of("案例一：首违不罚助小微企业渡难关。某新开业餐饮店未按规定公示营业执照，执法人员现场指导整改，依法不予处罚。",
                "案例二：行政指导化解劳资纠纷。区人社局约谈某建筑企业负责人，督促其10日内足额支付32名农民工工资，未进入处罚程序。",
                "案例三：“互联网+执法”远程核查。疫情期间通过视频方式完成14户企业的许可核查，减少企业往返。"),
            "源汇区司法局", LocalDate.of(2021, 7, 20)));
        links(f45 + "新闻链接.txt", StandardCharsets.UTF_8, false,
            "https://www.luohe.gov.cn/xwzx/qxdt/2021/0603-yh-fwxzf.html 源汇区推行包容审慎监管 “首违不罚”清单惠及市场主体",
            "https://mp.weixin.qq.com/s/YhSfj2021FwXzf0611");

        String f51 = u + "/5.1 自觉接受各类监督/";
        pdf(f51 + "人大审议意见办理情况报告.pdf", "关于区人大常委会审议意见办理情况的报告", LocalDate.of(2021, 6, 24),
            "Report on Handling the Deliberation Opinions",
            "of the District People's Congress Standing Committee",
            "",
            "Opinions received in 2021: 4",
            "Handled and answered: 4",
            "Satisfaction of the Standing Committee: 96%",
            "",
            "Administrative cases involving major public interest: 3",
            "Heads of the sued organs appearing in court: 3 (100%)",
            "Judicial and procuratorial recommendations: 2, both rectified (100%)");
        xlsx(f51 + "行政机关负责人出庭应诉统计表.xlsx", new Ledger("行政机关负责人出庭应诉统计表（2021年1—7月）",
            List.of("序号", "案号", "被告", "开庭日期", "出庭负责人", "是否重大案件"),
            List.of(
                List.of(1, "（2021）豫1102行初12号", "区住建局", LocalDate.of(2021, 3, 23), "副局长", "是"),
                List.of(2, "（2021）豫1102行初27号", "区市场监管局", LocalDate.of(2021, 5, 13), "局长", "是"),
                List.of(3, "（2021）豫1102行初35号", "区人社局", LocalDate.of(2021, 6, 17), "副局长", "是"),
                List.of(4, "（2021）豫1102行初41号", "区城管局", LocalDate.of(2021, 7, 8), "副局长", "否"))),
            LocalDate.of(2021, 7, 26));

        String f61 = u + "/6.1 健全社会矛盾纠纷多元化解机制/";
        xlsx(f61 + "人民调解组织名册.xlsx", new Ledger("源汇区人民调解组织名册",
            List.of("序号", "调解组织名称", "类型", "调解员人数", "联系电话"),
            List.of(
                List.of(1, "源汇区医疗纠纷人民调解委员会", "行业性、专业性", 7, "0395-5607281"),
                List.of(2, "源汇区道路交通事故纠纷人民调解委员会", "行业性、专业性", 5, "0395-5607283"),
                List.of(3, "源汇区婚姻家庭纠纷人民调解委员会", "行业性、专业性", 4, "0395-5607285"),
                List.of(4, "老街街道人民调解委员会", "街道", 9, "0395-5921170"),
                List.of(5, "顺河街道人民调解委员会", "街道", 8, "0395-5935210"),
                List.of(6, "空冢郭镇人民调解委员会", "乡镇", 11, "0395-5961550"))),
            LocalDate.of(2021, 6, 10));
        links(f61 + "新闻链接.txt", StandardCharsets.UTF_8, false,
            "https://www.yuanhui.gov.cn/news/2021/0521.html 源汇区成立医疗纠纷人民调解委员会",
            "https://www.luohe.gov.cn/xwzx/qxdt/2021/0624-yh-tj.html\t源汇区“诉调对接”机制化解矛盾纠纷见实效");

        String f62 = u + "/6.2 加强行政复议工作/";
        pdf(f62 + "关于成立区政府行政复议委员会的通知.pdf", "关于成立源汇区人民政府行政复议委员会的通知",
            LocalDate.of(2021, 1, 6),
            "Notice on Establishing the Administrative Reconsideration Committee",
            "of the Yuanhui District People's Government",
            "Document No.: Yuan Zheng Ban [2021] 1",
            "",
            "Chair: the District Mayor; office at the District Judicial Bureau.",
            "From 2021-01-01 the district government exercises the reconsideration duties",
            "of its departments in one place.",
            "Members: 5 officials and 6 outside experts (lawyers and scholars).",
            "Difficult cases are decided by the committee by majority vote.");
        xlsx(f62 + "行政复议案件统计表.xlsx", new Ledger("源汇区行政复议案件统计表（2021年1—7月）",
            List.of("月份", "收案", "受理", "审结", "维持", "撤销或确认违法", "调解和解"),
            List.of(
                List.of("1月", 3, 3, 2, 2, 0, 0), List.of("2月", 2, 2, 3, 2, 0, 1), List.of("3月", 5, 4, 3, 2, 1, 0),
                List.of("4月", 4, 4, 4, 3, 0, 1), List.of("5月", 6, 5, 5, 4, 1, 0), List.of("6月", 3, 3, 4, 3, 0, 1),
                List.of("7月", 2, 2, 2, 2, 0, 0))),
            LocalDate.of(2021, 8, 2));

        String f63 = u + "/6.3 加强和完善全民普法/";
        docx(f63 + "源汇区2021年普法依法治理工作要点.docx", new Doc(
            "源汇区2021年普法依法治理工作要点", "源普治〔2021〕1号",
            List.of("一、启动实施“八五”普法规划，制定全区“八五”普法规划和年度普法责任清单，落实“谁执法谁普法”普法责任制。",
                "二、深入学习宣传习近平法治思想和宪法，组织好“宪法宣传周”“民法典宣传月”等集中宣传活动。",
                "三、加强青少年法治宣传教育，全区中小学法治副校长配备率达100%。",
                "四、开展公民法治素养问卷调查，全民法治宣传教育普及率不低于80%。"),
            "源汇区普法依法治理领导小组办公室", LocalDate.of(2021, 2, 26)));
        jpg(f63 + "宪法宣传周/图片/宪法宣传进社区.jpg", Scene.STREET);
        jpg(f63 + "宪法宣传周/图片/宪法宣传进校园.jpg", Scene.MEETING);
        links(f63 + "新闻链接.txt", StandardCharsets.UTF_8, false,
            "https://www.yuanhui.gov.cn/news/2021/0416.html 源汇区开展“全民国家安全教育日”普法宣传活动",
            "https://www.yuanhui.gov.cn/news/2021/0525.html 源汇区“民法典宣传月”活动走进社区",
            "https://mp.weixin.qq.com/s/YhSfjPf2021Xf0701 源汇司法：普法宣传进万家");
        text(f63 + "工作亮点.txt", """
            打造“沙澧法韵”法治文化品牌：建成区法治文化公园1个、法治文化广场6个，每个村（社区）配备1名“法律明白人”，全区“法律明白人”达326名。
            """);

        text(u + "/7.2 加强政府工作人员的法治培训/情况简介.txt", """
            区司法局协助区政府办公室落实会前学法制度，每季度拟定学法题目、安排主讲人；2021年上半年为区政府常务会议提供学法讲稿2篇。同时配合区委组织部、区人社局将宪法法律列入公务员初任培训和任职培训必修内容，全局干部职工参加网上学法考试参考率、合格率均达100%。
            """);

        links(u + "/8.1 加强党对法治政府建设的领导/新闻链接.txt", StandardCharsets.UTF_8, false,
            "https://www.yuanhui.gov.cn/news/2021/0302.html 区司法局召开2021年全面依法治区工作会议",
            "https://www.yuanhui.gov.cn/zwgk/2021/0329/sfjfzjs2020.html 源汇区司法局2020年度法治政府建设情况报告");

        metricsAndRegisters(u);
    }

    /** metrics.yaml and registers/ of 区司法局: figures that agree with the registers beside them. */
    static void metricsAndRegisters(String u) throws IOException {
        text(u + "/metrics.yaml", """
            # 区司法局 2021 年度数字（截至 2021 年 7 月 31 日），键可用中文或英文（SPEC §2.4）。
            # 执法人员、法制审核人员、持证人数与 registers/执法人员名册.xlsx 一致。
            执法人员数: 10
            法制审核人员数: 1
            持证执法人员数: 10
            normative_docs_issued: 12
            normative_docs_reviewed: 12
            案卷评查次数: 1
            npc_opinion_satisfaction: 96%
            重大案件负责人出庭率: 100
            两个建议整改率: "100%"
            普法普及率: 85
            """);

        String[][] staff = {
            {"王建军", "41110221001", "法治督察科 行政执法监督"},
            {"李红梅", "41110221002", "法规科 法制审核"},
            {"张伟", "41110221003", "行政执法监督"},
            {"刘洋", "41110221004", "社区矫正执法"},
            {"陈静", "41110221005", "社区矫正执法"},
            {"杨帆", "41110221006", "律师公证管理"},
            {"赵磊", "41110221007", "法律援助"},
            {"黄晓丽", "41110221008", "人民调解指导"},
            {"周涛", "41110221009", "司法所执法（老街）"},
            {"吴敏", "41110221010", "司法所执法（顺河）"}};
        List<List<Object>> roster = new ArrayList<>();
        for (int i = 0; i < staff.length; i++) roster.add(List.of(i + 1, staff[i][0], staff[i][1], staff[i][2]));
        xlsx(u + "/registers/执法人员名册.xlsx", new Ledger("区司法局行政执法人员名册（2021年）",
            List.of("序号", "姓名", "执法证号", "岗位"), roster), LocalDate.of(2021, 7, 30));

        List<List<Object>> training = new ArrayList<>();
        int n = 1;
        for (String[] s : staff) {
            training.add(List.of(n++, s[0], s[1], LocalDate.of(2021, 4, 16), "新修订《行政处罚法》专题培训", 24));
        }
        for (String[] s : staff) {
            // 陈静 left the second session after the first day: 36 of 40 hours so far.
            int hours = s[0].equals("陈静") ? 12 : 16;
            training.add(List.of(n++, s[0], s[1], LocalDate.of(2021, 7, 9), "行政执法“三项制度”及执法文书规范化培训", hours));
        }
        xlsx(u + "/registers/培训台账.xlsx", new Ledger("区司法局行政执法人员培训台账（2021年）",
            List.of("序号", "姓名", "执法证号", "日期", "内容", "学时"), training), LocalDate.of(2021, 7, 30));
    }

    /**
     * metrics.yaml and registers/ of 区政府办, the lead of 5.4, 7.2 and 8.1: the disclosure answer
     * rate is still below 100% and the second quarter has no pre-meeting law study, so the demo
     * shows thresholds in progress while the period runs.
     */
    static void officeFigures() throws IOException {
        String u = "区政府办";
        text(u + "/metrics.yaml", """
            # 区政府办 2021 年度数字（截至 2021 年 7 月 31 日）。
            依申请公开数: 120
            答复数: 118
            专题会议次数: 2
            年度报告日期: 2021-03-25
            公开链接: https://www.yuanhui.gov.cn/zwgk/2021/0325/fzzfjs2020.html
            """);
        xlsx(u + "/registers/会前学法记录.xlsx", new Ledger("区政府常务会议会前学法记录（2021年）",
            List.of("序号", "日期", "主题", "主讲人"), List.of(
                List.of(1, LocalDate.of(2021, 1, 15), "《中华人民共和国民法典》合同编", "区司法局局长"),
                List.of(2, LocalDate.of(2021, 3, 19), "《优化营商环境条例》", "区政府法律顾问"),
                List.of(3, LocalDate.of(2021, 7, 16), "新修订《中华人民共和国行政处罚法》", "区司法局副局长"))),
            LocalDate.of(2021, 7, 30));
    }

    /** The 区财政局 catalogue of normative documents: one of three was issued without a legality review. */
    static void financeRegister() throws IOException {
        xlsx("区财政局/registers/规范性文件目录.xlsx", new Ledger("区财政局行政规范性文件目录（2021年）",
            List.of("序号", "文号", "标题", "发布日期", "合法性审核"), List.of(
                List.of(1, "源财〔2021〕3号", "源汇区政府采购内部控制管理办法", LocalDate.of(2021, 3, 8), "是"),
                List.of(2, "源财〔2021〕5号", "源汇区财政专项资金管理暂行办法", LocalDate.of(2021, 4, 20), "否"),
                List.of(3, "源财〔2021〕9号", "源汇区行政事业单位国有资产处置办法", LocalDate.of(2021, 6, 11), "√"))),
            LocalDate.of(2021, 6, 30));
    }

    // ================================================================== 区财政局

    static void financeBureau() throws IOException {
        String u = "区财政局";

        pdf(u + "/1.2 落实权责清单制度/区财政局权责清单.pdf", "源汇区财政局权责清单", LocalDate.of(2021, 4, 23),
            "Yuanhui District Finance Bureau - List of Powers and Responsibilities",
            "",
            "Administrative licensing: 1 item",
            "Administrative penalties: 58 items",
            "Administrative inspection: 11 items",
            "Other powers: 14 items",
            "",
            "Published on www.yuanhui.gov.cn on 2021-04-23 together with the public service list.");

        String f = u + "/1.4 优化法治化营商环境/";
        docx(f + "财政监督双随机抽查工作计划.docx", new Doc(
            "区财政局2021年会计信息质量“双随机、一公开”抽查工作计划", "源财〔2021〕6号",
            List.of("一、抽查对象：从全区代理记账机构和行政事业单位名录库中随机抽取15户。",
                "二、检查人员：从本局执法人员名录库中随机选派，每组不少于2人。",
                "三、抽查结果于检查结束后20个工作日内通过区政府门户网站向社会公开。"),
            "源汇区财政局", LocalDate.of(2021, 5, 12)));
        text(f + "不涉及说明.txt", """
            优化法治化营商环境中“智慧监管”和事中事后综合监管平台建设由区市场监管局负责，我局不承担该项职能，此项不涉及。
            """);

        String f22 = u + "/2.2 加强行政规范性文件合法性审查/";
        text(f22 + "情况简介.txt", """
            区财政局拟制发的涉及群众切身利益的行政规范性文件，均在集体审议前送区司法局进行合法性审核，上半年报送审核2件，按审核意见修改后发布，并在发布后15日内报区政府备案。
            """);
        pdf(f22 + "合法性审核意见回复.pdf", "关于合法性审核意见采纳情况的回复", LocalDate.of(2021, 5, 28),
            "Reply on the Legality Review Opinion No. Yuan Si Shen [2021] 7",
            "From: Yuanhui District Finance Bureau",
            "To: Yuanhui District Judicial Bureau",
            "",
            "The opinion on Article 12 of the Government Procurement Internal Control",
            "Measures has been adopted in full; the revised text was deliberated at the",
            "bureau's office meeting on 2021-05-27 and will be filed within 15 days of issue.");

        text(u + "/3.2 完善行政决策程序/情况说明.txt", """
            关于3.2“完善行政决策程序”印证资料的情况说明
            2021年以来，我局未作为承办单位承担区政府重大行政决策事项（区政府2021年度重大行政决策事项目录所列3项均不涉及财政部门承办），亦未以本局名义作出重大行政决策，故无公众参与、专家论证、风险评估等决策过程材料。我局法律顾问由区司法局统一调配的区政府法律顾问兼任，未单独签订聘用合同。今后如承办重大行政决策事项，将严格履行法定程序并及时补报材料。
            区财政局
            2021年7月28日
            """);

        String f52 = u + "/5.2 加强行政监督和审计监督/";
        text(f52 + "情况简介.txt", """
            区财政局建立内部层级监督常态长效机制，对预算资金分配、政府采购、国有资产监管等权力集中的股室和岗位实行分事行权、分岗设权、分级授权，年内完成关键岗位轮岗4人次。积极配合区审计局开展预算执行审计，对审计发现的问题建立整改台账，逐项销号。
            """);
        docx(f52 + "内部控制制度.docx", new Doc(
            "源汇区财政局内部控制基本制度", "源财〔2021〕2号",
            List.of("第一条  本局实行预算编制、执行、监督相互分离的内部控制机制。",
                "第二条  政府采购审批、资金支付、国有资产处置等事项实行分事行权、分岗设权、分级授权，不相容岗位相互分离。",
                "第三条  关键岗位工作人员在同一岗位连续工作满5年的，原则上应当轮岗。",
                "第四条  内部控制执行情况每半年检查一次，结果报局党组。"),
            "源汇区财政局", LocalDate.of(2021, 1, 20)));
        xlsx(f52 + "关键岗位轮岗记录.xlsx", new Ledger("区财政局关键岗位轮岗记录（2021年）",
            List.of("序号", "姓名", "原岗位", "新岗位", "轮岗日期", "原岗位任职年限"),
            List.of(
                List.of(1, "孟凡", "政府采购股", "预算股", LocalDate.of(2021, 3, 1), 6),
                List.of(2, "韩冰", "国库支付中心", "综合股", LocalDate.of(2021, 3, 1), 5),
                List.of(3, "曹宇", "资产管理股", "政府采购股", LocalDate.of(2021, 3, 1), 7),
                List.of(4, "邓丽", "预算股", "国库支付中心", LocalDate.of(2021, 6, 1), 5))),
            LocalDate.of(2021, 6, 3));
    }

    // ================================================================== 区市场监管局

    static void marketRegulation() throws IOException {
        String u = "区市场监管局";

        String f = u + "/1.1 深化行政审批制度改革/";
        pdf(f + "证照分离改革实施方案.pdf", "源汇区市场监管局深化“证照分离”改革实施方案", LocalDate.of(2021, 7, 1),
            "Implementation Plan for Separating Business Permits from Business Licences",
            "Yuanhui District Market Regulation Bureau",
            "",
            "From 2021-07-01 all permit items of the bureau are reformed in four ways:",
            "cancel approval, change to filing, notification with commitment, optimise service.",
            "Enterprise start-up: 1 window, 1 form, 0.5 working day, no fee.",
            "Licences and permits are issued electronically and shared with other departments.");
        links(f + "新闻链接.txt", StandardCharsets.UTF_8, false,
            "https://www.yuanhui.gov.cn/news/2021/0701.html 源汇区全面实施涉企经营许可事项全覆盖清单管理");

        f = u + "/1.4 优化法治化营商环境/";
        xlsx(f + "双随机一公开抽查计划.xlsx", new Ledger("区市场监管局2021年度“双随机、一公开”抽查计划",
            List.of("序号", "抽查事项", "抽查对象范围", "抽查比例", "实施时间", "是否联合抽查"),
            List.of(
                List.of(1, "食品生产经营监督检查", "食品经营者", "5%", "2021年4—5月", "否"),
                List.of(2, "企业公示信息检查", "辖区企业", "3%", "2021年6月", "是"),
                List.of(3, "特种设备使用单位检查", "使用单位", "5%", "2021年8—9月", "否"),
                List.of(4, "产品质量监督抽查", "生产企业", "10%", "2021年10月", "是"))),
            LocalDate.of(2021, 3, 18));
        png(f + "抽查结果公示截图.png");
        png(f + "事中事后综合监管平台截图.png");
        text(f + "工作亮点.txt", """
            在全市率先推行“一业一查”：同一行业涉及多个部门的检查事项合并为一张检查清单，一次上门、联合检查，上半年企业接受检查频次同比下降42%。
            """);

        text(u + "/4.1 加强行政执法规范化建设/实地评估时提供.txt", """
            我局执法全过程记录的音像资料（执法记录仪视频约1.2TB）存储于局执法记录仪管理系统服务器，重大执法决定法制审核卷宗为纸质档案，均无法上传。实地评估时可在局法规科现场调阅系统记录和审核卷宗。
            联系人：王静  0395-5613318
            """);

        f = u + "/4、3 案卷评查/";
        docx(f + "行政执法案卷评查通知.docx", new Doc(
            "关于开展2021年度行政执法案卷评查的通知", "源市监〔2021〕19号",
            List.of("局属各科室、各市场监管所：",
                "根据区司法局统一部署，我局定于2021年6月开展行政执法案卷评查，现将有关事项通知如下：",
                "一、评查范围：2020年7月1日至2021年5月31日办结的行政处罚案卷，每个所不少于5卷。",
                "二、评查重点：事实认定、法律适用、程序履行、文书制作和自由裁量。",
                "三、各单位于6月10日前将案卷报送局法规科。"),
            "源汇区市场监督管理局", LocalDate.of(2021, 5, 31)));
        xlsx(f + "案卷评查记录.xlsx", new Ledger("区市场监管局行政执法案卷评查记录",
            List.of("日期", "范围", "评查案卷数", "优秀", "合格", "不合格", "主要问题"),
            List.of(
                List.of(LocalDate.of(2021, 6, 22), "行政处罚案卷（局属5个市场监管所）", 28, 9, 17, 2, "送达回证填写不全；裁量理由说明不充分"))),
            LocalDate.of(2021, 6, 25));

        f = u + "/4.5 扎实推进服务型行政执法建设/";
        docx(f + "包容审慎监管典型案例.docx", new Doc(
            "包容审慎监管典型案例", null,
            List.of("2021年5月，执法人员在检查中发现某新开业超市销售的3种预包装食品标签不符合规定，货值金额不足200元，系初次违法且危害后果轻微。",
                "依据新修订《中华人民共和国行政处罚法》第三十三条，我局对其作出不予行政处罚决定，同时发放《行政指导建议书》，指导其建立进货查验制度。",
                "回访时，该超市已全部整改到位。"),
            "源汇区市场监督管理局", LocalDate.of(2021, 6, 15)));
        jpg(f + "图片/行政指导进企业.jpg", Scene.COUNTER);

        f = u + "/6.3 加强和完善全民普法/";
        jpg(f + "图片/消费者权益日普法宣传.jpg", Scene.STREET);
        links(f + "新闻链接.txt", StandardCharsets.UTF_8, false,
            "https://www.yuanhui.gov.cn/news/2021/0315.html 区市场监管局开展“3·15”国际消费者权益日宣传活动");
    }

    // ================================================================== 区人社局

    static void humanResources() throws IOException {
        String u = "区人社局";

        text(u + "/4.2 提高行政执法效能/情况说明.txt", """
            关于4.2“提高行政执法效能”印证资料的情况说明
            2021年1月至7月，我局劳动保障监察大队共办理劳动保障监察案件37件，均在行政程序内办结，未发现涉嫌拒不支付劳动报酬罪等需要移送公安机关的案件，因此“两法衔接”案件移送台账为零，无移送材料可报送。行政执法权限协调机制由区司法局统一制定，我局按该机制执行，未发生执法权限争议。
            区人力资源和社会保障局
            2021年7月30日
            """);

        String f = u + "/４．４ 执法人员培训/";
        docx(f + "劳动保障监察员培训通知.docx", new Doc(
            "关于组织劳动保障监察员参加业务培训的通知", "源人社〔2021〕14号",
            List.of("局劳动保障监察大队：",
                "为提升劳动保障监察执法水平，定于2021年5月18日至20日组织全体持证劳动保障监察员参加市人社局举办的业务培训。",
                "培训内容：《保障农民工工资支付条例》、劳动保障监察案件办理程序、执法文书制作。",
                "培训计24学时，请参训人员按时签到，培训结束后参加考试。"),
            "源汇区人力资源和社会保障局", LocalDate.of(2021, 5, 10)));
        jpg(f + "图片/培训现场.jpg", Scene.MEETING);

        f = u + "/7.1 树立重视法治素养和法治能力的用人导向/";
        docx(f + "任前法律知识考试办法.docx", new Doc(
            "源汇区人大常委会任命人员任前法律知识考试办法", "源人社〔2021〕5号",
            List.of("第一条  提请区人大常委会任命的国家机关工作人员，任命前应当参加法律知识考试。",
                "第二条  考试内容以宪法、地方组织法、监察法和与拟任职务相关的法律法规为主。",
                "第三条  考试实行百分制，60分为合格；考试不合格的，暂缓提请任命，一个月内补考一次。",
                "第四条  考试成绩作为提请任命的参考依据，并存入本人档案。"),
            "源汇区人力资源和社会保障局", LocalDate.of(2021, 3, 5)));
        xlsx(f + "任前考法成绩登记表.xlsx", new Ledger("2021年任前法律知识考试成绩登记表",
            List.of("序号", "考试日期", "拟任职务", "参考人数", "合格人数", "平均分"),
            List.of(
                List.of(1, LocalDate.of(2021, 3, 26), "区政府组成部门负责人", 6, 6, 86.5),
                List.of(2, LocalDate.of(2021, 6, 25), "区人民法院审判员", 3, 3, 91.0))),
            LocalDate.of(2021, 6, 28));
        text(f + "工作亮点.txt", """
            首次实现区人大常委会任命人员任前考法全覆盖，考试结果与干部任用挂钩，并将法治素养纳入年度考核“德”的评价内容。
            """);

        pdf(u + "/7.2 加强政府工作人员的法治培训/公务员初任培训宪法法律课程安排.pdf",
            "2021年新录用公务员初任培训宪法法律课程安排", LocalDate.of(2021, 7, 14),
            "Induction Training for Newly Recruited Civil Servants, 2021",
            "Constitution and law modules (12 of 40 hours)",
            "",
            "2021-07-19  Xi Jinping Thought on the Rule of Law          3 h",
            "2021-07-20  The Constitution and the State Organs           3 h",
            "2021-07-21  Civil Code for public servants                  3 h",
            "2021-07-22  Administrative Penalty Law and Licensing Law    3 h",
            "",
            "Examination on 2021-07-23; a pass is required for confirmation.");
    }

    // ================================================================== 区审计局

    static void auditBureau() throws IOException {
        String u = "区审计局";

        text(u + "/1.3 优化政府职能/情况说明.txt", """
            关于1.3“优化政府职能”印证资料的情况说明
            我局机构改革已于2019年3月按照《源汇区机构改革方案》完成，“三定”规定当年印发并已报送。2021年以来我局未发生机构设置、职能配置和人员编制调整，无新的机构改革文件，故本项无2021年度新增印证资料。
            区审计局
            2021年7月29日
            """);

        pdf(u + "/3.2 完善行政决策程序/审计项目计划集体审议纪要.pdf", "区审计局2021年度审计项目计划集体审议纪要",
            LocalDate.of(2021, 2, 3),
            "Minutes of the Collective Deliberation on the 2021 Audit Project Plan",
            "Yuanhui District Audit Bureau, bureau affairs meeting, 2021-02-02",
            "",
            "The draft plan (9 projects) was reviewed for legality by the bureau's legal",
            "adviser beforehand, and opinions of the district finance bureau were sought.",
            "Decision: adopted by all 7 members present; 2 projects re-ordered.",
            "The plan is reported to the district government and the municipal audit bureau.");

        text(u + "/4.1 加强行政执法规范化建设/不涉及说明.txt", """
            区审计局依照《中华人民共和国审计法》履行审计监督职责，作出的审计决定不属于行政执法“三项制度”的推行范围；区司法局《关于全面推行行政执法三项制度的实施方案》附件所列执法主体名单中未包括我局，故本项指标不涉及我局。
            """);

        text(u + "/5.1 自觉接受各类监督/情况说明.txt", """
            关于5.1“自觉接受监督”印证资料的情况说明
            2021年1月至7月，区人大常委会未向我局交办审议意见；我局未发生行政诉讼案件，不存在负责人出庭应诉情形；亦未收到人民法院司法建议和人民检察院检察建议。因此本项暂无审议意见办理报告、出庭应诉统计和“两个建议”整改材料。
            区审计局
            2021年7月29日
            """);

        String f = u + "/5.2 加强行政监督和审计监督/";
        docx(f + "审计全覆盖工作方案.docx", new Doc(
            "源汇区审计全覆盖工作方案（2021—2025年）", "源审〔2021〕3号",
            List.of("一、对公共资金、国有资产、国有资源和领导干部履行经济责任情况实行审计全覆盖，五年内对区直部门和乡镇（街道）至少审计一次。",
                "二、建立审计对象数据库，按照重点对象每年审计、一般对象五年轮审的原则编制年度计划。",
                "三、建立审计发现问题整改台账，实行对账销号管理。"),
            "源汇区审计局", LocalDate.of(2021, 2, 10)));
        xlsx(f + "2021年审计项目目录.xlsx", new Ledger("区审计局2021年度审计项目目录",
            List.of("序号", "项目名称", "被审计单位", "审计类型", "进度"),
            List.of(
                List.of(1, "2020年度区本级预算执行和其他财政收支审计", "区财政局", "预算执行审计", "已出具报告"),
                List.of(2, "区人社局主要负责人经济责任审计", "区人社局", "经济责任审计", "现场审计"),
                List.of(3, "老旧小区改造项目跟踪审计", "区住建局", "投资审计", "现场审计"),
                List.of(4, "空冢郭镇财政财务收支审计", "空冢郭镇", "财政收支审计", "已出具报告"),
                List.of(5, "就业补助资金专项审计", "区人社局", "专项审计", "计划"))),
            LocalDate.of(2021, 7, 22));
        // A .docx that someone renamed to .jpg: content does not match the extension.
        write(f + "现场照片.jpg", docxBytes(new Doc(
            "现场审计照片说明", null,
            List.of("照片1：审计组在空冢郭镇财政所核对会计凭证。", "照片2：审计组实地查看老旧小区改造工程进度。"),
            "区审计局审计二股", LocalDate.of(2021, 6, 11))));
    }

    // ================================================================== 街道、乡镇

    static void streetsAndTowns() throws IOException {
        // 老街街道
        String f = "老街街道/1.5 提高公共法律服务效能/";
        text(f + "情况简介.txt", """
            老街街道依托街道司法所建成公共法律服务工作站，在辖区各社区设立公共法律服务室，聘请律师担任社区法律顾问，每周定期坐班。上半年共接待群众法律咨询156人次，代写法律文书12份，引导申请法律援助8件，为辖区群众提供了便捷高效的公共法律服务。
            """);
        jpg(f + "图片/公共法律服务工作站.jpg", Scene.COUNTER);
        jpg(f + "图片/社区法律顾问坐班.jpg", Scene.COUNTER);

        f = "老街街道/6.1 健全社会矛盾纠纷多元化解机制/";
        text(f + "情况简介.txt", """
            老街街道健全“街道—社区—网格”三级矛盾纠纷排查调处网络，街道人民调解委员会与派出所、法庭建立诉调、警调对接机制。上半年共排查各类矛盾纠纷87起，调解成功84起，调解成功率96.6%，未发生因矛盾纠纷激化引发的群体性事件和刑事案件。
            """);
        xlsx(f + "矛盾纠纷调解台账.xlsx", new Ledger("老街街道矛盾纠纷排查调处台账（2021年1—6月）",
            List.of("月份", "排查纠纷（起）", "婚姻家庭", "邻里纠纷", "物业纠纷", "其他", "调解成功（起）"),
            List.of(
                List.of("1月", 12, 3, 4, 3, 2, 12), List.of("2月", 9, 4, 2, 1, 2, 9), List.of("3月", 16, 4, 5, 4, 3, 15),
                List.of("4月", 17, 5, 6, 3, 3, 16), List.of("5月", 15, 3, 5, 5, 2, 15), List.of("6月", 18, 5, 4, 6, 3, 17))),
            LocalDate.of(2021, 7, 6));

        f = "老街街道/6.3 加强和完善全民普法/";
        text(f + "情况简介.txt", """
            老街街道利用辖区老街历史文化街区人流量大的特点，建成沿街法治文化长廊300米，设置宪法、民法典主题宣传栏24块。上半年开展“法律进社区”活动18场，发放宣传资料5600余份。
            """);
        jpg(f + "图片/法治文化广场.jpg", Scene.STREET);
        links(f + "新闻链接.txt", StandardCharsets.UTF_8, false,
            "https://www.yuanhui.gov.cn/news/2021/0609.html 老街街道法治文化长廊揭牌");

        // 顺河街道
        f = "顺河街道/1.5 提高公共法律服务效能/";
        pdf(f + "公共法律服务站工作制度.pdf", "顺河街道公共法律服务站工作制度", LocalDate.of(2021, 4, 1),
            "Shunhe Street Public Legal Service Station - Working Rules",
            "",
            "Open Monday to Friday, 8:30-12:00 and 14:30-17:30.",
            "A lawyer is on duty every Wednesday afternoon.",
            "Every visit is recorded in the service register.",
            "Legal aid applications are forwarded to the district centre within 1 day.");
        jpg(f + "图片/服务站外景.jpg", Scene.STREET);

        f = "顺河街道/6.1 健全社会矛盾纠纷多元化解机制/";
        // Saved by an old Windows Notepad: GBK ("ANSI").
        text(f + "情况简介.txt", """
            顺河街道在各社区设立“和事佬”调解室，吸纳退休干部、老党员、律师等组成调解队伍32人。上半年调处矛盾纠纷64起，调解成功62起；对涉及拆迁安置的5起群体性纠纷，街道联合区信访局、区司法局召开听证会化解。
            """, GBK, false, false);
        xlsx(f + "人民调解案件台账.xlsx", new Ledger("顺河街道人民调解案件台账（2021年）",
            List.of("序号", "受理日期", "纠纷类型", "当事人（人数）", "调解结果", "是否制作协议书"),
            List.of(
                List.of(1, LocalDate.of(2021, 1, 14), "邻里纠纷", 2, "调解成功", "是"),
                List.of(2, LocalDate.of(2021, 2, 25), "拆迁安置", 14, "调解成功", "是"),
                List.of(3, LocalDate.of(2021, 3, 30), "婚姻家庭", 2, "调解成功", "否"),
                List.of(4, LocalDate.of(2021, 5, 7), "劳务纠纷", 6, "调解不成，引导诉讼", "否"),
                List.of(5, LocalDate.of(2021, 6, 19), "物业纠纷", 3, "调解成功", "是"))),
            LocalDate.of(2021, 6, 30));

        // What `dossier init` writes; nothing else was uploaded.
        text("顺河街道/6.3 加强和完善全民普法/材料要求.txt", """
            指标：6.3 加强和完善全民普法
            评估内容：落实“八五”普法规划，全民法治宣传教育普及率≥80%；办好宪法宣传周活动；加强青少年法治宣传教育和法治文化建设。
            佐证材料：普法计划、活动图片、新闻链接、问卷统计
            完成时限：2021/8/5
            """);

        // 马路街街道
        docx("马路街街道/6.1 健全社会矛盾纠纷多元化解机制/典型调解案例.docx", new Doc(
            "马路街街道人民调解典型案例", null,
            List.of("2021年4月，辖区某小区因地下车库漏水引发业主与物业公司纠纷，涉及业主47户。",
                "街道人民调解委员会邀请律师、住建部门工作人员参与调解，经过三次调解会，双方达成由物业公司先行维修、维修资金按比例分担的调解协议。",
                "6月回访，维修已完成，业主满意。"),
            "马路街街道人民调解委员会", LocalDate.of(2021, 6, 21)));
        links("马路街街道/6.3 加强和完善全民普法/新闻链接.txt", StandardCharsets.UTF_8, false,
            "https://www.yuanhui.gov.cn/news/2021/0427.html 马路街街道开展民法典进社区宣传活动",
            "https://mp.weixin.qq.com/s/MljJdPf2021Mfd0520\t马路街街道：民法典宣传月 普法零距离");
        // Saved as "Unicode" from Windows Notepad: UTF-16LE with BOM, CRLF.
        text("马路街街道/8.2 落实法治建设责任制/情况说明.txt", """
            关于8.2“落实法治建设责任制”印证资料的情况说明
            街道党工委书记、办事处主任年度述法工作按区委安排统一在年底进行，2021年度述法报告尚未形成；街道党工委已于3月将履行推进法治建设第一责任人职责纳入年度工作要点（党工委会议记录为纸质原件）。述法材料形成后将及时补报。
            马路街街道办事处
            2021年7月30日
            """, StandardCharsets.UTF_16LE, true, true);

        // 干河陈街道
        f = "干河陈街道/1.5 提高公共法律服务效能/";
        text(f + "情况简介.txt", """
            干河陈街道公共法律服务站于2021年5月建成投用，设在街道综治中心一楼，配备专职工作人员2名；辖区8个社区均设立公共法律服务室，实现“一社区一法律顾问”全覆盖。
            """);
        jpg(f + "图片/公共法律服务站.jpg", Scene.COUNTER);

        // 空冢郭镇
        jpg("空冢郭镇/1.5 提高公共法律服务效能/图片/镇公共法律服务站.jpg", Scene.COUNTER);
        jpg("空冢郭镇/1.5 提高公共法律服务效能/图片/村法律服务室揭牌.jpg", Scene.STREET);
        f = "空冢郭镇/6.3 加强和完善全民普法/";
        jpg(f + "图片/法治宣传下乡.jpg", Scene.STREET);
        // UTF-8 with BOM and CRLF, as Windows 10 Notepad saves it.
        links(f + "新闻链接.txt", StandardCharsets.UTF_8, true,
            "https://www.yuanhui.gov.cn/news/2021/0604.html 空冢郭镇开展“法律进乡村”集中宣传活动",
            "https://www.luohe.gov.cn/xwzx/qxdt/2021/0715-kzg.html 空冢郭镇“法律明白人”培训全覆盖");
        // Highlights only: not evidence, so the task stays missing.
        text("空冢郭镇/8.2 落实法治建设责任制/工作亮点.txt", """
            镇党委书记带头讲法治课，每月一次“书记讲法”进村入户，已覆盖全镇14个行政村。
            """);

        // 问十乡: the liaison created the note and never wrote the reason.
        empty("问十乡/6.1 健全社会矛盾纠纷多元化解机制/不涉及.txt");
    }

    // ================================================================== folders that match nothing

    static void strayFolders() throws IOException {
        // An indicator id the sheet does not have.
        docx("区财政局/9.1 其他工作/区财政局2021年上半年法治建设工作总结.docx", new Doc(
            "区财政局2021年上半年法治建设工作总结", null,
            List.of("上半年，我局认真落实法治政府建设示范创建各项任务，完善内部控制制度，开展“双随机、一公开”抽查，报送行政规范性文件合法性审核2件。",
                "下半年，我局将重点做好财政执法人员培训和规范性文件清理工作。"),
            "源汇区财政局", LocalDate.of(2021, 7, 9)));
        // A unit the units table does not have.
        String f = "区教育局/6.3 青少年法治教育/";
        text(f + "情况简介.txt", """
            全区中小学校均配备法治副校长，上半年法治副校长到校授课86节次，开展模拟法庭、宪法晨读等活动，覆盖学生2.1万人次。
            """);
        jpg(f + "图片/法治副校长授课.jpg", Scene.MEETING);
    }

    // ================================================================== writers

    static void write(String rel, byte[] bytes) throws IOException {
        Path p = evidence.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        files++;
    }

    static void empty(String rel) throws IOException {
        write(rel, new byte[0]);
    }

    /** UTF-8 text, LF line endings, as written on Linux or by a modern editor. */
    static void text(String rel, String content) throws IOException {
        text(rel, content, StandardCharsets.UTF_8, false, false);
    }

    static void text(String rel, String content, Charset cs, boolean bom, boolean crlf) throws IOException {
        String s = crlf ? content.replace("\n", "\r\n") : content;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            if (cs.equals(StandardCharsets.UTF_8)) out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            else if (cs.equals(StandardCharsets.UTF_16LE)) out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        }
        out.write(s.getBytes(cs));
        write(rel, out.toByteArray());
    }

    /** A 新闻链接 file: one URL a line, an optional title after a space or tab. */
    static void links(String rel, Charset cs, boolean windows, String... lines) throws IOException {
        text(rel, String.join("\n", lines) + "\n", cs, windows, windows);
    }

    // ------------------------------------------------------------------ docx

    /** A short official document: title, optional 文号, body paragraphs, issuer and date. */
    record Doc(String title, String number, List<String> body, String issuer, LocalDate date) {}

    static void docx(String rel, Doc doc) throws IOException {
        write(rel, docxBytes(doc));
    }

    static byte[] docxBytes(Doc doc) throws IOException {
        XWPFDocument d = new XWPFDocument();
        XWPFParagraph t = d.createParagraph();
        t.setAlignment(ParagraphAlignment.CENTER);
        t.setSpacingAfter(240);
        run(t, doc.title(), "方正小标宋简体", 22, false);
        if (doc.number() != null) {
            XWPFParagraph n = d.createParagraph();
            n.setAlignment(ParagraphAlignment.CENTER);
            n.setSpacingAfter(240);
            run(n, doc.number(), "仿宋_GB2312", 16, false);
        }
        for (String body : doc.body()) {
            XWPFParagraph p = d.createParagraph();
            boolean salutation = body.endsWith("：");
            if (!salutation) p.setIndentationFirstLine(640);
            p.setSpacingBetween(1.5);
            run(p, body, "仿宋_GB2312", 16, false);
        }
        for (String s : List.of(doc.issuer(), chineseDate(doc.date()))) {
            XWPFParagraph p = d.createParagraph();
            p.setAlignment(ParagraphAlignment.RIGHT);
            run(p, s, "仿宋_GB2312", 16, false);
        }
        var core = d.getProperties().getCoreProperties();
        core.setTitle(doc.title());
        core.setCreator(doc.issuer());
        core.getUnderlyingProperties().setLastModifiedByProperty(doc.issuer());
        Date when = Date.from(doc.date().atTime(9, 30).atZone(SHANGHAI).toInstant());
        core.setCreated(Optional.of(when));
        core.setModified(Optional.of(when));
        return pinned(d, doc.date().atTime(9, 30));
    }

    static void run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font);
        r.setFontSize(size);
        r.setBold(bold);
    }

    static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    // ------------------------------------------------------------------ xlsx

    /** A small register: a title row merged across, a header row, data rows. */
    record Ledger(String title, List<String> header, List<List<Object>> rows) {}

    static void xlsx(String rel, Ledger l, LocalDate date) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Font body = wb.createFont();
        body.setFontName("宋体");
        body.setFontHeightInPoints((short) 11);
        Font bold = wb.createFont();
        bold.setFontName("黑体");
        bold.setFontHeightInPoints((short) 11);
        bold.setBold(true);
        Font big = wb.createFont();
        big.setFontName("方正小标宋简体");
        big.setFontHeightInPoints((short) 16);
        CellStyle title = style(wb, big, false);
        CellStyle head = style(wb, bold, true);
        CellStyle cell = style(wb, body, true);
        CellStyle dateStyle = style(wb, body, true);
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));

        Sheet sh = wb.createSheet("台账");
        int last = l.header().size() - 1;
        Row t = sh.createRow(0);
        t.setHeightInPoints(28);
        Cell tc = t.createCell(0);
        tc.setCellValue(l.title());
        tc.setCellStyle(title);
        if (last > 0) sh.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        Row h = sh.createRow(1);
        for (int c = 0; c <= last; c++) {
            Cell x = h.createCell(c);
            x.setCellValue(l.header().get(c));
            x.setCellStyle(head);
            int width = Math.max(8, l.header().get(c).length() * 2 + 2);
            for (List<Object> r : l.rows()) {
                Object v = r.get(c);
                if (v instanceof String s) width = Math.max(width, Math.min(48, s.length() * 2 + 2));
                if (v instanceof LocalDate) width = Math.max(width, 12);
            }
            sh.setColumnWidth(c, width * 256);
        }
        for (int i = 0; i < l.rows().size(); i++) {
            Row r = sh.createRow(i + 2);
            List<Object> values = l.rows().get(i);
            for (int c = 0; c < values.size(); c++) {
                Cell x = r.createCell(c);
                Object v = values.get(c);
                if (v instanceof LocalDate d) {
                    x.setCellValue(d);
                    x.setCellStyle(dateStyle);
                    continue;
                }
                if (v instanceof Number n) x.setCellValue(n.doubleValue());
                else x.setCellValue(String.valueOf(v));
                x.setCellStyle(cell);
            }
        }
        sh.createFreezePane(0, 2);
        var core = wb.getProperties().getCoreProperties();
        core.setTitle(l.title());
        core.setCreator(rel.substring(0, rel.indexOf('/')));
        Date when = Date.from(date.atTime(16, 0).atZone(SHANGHAI).toInstant());
        core.setCreated(Optional.of(when));
        core.setModified(Optional.of(when));
        write(rel, pinned(wb, date.atTime(16, 0)));
    }

    static CellStyle style(XSSFWorkbook wb, Font font, boolean border) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(HorizontalAlignment.CENTER);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(true);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }

    /** Saves an OOXML document with every zip entry time pinned, so reruns give the same bytes. */
    static byte[] pinned(POIXMLDocument doc, LocalDateTime time) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        doc.write(raw);
        doc.close();
        ByteArrayOutputStream fixed = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
             ZipOutputStream out = new ZipOutputStream(fixed)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(time);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return fixed.toByteArray();
    }

    // ------------------------------------------------------------------ pdf

    /**
     * A minimal valid PDF 1.4: one A4 page of Helvetica text (ASCII), an Info dictionary with
     * the Chinese title as a UTF-16BE text string and a fixed creation date, an xref table whose
     * offsets are computed, and the trailer.
     */
    static void pdf(String rel, String title, LocalDate date, String... lines) throws IOException {
        StringBuilder content = new StringBuilder("BT\n/F1 11 Tf\n14 TL\n72 770 Td\n");
        for (String line : lines) content.append('(').append(pdfEscape(line)).append(") Tj T*\n");
        content.append("ET");
        String stamp = String.format("D:%04d%02d%02d100000+08'00'",
            date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        StringBuilder hexTitle = new StringBuilder("FEFF");
        for (byte b : title.getBytes(StandardCharsets.UTF_16BE)) hexTitle.append(String.format("%02X", b & 0xFF));
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Title <" + hexTitle + "> /Producer (MakeYuanhuiEvidence) /CreationDate (" + stamp + ") /ModDate (" + stamp + ") >>"};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ascii(out, "%PDF-1.4\n");
        out.write(new byte[] {'%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = out.size();
            ascii(out, (i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder x = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
        for (int o : offsets) x.append(String.format("%010d 00000 n \n", o));
        x.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R /Info 6 0 R >>\n");
        x.append("startxref\n").append(xref).append("\n%%EOF\n");
        ascii(out, x.toString());
        write(rel, out.toByteArray());
    }

    static String pdfEscape(String s) {
        for (char c : s.toCharArray()) {
            if (c > 126) throw new IllegalArgumentException("PDF text must be ASCII: " + s);
        }
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    }

    static void ascii(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }

    // ------------------------------------------------------------------ images

    enum Scene { MEETING, COUNTER, STREET }

    /** A 320x200 "photo", drawn from a seed taken from the file path: every image differs. */
    static void jpg(String rel, Scene scene) throws IOException {
        Random rnd = new Random(rel.hashCode());
        BufferedImage img = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        switch (scene) {
            case MEETING -> meeting(g, rnd);
            case COUNTER -> counter(g, rnd);
            case STREET -> street(g, rnd);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(img, "jpg", out)) throw new IOException("no JPEG writer");
        write(rel, out.toByteArray());
    }

    /** A meeting room: red banner, back wall, rows of seated people, a rostrum. */
    static void meeting(Graphics2D g, Random rnd) {
        g.setPaint(new GradientPaint(0, 0, new Color(236, 228, 214), 0, 120, new Color(205, 190, 168)));
        g.fillRect(0, 0, 320, 200);
        g.setColor(new Color(178, 24, 30));
        g.fillRect(30, 12, 260, 26);
        g.setColor(new Color(240, 200, 80));
        g.fillRect(34, 22, 252, 5);
        g.setColor(new Color(120, 84, 52));
        g.fillRect(120 + rnd.nextInt(40), 48, 60, 34);
        for (int row = 0; row < 4; row++) {
            int y = 100 + row * 26;
            for (int x = 14 + rnd.nextInt(10); x < 310; x += 26 + rnd.nextInt(6)) person(g, rnd, x, y, 7 + row);
            g.setColor(new Color(70, 58, 48));
            g.fillRect(0, y + 14 + row, 320, 4);
        }
    }

    /** A service hall: windows with staff behind a counter, signs, people queuing. */
    static void counter(Graphics2D g, Random rnd) {
        g.setColor(new Color(226, 232, 238));
        g.fillRect(0, 0, 320, 200);
        g.setColor(new Color(20, 92, 160));
        g.fillRect(0, 0, 320, 28);
        int windows = 3 + rnd.nextInt(3);
        int w = 300 / windows;
        for (int i = 0; i < windows; i++) {
            int x = 10 + i * w;
            g.setColor(new Color(190, 214, 232));
            g.fillRect(x + 4, 40, w - 8, 60);
            g.setColor(new Color(40, 120, 190));
            g.fillRect(x + 10, 34, w - 20, 10);
            person(g, rnd, x + w / 2, 80, 9);
        }
        g.setColor(new Color(150, 120, 90));
        g.fillRect(0, 100, 320, 22);
        g.setColor(new Color(200, 196, 188));
        g.fillRect(0, 122, 320, 78);
        for (int i = 0, n = 2 + rnd.nextInt(5); i < n; i++) person(g, rnd, 20 + rnd.nextInt(280), 150 + rnd.nextInt(30), 11);
    }

    /** Outdoors: sky, buildings, a red booth with a banner, a crowd. */
    static void street(Graphics2D g, Random rnd) {
        g.setPaint(new GradientPaint(0, 0, new Color(120, 170, 225), 0, 110, new Color(215, 232, 245)));
        g.fillRect(0, 0, 320, 200);
        for (int x = 0; x < 320; ) {
            int bw = 30 + rnd.nextInt(40), bh = 40 + rnd.nextInt(60);
            g.setColor(new Color(150 + rnd.nextInt(60), 150 + rnd.nextInt(50), 150 + rnd.nextInt(40)));
            g.fillRect(x, 110 - bh, bw - 3, bh);
            g.setColor(new Color(90, 110, 130));
            for (int wy = 115 - bh; wy < 104; wy += 12) for (int wx = x + 5; wx < x + bw - 10; wx += 10) g.fillRect(wx, wy, 5, 6);
            x += bw;
        }
        g.setColor(new Color(160, 160, 150));
        g.fillRect(0, 110, 320, 90);
        int bx = 40 + rnd.nextInt(160);
        g.setColor(new Color(200, 30, 36));
        g.fillPolygon(new int[] {bx - 10, bx + 50, bx + 110}, new int[] {112, 88, 112}, 3);
        g.fillRect(bx, 112, 100, 8);
        g.setColor(new Color(250, 250, 245));
        g.fillRect(bx + 6, 122, 88, 22);
        g.setColor(new Color(180, 30, 30));
        g.setStroke(new BasicStroke(2));
        g.drawRect(bx + 6, 122, 88, 22);
        for (int i = 0, n = 6 + rnd.nextInt(8); i < n; i++) person(g, rnd, 10 + rnd.nextInt(300), 150 + rnd.nextInt(40), 10);
    }

    static void person(Graphics2D g, Random rnd, int x, int y, int r) {
        Color[] coats = {new Color(30, 40, 70), new Color(60, 60, 60), new Color(150, 40, 40),
            new Color(40, 90, 60), new Color(210, 210, 215), new Color(90, 70, 50)};
        g.setColor(coats[rnd.nextInt(coats.length)]);
        g.fillRoundRect(x - r, y + r - 2, 2 * r, 2 * r + 4, r, r);
        g.setColor(new Color(232, 196, 160));
        g.fillOval(x - r / 2 - 1, y - 2, r + 2, r + 2);
        g.setColor(new Color(30, 26, 24));
        g.fillArc(x - r / 2 - 1, y - 3, r + 2, r + 2, 0, 180);
    }

    /** A web-page screenshot: browser bar, site header, a list or table of grey "text" bars. */
    static void png(String rel) throws IOException {
        Random rnd = new Random(rel.hashCode());
        BufferedImage img = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 320, 200);
        g.setColor(new Color(222, 225, 230));
        g.fillRect(0, 0, 320, 16);
        g.setColor(Color.WHITE);
        g.fillRoundRect(40, 3, 220, 10, 6, 6);
        for (int i = 0; i < 3; i++) {
            g.setColor(new Color[] {new Color(237, 106, 94), new Color(245, 191, 79), new Color(98, 197, 84)}[i]);
            g.fillOval(6 + i * 10, 4, 7, 7);
        }
        Color brand = new Color(160 + rnd.nextInt(40), 20, 30);
        g.setColor(brand);
        g.fillRect(0, 16, 320, 30);
        g.setColor(new Color(255, 230, 160));
        g.fillRect(12, 26, 90 + rnd.nextInt(40), 10);
        g.setColor(new Color(245, 245, 245));
        g.fillRect(0, 46, 320, 14);
        boolean table = rnd.nextBoolean();
        g.setColor(new Color(120, 120, 120));
        for (int y = 70; y < 190; y += 14) {
            if (table) {
                g.setColor(new Color(210, 210, 210));
                g.drawRect(10, y - 3, 300, 14);
                for (int c = 1; c < 4; c++) g.drawLine(10 + c * 75, y - 3, 10 + c * 75, y + 11);
                g.setColor(new Color(110, 110, 110));
                for (int c = 0; c < 4; c++) g.fillRect(16 + c * 75, y + 2, 20 + rnd.nextInt(45), 4);
            } else {
                g.setColor(brand);
                g.fillRect(12, y + 2, 4, 4);
                g.setColor(new Color(90, 90, 90));
                g.fillRect(22, y + 1, 150 + rnd.nextInt(90), 5);
                g.setColor(new Color(170, 170, 170));
                g.fillRect(262, y + 1, 46, 5);
            }
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        write(rel, out.toByteArray());
    }

    // ------------------------------------------------------------------ junk the file checks must catch

    /** A Word owner file (~$name.docx) as Word leaves it while a document is open: 162 bytes. */
    static void lockFile(String rel, String user) throws IOException {
        byte[] b = new byte[162];
        b[0] = (byte) user.length();
        byte[] name = user.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, b, 1, name.length);
        for (int i = 1 + name.length; i < 54; i++) b[i] = ' ';
        b[54] = (byte) user.length();
        byte[] wide = user.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(wide, 0, b, 56, wide.length);
        write(rel, b);
    }

    /** A Windows thumbnail cache: an OLE2 compound file with a Catalog stream. */
    static void thumbsDb(String rel) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            byte[] catalog = new byte[64];
            catalog[0] = 0x10;
            catalog[2] = 0x07;
            catalog[4] = 0x02;
            byte[] name = "公共法律服务中心大厅.jpg".getBytes(StandardCharsets.UTF_16LE);
            byte[] stream = new byte[catalog.length + name.length];
            System.arraycopy(catalog, 0, stream, 0, catalog.length);
            System.arraycopy(name, 0, stream, catalog.length, name.length);
            fs.createDocument(new ByteArrayInputStream(stream), "Catalog");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            write(rel, out.toByteArray());
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
