package io.github.kinerja.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.stream.Collectors;

/** Validates JSON text against the shipped JSON Schema of the format, with the networknt validator. */
final class SchemaValidation {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(KinerjaJson.schema(), InputFormat.JSON);

    private SchemaValidation() {}

    /** Returns the schema violations of the text, empty when it is valid. */
    static List<String> errors(String json) {
        List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
        return errors.stream().map(Error::toString).collect(Collectors.toList());
    }
}
