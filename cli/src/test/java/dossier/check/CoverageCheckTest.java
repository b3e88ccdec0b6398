package dossier.check;

import dossier.model.Campaign;
import dossier.model.Finding;
import dossier.model.TaskFolder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dossier.check.Models.campaign;
import static dossier.check.Models.folder;
import static dossier.check.Models.indicator;
import static dossier.check.Models.model;
import static dossier.check.Models.settings;
import static org.assertj.core.api.Assertions.assertThat;

class CoverageCheckTest {
    private static final Campaign CAMPAIGN = campaign(settings(""), indicator("4.4", "执法人员培训", "区司法局", List.of(), null));
    private static final CoverageCheck CHECK = new CoverageCheck();

    private static List<String> fired(TaskFolder... filed) {
        return CHECK.judge(model(CAMPAIGN, Map.of(), filed)).findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void nothingFiledIsMissing() {
        assertThat(fired()).containsExactly("COV001");
    }

    @Test
    void evidenceCoversTheTask() {
        assertThat(fired(folder("4.4", "区司法局", List.of("培训通知.pdf"), List.of(), List.of(), List.of()))).isEmpty();
    }

    @Test
    void anExplanationAloneIsExplained() {
        assertThat(fired(folder("4.4", "区司法局", List.of(), List.of("情况说明.docx"), List.of(), List.of())))
                .containsExactly("COV002");
    }

    @Test
    void anOnsiteNoteDefers() {
        assertThat(fired(folder("4.4", "区司法局", List.of(), List.of(), List.of("实地核查.txt"), List.of())))
                .containsExactly("COV003");
    }

    @Test
    void aReasonedNotApplicableNote() {
        TaskFolder.Note note = new TaskFolder.Note("evidence/区司法局/4.4/不涉及.txt", "本单位无执法职能");
        assertThat(fired(folder("4.4", "区司法局", List.of(), List.of(), List.of(), List.of(note)))).containsExactly("COV004");
    }

    @Test
    void aNotApplicableNoteBesideEvidence() {
        TaskFolder.Note note = new TaskFolder.Note("evidence/区司法局/4.4/不涉及.txt", "本单位无执法职能");
        assertThat(fired(folder("4.4", "区司法局", List.of("a.pdf"), List.of(), List.of(), List.of(note))))
                .containsExactly("COV005");
    }

    @Test
    void anEmptyNotApplicableNoteCountsAsMissing() {
        TaskFolder.Note empty = new TaskFolder.Note("evidence/区司法局/4.4/不涉及.txt", "");
        assertThat(fired(folder("4.4", "区司法局", List.of(), List.of(), List.of(), List.of(empty))))
                .containsExactly("COV001", "COV010");
    }
}
