package dossier.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UploadNamesTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "1.1 党委统筹/区司法局/2021年度法治政府建设报告.pdf",
            "evidence/4.4/区人社局/培训签到表（第一期）.xlsx",
            "a.b.c.pdf", "CONSOLE.txt", "com10.txt", "LPT0.txt", "nul_记录.pdf", "AUX1.doc", "prn-1.pdf",
            "中文　全角空格.docx", "文件 中间 有空格.pdf", ".hidden", "a/b/c", "[2021]15号.pdf", "①②.pdf",
            "x/./y.pdf", "x/../y.pdf",
    })
    void fineNames(String path) {
        assertThat(UploadNames.problems(path)).as(path).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a<b.pdf", "a>b.pdf", "a:b.pdf", "a\"b.pdf", "a\\b.pdf", "a|b.pdf", "a?b.pdf", "a*b.pdf",
            "tab\there.pdf", "new\nline.pdf", "bell\u0007.pdf", "nul\0.pdf", "目录:一/文件.pdf"})
    void reservedCharacters(String path) {
        assertThat(UploadNames.problems(path)).as(path).containsExactly("reserved-char");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"CON", "con.txt", "Con.tar.gz", "PRN.pdf", "aux.docx", "NUL", "COM1.jpg", "com9", "LPT1.txt",
            "lpt9.pdf", "COM¹.txt", "LPT³", "单位/CON/材料.pdf", "CON .txt"})
    void reservedNames(String path) {
        assertThat(UploadNames.problems(path)).as(path).containsExactly("reserved-name");
    }

    @Test
    void trailingDotOrSpaceInAnySegment() {
        assertThat(UploadNames.problems("报告.pdf.")).containsExactly("trailing-dot-or-space");
        assertThat(UploadNames.problems("报告.pdf ")).containsExactly("trailing-dot-or-space");
        assertThat(UploadNames.problems("材料./报告.pdf")).containsExactly("trailing-dot-or-space");
        assertThat(UploadNames.problems("区司法局 /报告.pdf")).containsExactly("trailing-dot-or-space");
    }

    @Test
    void leadingSpace() {
        assertThat(UploadNames.problems(" 报告.pdf")).containsExactly("leading-space");
        assertThat(UploadNames.problems("区司法局/ 报告.pdf")).containsExactly("leading-space");
    }

    @Test
    void tooLongCountsTheWholeRelativePath() {
        String folder = "4.4 执法人员培训/区司法局/";
        String at240 = folder + "材".repeat(240 - folder.length() - 4) + ".pdf";
        assertThat(at240).hasSize(240);
        assertThat(UploadNames.problems(at240)).isEmpty();
        String at241 = folder + "材".repeat(241 - folder.length() - 4) + ".pdf";
        assertThat(UploadNames.problems(at241)).containsExactly("too-long");
    }

    @Test
    void notUtf8() {
        assertThat(UploadNames.problems("会议\uFFFD\uFFFD纪要.pdf")).containsExactly("not-utf8");
        assertThat(UploadNames.problems("乱码\uFFFD/a.pdf")).containsExactly("not-utf8");
    }

    @Test
    void everyProblemOnceInAFixedOrder() {
        String path = "CON ./ a?b/c*d.pdf/" + "x".repeat(240) + "\uFFFD";
        assertThat(UploadNames.problems(path)).containsExactly("reserved-char", "reserved-name",
                "trailing-dot-or-space", "leading-space", "too-long", "not-utf8");
    }

    @Test
    void emptyPathIsFine() {
        assertThat(UploadNames.problems("")).isEmpty();
    }
}
