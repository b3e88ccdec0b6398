package dossier.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Dependencies run one way, read from the compiled classes (what the jar holds, not what the
 * sources say): commands → application (validate, init, city) → writers → checks (with notices
 * and history) → readers → rule catalogue → shared helpers → model. A class that needs something
 * from a higher layer is in the wrong package.
 */
class PackageGraphTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dossier");

    @Test
    void noPackageCycle() {
        slices().matching("dossier.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void lowerLayersNeverImportHigherOnes() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("commands").definedBy("dossier.cli..")
                .layer("application").definedBy("dossier.app..", "dossier.city..")
                .layer("writers").definedBy("dossier.write..")
                .layer("checks").definedBy("dossier.check..", "dossier.core..", "dossier.supervision..", "dossier.history..")
                .layer("readers").definedBy("dossier.read..")
                .layer("rule catalogue").definedBy("dossier.rules..")
                .layer("shared helpers").definedBy("dossier.shared..", "dossier.i18n..")
                .layer("model").definedBy("dossier.model..")
                .whereLayer("commands").mayNotBeAccessedByAnyLayer()
                .whereLayer("application").mayOnlyBeAccessedByLayers("commands")
                .whereLayer("writers").mayOnlyBeAccessedByLayers("commands", "application")
                .whereLayer("checks").mayOnlyBeAccessedByLayers("commands", "application", "writers")
                .whereLayer("readers").mayOnlyBeAccessedByLayers("commands", "application", "writers", "checks")
                .whereLayer("rule catalogue").mayOnlyBeAccessedByLayers("commands", "application", "writers", "checks", "readers")
                .whereLayer("shared helpers").mayOnlyBeAccessedByLayers("commands", "application", "writers", "checks", "readers", "rule catalogue")
                .check(CLASSES);
    }
}
