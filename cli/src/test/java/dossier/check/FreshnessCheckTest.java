package dossier.check;

import dossier.model.Campaign;
import dossier.model.DocumentDate;
import dossier.model.FileFacts;
import dossier.model.FileRole;
import dossier.model.Finding;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dossier.check.Entries.dated;
import static dossier.check.Entries.evidence;
import static dossier.check.Entries.file;
import static dossier.check.Entries.files;
import static dossier.check.Entries.read;
import static dossier.check.Models.AS_OF;
import static dossier.check.Models.campaign;
import static dossier.check.Models.indicator;
import static dossier.check.Models.model;
import static dossier.check.Models.settings;
import static org.assertj.core.api.Assertions.assertThat;

class FreshnessCheckTest {
    /** The period is 2021: a document of 2020 is last year's report, one of 2019 is stale. */
    private static final Campaign CAMPAIGN = campaign(settings("year: 2021\n"),
            indicator("4.4", "执法人员培训", "区司法局", List.of(), null));
    private static final FreshnessCheck CHECK = new FreshnessCheck();

    private static List<Finding> findings(FileFacts... facts) {
        return CHECK.judge(model(CAMPAIGN, files(facts))).findings();
    }

    private static FileFacts pdf(DocumentDate date) {
        return dated(evidence("通知.pdf", 1000), date);
    }

    @Test
    void aDocumentDatedAfterAsOf() {
        List<Finding> byDay = findings(pdf(DocumentDate.ofContent(AS_OF.plusDays(1))));
        assertThat(byDay).extracting(Finding::ruleId).containsExactly("FRS001");
        assertThat(byDay.get(0).args()).containsEntry("date", "2021-08-06").containsEntry("asOf", "2021-08-05");
        assertThat(findings(pdf(DocumentDate.ofName(2022)))).extracting(Finding::ruleId).containsExactly("FRS001");
    }

    @Test
    void aDocumentOlderThanTheYearBeforeThePeriod() {
        List<Finding> byName = findings(pdf(DocumentDate.ofName(2019)));
        assertThat(byName).extracting(Finding::ruleId).containsExactly("FRS002");
        assertThat(byName.get(0).args()).containsEntry("date", "2019").containsEntry("oldestYear", 2020);
        assertThat(findings(pdf(DocumentDate.ofContent(LocalDate.of(2019, 12, 31))))).extracting(Finding::ruleId)
                .containsExactly("FRS002");
    }

    @Test
    void lastYearsReportThisYearsNameAndUndatedDocumentsAreFresh() {
        assertThat(findings(pdf(DocumentDate.ofContent(LocalDate.of(2020, 1, 1))), pdf(DocumentDate.ofName(2021)),
                pdf(DocumentDate.ofContent(AS_OF)), evidence("无日期.pdf", 1000))).isEmpty();
    }

    @Test
    void aFileThatDoesNotCountIsNotDated() {
        FileFacts mismatched = read(file("旧.pdf", 1000, FileRole.NONE, true), "zip", false);
        assertThat(findings(dated(mismatched, DocumentDate.ofName(2010)))).isEmpty();
    }
}
