package dossier.check;

import dossier.model.Campaign;
import dossier.model.Finding;
import dossier.model.Liaison;
import dossier.model.Location;
import dossier.model.RepeatedUnit;
import dossier.model.Unit;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dossier.check.Models.campaign;
import static dossier.check.Models.indicator;
import static dossier.check.Models.model;
import static dossier.check.Models.settings;
import static dossier.check.Models.withUnitsTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LiaisonCheckTest {
    private static final LiaisonCheck CHECK = new LiaisonCheck();
    private static final Campaign TASKS = campaign(settings(""), indicator("4.4", "执法人员培训", "区司法局", List.of(), null));

    private static Unit unit(String name, int row, Liaison liaison) {
        return new Unit(name, List.of(), "区直部门", liaison, row);
    }

    private static List<Finding> judged(List<Unit> units, List<RepeatedUnit> repeated) {
        return CHECK.judge(model(withUnitsTable(TASKS, units, repeated), Map.of())).findings();
    }

    @Test
    void aUnitWithTasksAndNoOneToCallHasNoLiaison() {
        List<Finding> f = judged(List.of(unit("区司法局", 4, new Liaison("赵晓琳", "", "", "", ""))), List.of());
        assertThat(f).extracting(Finding::ruleId, Finding::unit, Finding::location)
                .containsExactly(tuple("LIA001", "区司法局", Location.cell("units.xlsx", 4, null)));
    }

    @Test
    void aReachableLiaisonOrAUnitWithoutTasksIsFine() {
        Liaison reachable = new Liaison("赵晓琳", "科长", "0395-5607259", "13603958812", "");
        assertThat(judged(List.of(unit("区司法局", 4, reachable), unit("区财政局", 5, Liaison.NONE)), List.of())).isEmpty();
    }

    @Test
    void aNumberThatCannotBeDialledIsNamedInItsColumn() {
        Liaison liaison = new Liaison("赵晓琳", "", "5607259", "1360395881、13603958812", "");
        assertThat(judged(List.of(unit("区司法局", 4, liaison)), List.of()))
                .extracting(Finding::ruleId, Finding::location, Finding::args).containsExactly(
                        tuple("LIA002", Location.cell("units.xlsx", 4, "手机"), Map.of("unit", "区司法局", "phone", "1360395881")),
                        tuple("LIA002", Location.cell("units.xlsx", 4, "办公电话"), Map.of("unit", "区司法局", "phone", "5607259")));
    }

    @Test
    void phonesAsOfficesWriteThem() {
        assertThat(List.of("13603958812", "+86 136 0395 8812", "0395-5607259", "(0395)5607259", "0395-5607259转801",
                "（0395）5607259")).allMatch(LiaisonCheck::isValidPhone);
        assertThat(List.of("5607259", "1360395881", "电话待定")).noneMatch(LiaisonCheck::isValidPhone);
    }

    @Test
    void aUnitListedTwiceIsNamedAtItsSecondRow() {
        Liaison reachable = new Liaison("赵晓琳", "科长", "", "13603958812", "");
        RepeatedUnit again = new RepeatedUnit("区司法局", Location.cell("units.xlsx", 11, "B"), 4);
        assertThat(judged(List.of(unit("区司法局", 4, reachable)), List.of(again)))
                .extracting(Finding::ruleId, Finding::unit, Finding::location, Finding::args)
                .containsExactly(tuple("LIA003", "区司法局", Location.cell("units.xlsx", 11, "B"), Map.of("unit", "区司法局", "firstRow", 4)));
    }
}
