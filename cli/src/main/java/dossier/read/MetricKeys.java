package dossier.read;

import dossier.shared.ChineseText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The figures a unit may declare in metrics.yaml (SPEC §2.4): an English key, a Chinese key and
 * a kind that says how the value is written and read.
 */
public final class MetricKeys {
    /** How a figure's value is written. */
    public enum Kind {
        /** a whole number ≥ 0: 12, "12人", "十二". */
        COUNT("12"),
        /** 0–100, with or without a % sign: 95, "95%". */
        PERCENT("95%"),
        /** a number of hours: 40, 4.5, "4学时", "四". */
        HOURS("40"),
        /** a date: 2021-03-25, 2021年3月25日, 3月25日 (the campaign year). */
        DATE("2021-03-25"),
        /** a public web address starting with http:// or https://. */
        LINK("https://www.example.gov.cn/…");

        private final String example;

        Kind(String example) {
            this.example = example;
        }

        /** How a value of this kind is written, as shown in a finding; the same in every language. */
        public String example() {
            return example;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One figure: its canonical English key, its Chinese key and its kind. */
    public record Key(String english, String chinese, Kind kind) {
    }

    public static final List<Key> ALL = List.of(
            new Key("enforcement_staff", "执法人员数", Kind.COUNT),
            new Key("legal_reviewers", "法制审核人员数", Kind.COUNT),
            new Key("certified_staff", "持证执法人员数", Kind.COUNT),
            new Key("normative_docs_issued", "规范性文件数", Kind.COUNT),
            new Key("normative_docs_reviewed", "合法性审核数", Kind.COUNT),
            new Key("case_file_reviews", "案卷评查次数", Kind.COUNT),
            new Key("law_study_sessions", "会前学法次数", Kind.COUNT),
            new Key("npc_opinion_satisfaction", "人大审议意见办理满意度", Kind.PERCENT),
            new Key("major_case_court_appearance_rate", "重大案件负责人出庭率", Kind.PERCENT),
            new Key("recommendation_rectification_rate", "两个建议整改率", Kind.PERCENT),
            new Key("disclosure_requests", "依申请公开数", Kind.COUNT),
            new Key("disclosure_answered", "答复数", Kind.COUNT),
            new Key("legal_education_coverage", "普法普及率", Kind.PERCENT),
            new Key("special_meetings", "专题会议次数", Kind.COUNT),
            new Key("annual_report_date", "年度报告日期", Kind.DATE),
            new Key("annual_report_url", "公开链接", Kind.LINK));

    private static final Map<String, Key> BY_NAME;

    static {
        Map<String, Key> m = new LinkedHashMap<>();
        for (Key k : ALL) {
            m.put(normal(k.english()), k);
            m.put(normal(k.chinese()), k);
        }
        BY_NAME = Collections.unmodifiableMap(m);
    }

    private MetricKeys() {
    }

    /**
     * The figure a key names: English or Chinese, in any case, with spaces, full-width forms,
     * hyphens for underscores, or a note in brackets after it ("执法人员数（人）", "普法普及率(%)").
     */
    public static Optional<Key> find(String written) {
        String n = normal(written);
        Key k = BY_NAME.get(n);
        if (k == null) {
            String bare = n.replaceAll("\\([^()]*\\)$", "");
            if (!bare.isEmpty() && !bare.equals(n)) k = BY_NAME.get(bare);
        }
        return Optional.ofNullable(k);
    }

    /** Every key a user may write, English and Chinese, for did-you-mean. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        for (Key k : ALL) {
            out.add(k.english());
            out.add(k.chinese());
        }
        return out;
    }

    private static String normal(String key) {
        return ChineseText.compact(key).toLowerCase(Locale.ROOT).replace('-', '_');
    }
}
