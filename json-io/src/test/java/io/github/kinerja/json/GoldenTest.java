package io.github.kinerja.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden documents per rule set: what json-io writes for each example must equal the stored file, compared as
 * parsed trees, and reading the stored file must give the example back. Run with {@code -Dgolden.update=true} to
 * rewrite the files after an intended change of the format.
 */
class GoldenTest {

    static final Path GOLDEN = Paths.get("src/test/resources/golden");

    private static final KinerjaJson JSON = KinerjaJson.defaults();
    private static final ObjectMapper TREES = new ObjectMapper();

    static Stream<Arguments> examples() {
        return GoldenExamples.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void written_equalsGoldenFile(String file, Object example) throws IOException {
        Path path = GOLDEN.resolve(file);
        String written = JSON.writePretty(example) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(path.getParent());
            Files.writeString(path, written, StandardCharsets.UTF_8);
        }
        JsonNode golden = TREES.readTree(Files.readString(path, StandardCharsets.UTF_8));
        assertThat(TREES.readTree(written)).isEqualTo(golden);
        assertThat(SchemaValidation.errors(written)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void goldenFile_readsBackToTheExample(String file, Object example) throws IOException {
        String golden = Files.readString(GOLDEN.resolve(file), StandardCharsets.UTF_8);
        DocumentType type = DocumentType.of(example.getClass()).orElseThrow();
        if (Codecs.forClass(type.javaType()).orElseThrow().readable()) {
            JsonDocument document = JSON.readDocument(golden);
            assertThat(document.type()).isEqualTo(type);
            assertThat(document.value()).isEqualTo(example);
        } else {
            assertThat(catchProblem(golden)).isEqualTo(JsonProblem.NOT_READABLE);
        }
    }

    private static JsonProblem catchProblem(String json) {
        try {
            JsonDocument unexpected = JSON.readDocument(json);
            throw new AssertionError("read a written-only document: " + unexpected.type());
        } catch (JsonReadException e) {
            return e.problem();
        }
    }
}
