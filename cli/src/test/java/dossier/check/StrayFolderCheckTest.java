package dossier.check;

import dossier.model.Campaign;
import dossier.model.EntryKind;
import dossier.model.Finding;
import dossier.model.FolderFacts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dossier.check.Entries.files;
import static dossier.check.Entries.folders;
import static dossier.check.Entries.listed;
import static dossier.check.Models.campaign;
import static dossier.check.Models.indicator;
import static dossier.check.Models.model;
import static dossier.check.Models.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class StrayFolderCheckTest {
    private static final Campaign CAMPAIGN = campaign(settings(""),
            indicator("4.4", "执法人员培训", "区司法局", List.of(), null),
            indicator("7.2", "法治培训学习", "区教育局", List.of(), null));
    private static final StrayFolderCheck CHECK = new StrayFolderCheck();

    private static List<Finding> findings(FolderFacts... folders) {
        return CHECK.judge(model(CAMPAIGN, folders(folders))).findings();
    }

    @Test
    void aFolderThatNamesNoUnitSaysTheClosestUnit() {
        List<Finding> found = findings(new FolderFacts("evidence/区司法", null, FolderFacts.Kind.NOT_A_UNIT, null));
        assertThat(found).extracting(Finding::ruleId).containsExactly("COV006");
        assertThat(found.get(0).args()).containsExactly(entry("folder", "区司法"), entry("suggestion", "区司法局"));
        assertThat(findings(new FolderFacts("evidence/杂项", null, FolderFacts.Kind.NOT_A_UNIT, null)).get(0).arg("suggestion"))
                .isEqualTo("");
    }

    @Test
    void anUnknownIdSaysTheIndicatorOneEditAwayWithTheSameTitle() {
        List<Finding> found = findings(new FolderFacts("evidence/区教育局/7.3 法治培训学习", "区教育局",
                FolderFacts.Kind.UNKNOWN_ID, "7.3"));
        assertThat(found).extracting(Finding::ruleId).containsExactly("COV007");
        assertThat(found.get(0).args()).containsExactly(entry("folder", "7.3 法治培训学习"), entry("indicator", "7.3"),
                entry("suggestion", "7.2 法治培训学习"));
        // a near id whose title is another: an id dropped from the sheet, no typo
        assertThat(findings(new FolderFacts("evidence/区教育局/7.3 档案管理", "区教育局", FolderFacts.Kind.UNKNOWN_ID,
                "7.3")).get(0).arg("suggestion")).isEqualTo("");
    }

    @Test
    void aFolderWithoutIdSaysTheIndicatorWhoseNameItShares() {
        List<Finding> found = findings(new FolderFacts("evidence/区司法局/执法人员培训材料", "区司法局", FolderFacts.Kind.WITHOUT_ID, null));
        assertThat(found).extracting(Finding::ruleId).containsExactly("COV008");
        assertThat(found.get(0).args()).containsExactly(entry("folder", "执法人员培训材料"), entry("suggestion", "4.4 执法人员培训"));
    }

    @Test
    void anIndicatorFolderOfATaskTheUnitDoesNotHave() {
        List<Finding> found = findings(new FolderFacts("evidence/区教育局/4.4 培训", "区教育局", FolderFacts.Kind.INDICATOR, "4.4"));
        assertThat(found).extracting(Finding::ruleId).containsExactly("COV009");
        assertThat(found.get(0).indicator()).isEqualTo("4.4");
        assertThat(findings(new FolderFacts("evidence/区司法局/4.4 培训", "区司法局", FolderFacts.Kind.INDICATOR, "4.4"))).isEmpty();
    }

    @Test
    void aFileLooseWhereOnlyFoldersBelong() {
        List<Finding> found = CHECK.judge(model(CAMPAIGN, files(listed("总结.pdf", null, EntryKind.REGULAR, false),
                listed("链接.pdf", null, EntryKind.LINK, false)))).findings();
        assertThat(found).extracting(Finding::ruleId).containsExactly("COV011", "COV011");
        // a temp file, a link out or a pipe is the file check's; a file of an indicator folder is not loose
        assertThat(CHECK.judge(model(CAMPAIGN, files(listed("~$总结.docx", null, EntryKind.REGULAR, true),
                listed("外部.pdf", null, EntryKind.LINK_OUTSIDE, false), listed("管道", null, EntryKind.SPECIAL, false),
                listed("总结.pdf", "4.4", EntryKind.REGULAR, false)))).findings()).isEmpty();
    }
}
