package dossier.cli;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON output keeps to the schema kept in the repository (dossier/validate.schema.json). */
class JsonSchemaTest {
    @Test
    void validateOutputMatchesTheSchema() throws IOException {
        Schema schema = schema();
        for (String repo : List.of("cases/csv-basic/repo", "cases/csv-basic-text/repo")) {
            String json = CliRunner.run("validate", Golden.resources().resolve(repo).toString(), "--as-of", "2021-08-05",
                    "--format", "json").out();
            List<Error> errors = schema.validate(json, InputFormat.JSON);
            assertThat(errors).as(repo).isEmpty();
        }
    }

    @Test
    void theSchemaRejectsAWrongDocument() throws IOException {
        assertThat(schema().validate("{\"schema\": \"dossier.validate/1\", \"findings\": [{\"severity\": \"fatal\"}]}",
                InputFormat.JSON)).isNotEmpty();
    }

    static Schema schema() throws IOException {
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream("/dossier/validate.schema.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
        }
    }
}
