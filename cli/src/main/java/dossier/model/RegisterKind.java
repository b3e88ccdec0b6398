package dossier.model;

import java.util.Locale;

/** The built-in register kinds of SPEC §2.4. */
public enum RegisterKind {
    /** 执法人员名册: 姓名, 执法证号, 岗位. */
    ROSTER,
    /** 培训台账: 姓名, (执法证号), 日期, 内容, 学时. */
    TRAINING,
    /** 规范性文件目录: 文号, 标题, 发布日期, 合法性审核. */
    NORMATIVE_DOCS,
    /** 会前学法记录: 日期, 主题. */
    LAW_STUDY,
    /** 案卷评查记录: 日期, 范围. */
    CASE_REVIEWS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
