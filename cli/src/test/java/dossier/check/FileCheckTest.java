package dossier.check;

import dossier.model.Campaign;
import dossier.model.EntryKind;
import dossier.model.FileFacts;
import dossier.model.FileRole;
import dossier.model.Finding;
import dossier.model.LinkLine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dossier.check.Entries.INDICATOR;
import static dossier.check.Entries.evidence;
import static dossier.check.Entries.file;
import static dossier.check.Entries.files;
import static dossier.check.Entries.links;
import static dossier.check.Entries.listed;
import static dossier.check.Entries.named;
import static dossier.check.Entries.read;
import static dossier.check.Models.campaign;
import static dossier.check.Models.indicator;
import static dossier.check.Models.model;
import static dossier.check.Models.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class FileCheckTest {
    private static final Campaign CAMPAIGN = campaign(settings(""), indicator("4.4", "执法人员培训", "区司法局", List.of(), null));
    private static final FileCheck CHECK = new FileCheck();

    private static List<Finding> findings(FileFacts... facts) {
        return CHECK.judge(model(CAMPAIGN, files(facts))).findings();
    }

    private static List<String> fired(FileFacts... facts) {
        return findings(facts).stream().map(Finding::ruleId).toList();
    }

    @Test
    void evidenceThatCountsIsNoFinding() {
        assertThat(fired(evidence("培训通知.pdf", 1000))).isEmpty();
    }

    @Test
    void anEmptyFile() {
        assertThat(fired(file("培训通知.pdf", 0, FileRole.NONE, true))).containsExactly("FIL001");
        assertThat(fired(file("情况说明.docx", 0, FileRole.EXPLANATION, true))).containsExactly("FIL001");
        // an empty 不涉及 note is the coverage check's; an empty 材料要求 is nobody's concern
        assertThat(fired(file("不涉及.txt", 0, FileRole.NOT_APPLICABLE, true), file("材料要求.txt", 0, FileRole.REQUIREMENTS, true)))
                .isEmpty();
    }

    @Test
    void contentThatIsNotWhatTheExtensionSays() {
        List<Finding> found = findings(read(file("培训通知.pdf", 1000, FileRole.NONE, true), "zip", false));
        assertThat(found).extracting(Finding::ruleId).containsExactly("FIL002");
        assertThat(found.get(0).args()).containsExactly(entry("file", Entries.DIR + "培训通知.pdf"), entry("extension", "pdf"),
                entry("detected", "zip"));
        assertThat(fired(read(file("培训通知.pdf", 1000, FileRole.NONE, true), "pdf", true))).isEmpty();
    }

    @Test
    void aTypeNotAllowedUnlessASummary() {
        assertThat(fired(file("培训.exe", 1000, FileRole.NONE, false))).containsExactly("FIL003");
        assertThat(fired(read(file("单位简介.exe", 1000, FileRole.SUMMARY, false), "exe", true))).isEmpty();
    }

    @Test
    void aFileOverTheSizeLimit() {
        long limit = CAMPAIGN.settings().maxFileSize();
        List<Finding> found = findings(evidence("录像.pdf", limit + 1));
        assertThat(found).extracting(Finding::ruleId).containsExactly("FIL004");
        assertThat(fired(evidence("录像.pdf", limit))).isEmpty();
    }

    @Test
    void tempAndSystemFilesWhereverTheyAre() {
        List<Finding> found = findings(listed("~$培训通知.docx", INDICATOR, EntryKind.REGULAR, true),
                listed(".DS_Store", null, EntryKind.REGULAR, true), listed("__MACOSX", INDICATOR, EntryKind.FOLDER, true));
        assertThat(found).extracting(Finding::ruleId).containsExactly("FIL005", "FIL005", "FIL005");
        assertThat(found.get(0).args()).containsExactly(entry("name", "~$培训通知.docx"));
        assertThat(fired(listed("培训通知.docx", null, EntryKind.REGULAR, false))).isEmpty();
    }

    @Test
    void aNameWindowsCannotTake() {
        List<Finding> found = findings(named(evidence("CON.pdf", 1000), List.of("reserved-name", "too-long")));
        assertThat(found).extracting(Finding::ruleId).containsExactly("FIL007");
        assertThat(found.get(0).args()).containsEntry("problems", "reserved-name, too-long");
        // a name that is not UTF-8 is said, and nothing else is judged of the file
        assertThat(fired(named(file("a.pdf", 0, FileRole.NONE, true), List.of(FileFacts.NOT_UTF8)))).containsExactly("FIL007");
    }

    @Test
    void aLinkOutOfTheRepository() {
        assertThat(fired(listed("外部.pdf", INDICATOR, EntryKind.LINK_OUTSIDE, false))).containsExactly("FIL008");
        assertThat(fired(listed("外部.pdf", null, EntryKind.LINK_OUTSIDE, false))).containsExactly("FIL008");
        FileFacts inside = FileFacts.file(Entries.DIR + "内部.pdf", Entries.UNIT, INDICATOR, EntryKind.LINK, 1000, 0,
                FileRole.NONE, List.of(), "pdf", true);
        assertThat(fired(read(inside, "pdf", true))).isEmpty();
    }

    @Test
    void aSpecialFile() {
        assertThat(fired(listed("管道", INDICATOR, EntryKind.SPECIAL, false))).containsExactly("FIL009");
        assertThat(fired(listed("管道", null, EntryKind.SPECIAL, false))).containsExactly("FIL009");
    }

    @Test
    void aLinksLineWithoutAnAddress() {
        String longLine = "这一行没有网址".repeat(10);
        List<Finding> found = findings(links(List.of(new LinkLine(2, "https://example.org 新闻", "https://example.org", "新闻"),
                new LinkLine(4, longLine, null, ""))));
        assertThat(found).extracting(Finding::ruleId).containsExactly("FIL010");
        assertThat(found.get(0).location().row()).isEqualTo(4);
        assertThat(found.get(0).subject()).isEqualTo(Entries.DIR + "新闻链接.txt:4");
        assertThat(found.get(0).args()).containsExactly(entry("line", longLine.substring(0, 50) + "…"));
        assertThat(fired(links(List.of(new LinkLine(1, "https://example.org", "https://example.org", ""))))).isEmpty();
    }
}
