package dossier.check;

import dossier.model.Campaign;
import dossier.model.EntryKind;
import dossier.model.Finding;
import dossier.model.FolderFacts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dossier.check.Entries.args;
import static dossier.check.Entries.entry;
import static dossier.check.Entries.files;
import static dossier.check.Entries.folders;
import static dossier.check.Models.campaign;
import static dossier.check.Models.indicator;
import static dossier.check.Models.model;
import static dossier.check.Models.settings;
import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(args(found.get(0))).containsExactly("区司法", "区司法局");
        assertThat(args(findings(new FolderFacts("evidence/杂项", null, FolderFacts.Kind.NOT_A_UNIT, null)).get(0)))
                .containsExactly("杂项", "");
    }

    @Test
    void anUnknownIdSaysTheIndicatorOneEditAwayWithTheSameTitle() {
        List<Finding> found = findings(new FolderFacts("evidence/区教育局/7.3 法治培训学习", "区教育局",
                FolderFacts.Kind.UNKNOWN_ID, "7.3"));
        assertThat(found).extracting(Finding::ruleId).containsExactly("COV007");
        assertThat(args(found.get(0))).containsExactly("7.3 法治培训学习", "7.3", "7.2 法治培训学习");
        // a near id whose title is another: an id dropped from the sheet, no typo
        assertThat(args(findings(new FolderFacts("evidence/区教育局/7.3 档案管理", "区教育局", FolderFacts.Kind.UNKNOWN_ID,
                "7.3")).get(0)).get(2)).isEqualTo("");
    }

    @Test
    void aFolderWithoutIdSaysTheIndicatorWhoseNameItShares() {
        List<Finding> found = findings(new FolderFacts("evidence/区司法局/执法人员培训材料", "区司法局", FolderFacts.Kind.WITHOUT_ID, null));
        assertThat(found).extracting(Finding::ruleId).containsExactly("COV008");
        assertThat(args(found.get(0))).containsExactly("执法人员培训材料", "4.4 执法人员培训");
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
        List<Finding> found = CHECK.judge(model(CAMPAIGN, files(entry("总结.pdf", null, EntryKind.REGULAR, false),
                entry("链接.pdf", null, EntryKind.LINK, false)))).findings();
        assertThat(found).extracting(Finding::ruleId).containsExactly("COV011", "COV011");
        // a temp file, a link out or a pipe is the file check's; a file of an indicator folder is not loose
        assertThat(CHECK.judge(model(CAMPAIGN, files(entry("~$总结.docx", null, EntryKind.REGULAR, true),
                entry("外部.pdf", null, EntryKind.LINK_OUTSIDE, false), entry("管道", null, EntryKind.SPECIAL, false),
                entry("总结.pdf", "4.4", EntryKind.REGULAR, false)))).findings()).isEmpty();
    }
}
