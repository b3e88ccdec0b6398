package dossier.read;

import dossier.model.RegisterKind;
import dossier.shared.ChineseText;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of the built-in registers (SPEC §2.4), each with its built-in name (the one a
 * dossier.yaml mapping uses), an English id, and the header texts that mean it. The most specific
 * header comes first: when two columns mean one thing (执法证号 and 证号) the first name wins.
 */
enum RegisterColumn {
    /** 身份证号: ends with 证号 but is never a certificate; recognised only to be ignored. */
    IDENTITY_CARD(null, null, "身份证号", "身份证号码", "身份证", "公民身份号码", "身份证件号码"),
    NAME("姓名", "name", "姓名", "执法人员姓名", "人员姓名", "参训人员姓名", "参训人员", "参训人", "执法人员", "名字", "name"),
    CERTIFICATE("执法证号", "certificate", "执法证号", "执法证件号", "执法证编号", "执法证件编号", "执法证件号码",
            "执法证号码", "行政执法证号", "行政执法证件号", "证件号码", "证件号", "证号", "certificate"),
    POST("岗位", "post", "岗位", "执法岗位", "工作岗位", "岗位类别", "职务", "post"),
    DATE("日期", "date", "日期", "时间", "培训日期", "培训时间", "学习日期", "学习时间", "会议日期", "会议时间", "评查日期",
            "评查时间", "发布日期", "发文日期", "印发日期", "公布日期", "成文日期", "date"),
    HOURS("学时", "hours", "学时", "课时", "时长", "小时", "培训学时", "学时数", "培训时长", "时数", "hours"),
    CONTENT("内容", "content", "内容", "培训内容", "培训主题", "培训名称", "课程", "课程名称", "培训课程", "content"),
    TOPIC("主题", "topic", "主题", "学习主题", "学习内容", "学法内容", "学法主题", "学习篇目", "topic"),
    SCOPE("范围", "scope", "范围", "评查范围", "评查内容", "评查对象", "评查案卷", "scope"),
    NUMBER("文号", "number", "文号", "发文字号", "文件编号", "发文文号", "字号", "number"),
    TITLE("标题", "title", "标题", "文件名称", "文件标题", "名称", "title"),
    REVIEW("合法性审核", "review", "合法性审核", "是否合法性审核", "是否经合法性审核", "合法性审核情况", "审核情况",
            "合法性审查", "是否审核", "review");

    private final String builtinName;
    private final String id;
    private final List<String> headers;

    RegisterColumn(String builtinName, String id, String... headers) {
        this.builtinName = builtinName;
        this.id = id;
        this.headers = List.of(headers);
    }

    /** The name a dossier.yaml mapping and a finding use (姓名, 学时 …); null for ignored columns. */
    String builtinName() {
        return builtinName;
    }

    List<String> headers() {
        return headers;
    }

    /** Every column's header names, in this order (the order breaks ties between equally good names). */
    static Map<RegisterColumn, List<String>> headerNames() {
        Map<RegisterColumn, List<String>> m = new LinkedHashMap<>();
        for (RegisterColumn c : values()) m.put(c, c.headers);
        return m;
    }

    /**
     * The column a dossier.yaml mapping key means: the built-in name, the English id, or any
     * header name of it ("学时", "hours", "课时"); also 发布日期 → 日期.
     */
    static Optional<RegisterColumn> byMappingKey(String key) {
        String k = ChineseText.compact(key).toLowerCase(Locale.ROOT);
        for (RegisterColumn c : values()) {
            if (c.builtinName == null) continue;
            if (k.equals(c.builtinName) || k.equals(c.id)) return Optional.of(c);
        }
        for (RegisterColumn c : values()) {
            if (c.builtinName == null) continue;
            for (String h : c.headers) {
                if (k.equals(ChineseText.compact(h).toLowerCase(Locale.ROOT))) return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** One requirement: at least one of these columns. */
    record AnyOf(Set<RegisterColumn> columns) {
        String names() {
            List<String> out = new ArrayList<>();
            for (RegisterColumn c : columns) out.add(c.builtinName);
            return String.join("/", out);
        }
    }

    /** What a header needs for its rows to be read as this kind. */
    static List<AnyOf> required(RegisterKind kind) {
        return switch (kind) {
            case ROSTER -> List.of(any(NAME), any(CERTIFICATE, POST));
            case TRAINING -> List.of(any(NAME), any(DATE), any(HOURS));
            case NORMATIVE_DOCS -> List.of(any(NUMBER, TITLE), any(DATE), any(REVIEW));
            case LAW_STUDY, CASE_REVIEWS -> List.of(any(DATE));
        };
    }

    /** The required columns a header lacks, by built-in name, e.g. "学时、日期"; empty when it has them all. */
    static String missing(RegisterKind kind, Set<RegisterColumn> present) {
        List<String> out = new ArrayList<>();
        for (AnyOf need : required(kind)) {
            if (need.columns().stream().noneMatch(present::contains)) out.add(need.names());
        }
        return String.join("、", out);
    }

    /**
     * The kind a header shows by itself, with no help from the file name: its required columns
     * and the column that sets it apart (学时 for a training log, 主题 for a law-study record …).
     */
    static RegisterKind guess(Set<RegisterColumn> present) {
        if (missing(RegisterKind.TRAINING, present).isEmpty()) return RegisterKind.TRAINING;
        if (missing(RegisterKind.NORMATIVE_DOCS, present).isEmpty()) return RegisterKind.NORMATIVE_DOCS;
        if (missing(RegisterKind.ROSTER, present).isEmpty() && !present.contains(HOURS)) return RegisterKind.ROSTER;
        if (present.contains(DATE) && present.contains(TOPIC) && !present.contains(SCOPE)) return RegisterKind.LAW_STUDY;
        if (present.contains(DATE) && present.contains(SCOPE) && !present.contains(TOPIC)) return RegisterKind.CASE_REVIEWS;
        return null;
    }

    private static AnyOf any(RegisterColumn... columns) {
        EnumSet<RegisterColumn> set = EnumSet.noneOf(RegisterColumn.class);
        set.addAll(List.of(columns));
        return new AnyOf(set);
    }
}
