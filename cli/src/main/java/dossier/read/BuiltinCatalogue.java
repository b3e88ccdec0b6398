package dossier.read;

import dossier.model.Due;
import dossier.model.Indicator;
import dossier.shared.IndicatorIds;

import java.util.ArrayList;
import java.util.List;

/**
 * The seed plan's section 四: 8 areas and 28 tasks, ids 1.1 … 8.2, used when a repository has
 * no task sheet. Every unit is responsible for every task and none leads; tasks fall due with
 * the 收集印证资料 milestone.
 */
public final class BuiltinCatalogue {
    public static final List<String> AREAS = List.of(
            "依法全面履行政府职能",
            "完善依法行政制度体系",
            "推进重大行政决策科学化、民主化、合法化",
            "行政执法严格规范公正文明",
            "强化行政权力制约监督",
            "依法有效化解社会矛盾纠纷",
            "全面提升政府工作人员法治思维和依法行政能力",
            "落实法治政府建设组织领导");

    private static final String[][] TASKS = {
            {"1.1", "深化行政审批制度改革", "公布行政审批事项清单，清理中介服务，推进“证照分离”“多证合一”，政务服务“一网、一门、一次”"},
            {"1.2", "落实权责清单制度", "编制并公布权责清单、公共服务清单，执行负面清单和收费清单制度"},
            {"1.3", "优化政府职能", "推进政府机构改革和职能转变，优化组织结构"},
            {"1.4", "优化法治化营商环境", "深化“双随机、一公开”监管，推进“智慧监管”，扩大跨部门联合抽查"},
            {"1.5", "提高公共法律服务效能", "健全区、乡镇（街道）、村（居）三级公共法律服务网络"},
            {"2.1", "完善行政规范性文件制定", "规范性文件依法履行评估论证、征求意见、合法性审核、集体审议、公开发布程序"},
            {"2.2", "加强行政规范性文件合法性审查", "建立合法性审核机制，行政规范性文件合法性审核率达100%"},
            {"2.3", "强化行政规范性文件备案和清理", "完善备案审查制度，健全动态清理机制"},
            {"3.1", "健全依法决策机制", "编制并公布年度重大行政决策事项目录，规范决策程序制度"},
            {"3.2", "完善行政决策程序", "落实公众参与、专家论证、风险评估、合法性审查、集体讨论决定程序，落实法律顾问和公职律师制度"},
            {"3.3", "强化行政决策规范化建设", "落实决策全过程记录、材料归档，开展决策后评估"},
            {"4.1", "加强行政执法规范化建设", "全面推行行政执法“三项制度”，法制审核人员不少于执法人员总数5%"},
            {"4.2", "提高行政执法效能", "加强执法队伍建设，健全行政执法和刑事司法衔接机制"},
            {"4.3", "落实行政执法责任制", "建立执法权责清单，每年至少组织1次行政执法案卷评查"},
            {"4.4", "健全行政执法人员管理制度", "执法人员持证上岗，每年法律知识培训不少于40学时"},
            {"4.5", "扎实推进服务型行政执法建设", "推广说服教育、劝导示范、行政指导、行政调解等非强制性执法手段"},
            {"5.1", "自觉接受党内监督、人大监督、司法监督、监察监督、民主监督", "人大审议意见办理满意度95%以上，重大案件负责人出庭率100%，“两个建议”整改率100%"},
            {"5.2", "加强行政监督和审计监督", "建立层级监督常态长效机制，实现审计全覆盖"},
            {"5.3", "完善社会监督和舆论监督机制", "建立违法行政行为投诉举报制度，畅通举报监督渠道"},
            {"5.4", "深入推进政务公开", "推进“五公开”，依申请公开政府信息答复率100%"},
            {"6.1", "健全社会矛盾纠纷多元化解机制", "完善调解、仲裁、行政复议、行政裁决、诉讼有机衔接的多元纠纷解决机制"},
            {"6.2", "加强行政复议工作", "推进行政复议职责整合，完善行政复议委员会制度"},
            {"6.3", "加强和完善全民普法", "落实“八五”普法规划，全民法治宣传教育普及率≥80%"},
            {"7.1", "树立重视法治素养和法治能力的用人导向", "建立任前法律知识考试办法，把法治素养作为考察干部的重要标准"},
            {"7.2", "加强政府工作人员的法治培训", "区政府常务会议会前学法每季度不少于1次"},
            {"7.3", "加强法治队伍建设", "加强法治专门队伍建设，提高法治工作队伍素质"},
            {"8.1", "加强党对法治政府建设的领导", "每年召开专题会议部署法治政府建设，第一季度报告上年度法治政府建设情况并向社会公开"},
            {"8.2", "落实法治建设责任制", "落实党政主要负责人履行推进法治建设第一责任人职责"},
    };

    private BuiltinCatalogue() {
    }

    public static String areaName(String major) {
        try {
            int i = Integer.parseInt(major);
            return i >= 1 && i <= AREAS.size() ? AREAS.get(i - 1) : major;
        } catch (NumberFormatException e) {
            return major;
        }
    }

    /** The 28 tasks with the given responsible units (canonical names, official order). */
    public static List<Indicator> indicators(List<String> units) {
        List<Indicator> out = new ArrayList<>();
        for (String[] t : TASKS) {
            out.add(new Indicator(t[0], areaName(IndicatorIds.major(t[0])), t[1], List.of(t[2]), null, units,
                    "", Due.ongoing(""), null, 0));
        }
        return out;
    }
}
