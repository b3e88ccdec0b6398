package dossier.write;

import dossier.core.ValidationResult;

import java.io.IOException;
import java.io.Writer;

/** One output format of validate. */
public interface Reporter {
    void write(ValidationResult result, Writer out) throws IOException;
}
