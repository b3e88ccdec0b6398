package dossier.check;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dossier.model.Campaign;
import dossier.model.Finding;
import dossier.rules.Rule;
import dossier.rules.Rules;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static dossier.check.Models.campaign;
import static dossier.check.Models.indicator;
import static dossier.check.Models.model;
import static dossier.check.Models.settings;
import static org.assertj.core.api.Assertions.assertThat;

/** The registry of checks against the registry of rules: every rule has exactly one home. */
class ChecksTest {
    /** What reads the repository's own files and evidence/ into the model, besides the dossier.read package. */
    private static final Set<String> LOADERS = Set.of("CampaignLoader", "FigureLoader");

    @Test
    void everyRuleIsDeclaredByExactlyOneCheckOrIsAReadFailure() {
        Set<String> declared = new HashSet<>();
        for (Rule r : Checks.declaredRules()) assertThat(declared.add(r.id())).as("%s declared twice", r.id()).isTrue();
        assertThat(declared).doesNotContainAnyElementsOf(Checks.READ_FAILURES);
        Set<String> homeless = new TreeSet<>(Rules.ids());
        homeless.removeAll(declared);
        homeless.removeAll(Checks.READ_FAILURES);
        assertThat(homeless).as("rules no check declares").isEmpty();
        assertThat(Rules.ids()).containsAll(declared).containsAll(Checks.READ_FAILURES);
    }

    @Test
    void readersRaiseOnlyCouldNotReadRules() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dossier.read", "dossier.core");
        Set<String> used = new TreeSet<>();
        for (var c : classes) {
            boolean reader = c.getPackageName().equals("dossier.read") || LOADERS.contains(c.getSimpleName());
            if (!reader) continue;
            for (JavaFieldAccess access : c.getFieldAccessesFromSelf()) {
                var target = access.getTarget();
                if (!target.getOwner().getPackageName().equals("dossier.rules")) continue;
                if (!target.getRawType().getName().equals(Rule.class.getName())) continue;
                Rules.all().stream().filter(r -> fieldHolds(target.getOwner().reflect(), target.getName(), r))
                        .forEach(r -> used.add(r.id()));
            }
        }
        assertThat(used).isSubsetOf(Checks.READ_FAILURES);
    }

    private static boolean fieldHolds(Class<?> owner, String field, Rule rule) {
        try {
            return owner.getField(field).get(null) == rule;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    @Test
    void aCheckWhoseRulesAreAllOffDoesNotRun() {
        String off = new CoverageCheck().rules().stream().map(r -> "  " + r.id() + ": off\n").collect(Collectors.joining());
        Campaign c = campaign(settings("severity:\n" + off), indicator("4.4", "执法人员培训", "区司法局", List.of(),
                Models.AS_OF.minusDays(3)));
        List<String> fired = Checks.run(model(c, Map.of())).findings().stream().map(Finding::ruleId).toList();
        assertThat(fired).containsExactly("DUE001");
    }

    @Test
    void oneRuleLeftOnKeepsItsCheckRunning() {
        Campaign c = campaign(settings("severity:\n  COV002: off\n"), indicator("4.4", "执法人员培训", "区司法局", List.of(), null));
        List<String> fired = Checks.run(model(c, Map.of())).findings().stream().map(Finding::ruleId).toList();
        assertThat(fired).containsExactly("COV001");
    }

    @Test
    void thresholdResultsComeOutWithEveryThresholdRuleOff() {
        String off = Checks.ALL.stream().flatMap(c -> c.rules().stream()).filter(r -> r.judgesThreshold())
                .map(r -> "  " + r.id() + ": off\n").collect(Collectors.joining());
        Campaign c = campaign(settings("severity:\n" + off), indicator("4.3", "案卷评查", "区司法局", List.of(), null));
        Verdict v = Checks.run(model(c, Map.of()));
        assertThat(v.findings()).extracting(Finding::ruleId).containsExactly("COV001");
        assertThat(v.thresholds()).extracting(t -> t.spec().id(), t -> t.status().id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("case_file_review", "missing"));
    }

    @Test
    void checksHaveDistinctNames() {
        List<String> names = Checks.ALL.stream().map(Check::name).toList();
        assertThat(names).doesNotHaveDuplicates().doesNotContain(Checks.WAIVERS.name());
    }
}
