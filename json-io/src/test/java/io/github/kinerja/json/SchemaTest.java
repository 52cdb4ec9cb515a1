package io.github.kinerja.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * Keeps the shipped JSON Schema equal to the one generated from the codecs, and the copy in the documentation
 * equal to the shipped one. Run with {@code -Dgolden.update=true} to rewrite both after a change of the format.
 */
class SchemaTest {

    static final Path RESOURCE = Paths.get("src/main/resources/io/github/kinerja/json/kinerja.schema.json");
    static final Path DOCS_COPY = Paths.get("../docs/schema/kinerja.schema.json");

    @Test
    void schemaResource_matchesGeneratedSchema() throws IOException {
        String generated = SchemaGenerator.toText(SchemaGenerator.generate());
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(RESOURCE, generated, StandardCharsets.UTF_8);
            Files.createDirectories(DOCS_COPY.getParent());
            Files.writeString(DOCS_COPY, generated, StandardCharsets.UTF_8);
        }
        ObjectMapper mapper = new ObjectMapper();
        JsonNode shipped = mapper.readTree(KinerjaJson.schema());
        assertThat(shipped).isEqualTo(mapper.readTree(generated));
    }

    @Test
    void docsCopy_equalsSchemaResource() throws IOException {
        assertThat(Files.readString(DOCS_COPY, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(RESOURCE, StandardCharsets.UTF_8));
    }

    @Test
    void schema_declaresDraft202012() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(KinerjaJson.schema());
        assertThat(schema.path("$schema").asText()).isEqualTo(SchemaGenerator.DRAFT);
    }

    @Test
    void schema_rejectsUnknownProperty() {
        String json = "{\"formatVersion\":\"1.0\",\"type\":\"report\",\"findings\":[],\"extra\":1}";
        assertThat(SchemaValidation.errors(json)).isNotEmpty();
    }

    @Test
    void schema_rejectsUnknownEnumCode() {
        String json = "{\"formatVersion\":\"1.0\",\"type\":\"report\",\"findings\":[{\"code\":\"x\","
                + "\"severity\":\"fatal\",\"location\":\"\",\"bundle\":\"b\"}]}";
        assertThat(SchemaValidation.errors(json)).isNotEmpty();
    }

    @Test
    void schema_rejectsUnknownDocumentType() {
        assertThat(SchemaValidation.errors("{\"formatVersion\":\"1.0\",\"type\":\"skp-1999\"}")).isNotEmpty();
    }

    @Test
    void schema_acceptsMinimalReport() {
        assertThat(SchemaValidation.errors("{\"formatVersion\":\"1.0\",\"type\":\"report\",\"findings\":[]}"))
                .isEmpty();
    }
}
