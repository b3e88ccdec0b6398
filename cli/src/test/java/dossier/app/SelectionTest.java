package dossier.app;

import dossier.model.Liaison;
import dossier.model.Role;
import dossier.model.Task;
import dossier.model.Unit;
import dossier.read.UnitDirectory;
import dossier.shared.InputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** --unit and --indicator resolved once, for validate and init alike, on a campaign held in memory. */
class SelectionTest {
    private static final UnitDirectory UNITS = new UnitDirectory(List.of(
            new Unit("区司法局", List.of("司法局"), "区直部门", Liaison.NONE, 1),
            new Unit("顺河街道", List.of(), "街道", Liaison.NONE, 2),
            new Unit("区教育局", List.of(), "区直部门", Liaison.NONE, 3)), "漯河市源汇区");
    private static final List<String> IDS = List.of("1.1", "1.2", "2.1", "10.1");

    @Test
    void noFilterSelectsEverything() {
        Selection all = Selection.of(UNITS, IDS, List.of(), List.of());

        assertThat(all).isEqualTo(Selection.ALL);
        assertThat(all.includes(new Task("2.1", "顺河街道", Role.RESPONSIBLE, null))).isTrue();
    }

    @Test
    void unitsResolveByAliasAndPrefixInTheOrderGiven() {
        Selection s = Selection.of(UNITS, IDS, List.of("教育局", "司法局", "源汇区司法局"), List.of());

        assertThat(s.units()).containsExactly("区教育局", "区司法局");
        assertThat(s.includesUnit("顺河街道")).isFalse();
        assertThat(s.includesIndicator("10.1")).isTrue();
    }

    @Test
    void aFirstLevelIdStandsForEveryIndicatorUnderIt() {
        Selection s = Selection.of(UNITS, IDS, List.of(), List.of("1", "10.1"));

        assertThat(s.indicators()).containsExactly("1.1", "1.2", "10.1");
        assertThat(s.includes(new Task("2.1", "区司法局", Role.LEAD, null))).isFalse();
        assertThat(s.includes(new Task("1.2", "区司法局", Role.LEAD, null))).isTrue();
    }

    @Test
    void anUnknownUnitSuggestsTheNearestName() {
        assertThatThrownBy(() -> Selection.of(UNITS, IDS, List.of("顺河街到"), List.of()))
                .isInstanceOf(InputException.class)
                .satisfies(e -> {
                    assertThat(((InputException) e).key()).isEqualTo("filter.unknownUnit");
                    assertThat(((InputException) e).args()).containsExactly("顺河街到", "顺河街道");
                });
    }

    @Test
    void anUnknownUnitFarFromEveryNameListsThemAll() {
        assertThatThrownBy(() -> Selection.of(UNITS, IDS, List.of("财政局"), List.of()))
                .satisfies(e -> assertThat(((InputException) e).args())
                        .containsExactly("财政局", List.of("区司法局", "顺河街道", "区教育局")));
    }

    @Test
    void anUnknownIndicatorSuggestsTheNearestId() {
        assertThatThrownBy(() -> Selection.of(UNITS, IDS, List.of(), List.of("3.1")))
                .satisfies(e -> {
                    assertThat(((InputException) e).key()).isEqualTo("filter.unknownIndicator");
                    assertThat(((InputException) e).args()).containsExactly("3.1", "1.1");
                });
    }
}
