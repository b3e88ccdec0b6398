package dossier.check;

import dossier.core.UnitFigures;
import dossier.model.Campaign;
import dossier.model.Figure;
import dossier.model.Finding;
import dossier.model.Location;
import dossier.model.Officer;
import dossier.model.RegisterKind;
import dossier.model.Registers;
import dossier.model.RepeatedCertificate;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dossier.check.Models.campaign;
import static dossier.check.Models.indicator;
import static dossier.check.Models.model;
import static dossier.check.Models.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RegisterCheckTest {
    private static final String UNIT = "区司法局";
    private static final String METRICS = "evidence/区司法局/metrics.yaml";
    private static final String ROSTER = "evidence/区司法局/registers/执法人员名册.xlsx";
    private static final Campaign CAMPAIGN = campaign(settings(""), indicator("4.4", "执法人员培训", UNIT, List.of(), null));
    private static final RegisterCheck CHECK = new RegisterCheck();

    private static List<Finding> judged(UnitFigures figures) {
        return CHECK.judge(model(CAMPAIGN, Map.of(UNIT, figures))).findings();
    }

    private static Figure percent(String key, String written, double read, int line) {
        return new Figure(key, read, null, null, Location.cell(METRICS, line, "1"),
                new Figure.Written(written.split(":")[0], written.split(":")[1].strip(), Location.cell(METRICS, line, "8")));
    }

    private static UnitFigures declaring(Figure... figures) {
        Map<String, Figure> declared = new LinkedHashMap<>();
        for (Figure f : figures) declared.put(f.key(), f);
        return new UnitFigures(UNIT, declared, METRICS, Registers.none(UNIT));
    }

    @Test
    void aPercentageWrittenAsAFractionOfOneIsQuestioned() {
        List<Finding> f = judged(declaring(percent("npc_opinion_satisfaction", "人大审议意见办理满意度: 0.96", 0.96, 1),
                percent("major_case_court_appearance_rate", "重大案件负责人出庭率: 1", 1, 2)));
        assertThat(f).extracting(Finding::ruleId, Finding::subject, Finding::location, Finding::args).containsExactlyInAnyOrder(
                tuple("THR016", "npc_opinion_satisfaction", Location.cell(METRICS, 1, "8"), Map.of("key", "人大审议意见办理满意度", "value", "0.96", "percent", "96")),
                tuple("THR016", "major_case_court_appearance_rate", Location.cell(METRICS, 2, "8"), Map.of("key", "重大案件负责人出庭率", "value", "1", "percent", "100")));
    }

    @Test
    void aPercentageWithItsSignOrZeroOrACountIsNotQuestioned() {
        Figure count = new Figure("enforcement_staff", 1.0, null, null, Location.cell(METRICS, 4, "1"),
                new Figure.Written("执法人员数", "1", Location.cell(METRICS, 4, "8")));
        assertThat(judged(declaring(percent("npc_opinion_satisfaction", "人大审议意见办理满意度: 0.5%", 0.5, 1),
                percent("legal_education_coverage", "普法普及率: 0", 0, 2),
                percent("major_case_court_appearance_rate", "重大案件负责人出庭率: 96", 96, 3), count))).isEmpty();
    }

    @Test
    void aCertificateTwoRosterRowsShareIsNamedAtTheSecond() {
        Officer first = new Officer("张三", "豫A12345", "法制审核", Location.cell(ROSTER, 3, "B"));
        RepeatedCertificate again = new RepeatedCertificate("豫A12345", "赵六", Location.cell(ROSTER, 6, "C"), first);
        Registers registers = new Registers(UNIT, Map.of(RegisterKind.ROSTER, List.of(ROSTER)), List.of(first), List.of(),
                List.of(), List.of(), List.of(), Map.of(), List.of(again));
        assertThat(judged(new UnitFigures(UNIT, Map.of(), null, registers)))
                .extracting(Finding::ruleId, Finding::unit, Finding::location, Finding::args)
                .containsExactly(tuple("THR011", UNIT, Location.cell(ROSTER, 6, "C"), Map.of("certificate", "豫A12345", "name", "赵六", "firstName", "张三", "firstFile", ROSTER, "firstRow", 3)));
    }

    @Test
    void aRosterWithDistinctCertificatesIsFine() {
        Officer one = new Officer("张三", "豫A12345", "法制审核", Location.cell(ROSTER, 3, "B"));
        Officer two = new Officer("赵六", "豫A12346", "行政执法", Location.cell(ROSTER, 4, "B"));
        Registers registers = new Registers(UNIT, Map.of(RegisterKind.ROSTER, List.of(ROSTER)), List.of(one, two), List.of(),
                List.of(), List.of(), List.of(), Map.of(), List.of());
        assertThat(judged(new UnitFigures(UNIT, Map.of(), null, registers))).isEmpty();
    }
}
