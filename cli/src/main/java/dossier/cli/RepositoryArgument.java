package dossier.cli;

import dossier.app.ValidateRequest;
import dossier.app.Validator;
import dossier.core.ValidationResult;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/**
 * The REPO argument of every command that works on an evidence repository (a picocli mixin), and the
 * validate run each of them starts from: the same repository, "today", worksheet and filters.
 */
public class RepositoryArgument {
    @Parameters(index = "0", arity = "0..1", paramLabel = "REPO", descriptionKey = "repo")
    Path path = Path.of(".");

    /** Validates the repository as the common options ask, showing progress on stderr when it is a terminal. */
    ValidationResult validate(Session session, CommonOptions common) {
        return Validator.validate(new ValidateRequest(path, common.today(), common.sheet, common.units,
                common.indicators), ProgressLine.of(session, common));
    }
}
