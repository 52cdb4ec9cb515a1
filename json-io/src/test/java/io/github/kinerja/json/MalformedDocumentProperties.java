package io.github.kinerja.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.testing.Gen;
import io.github.kinerja.core.testing.Property;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Damaged documents (cut short, or with one character replaced) are either still valid or rejected with a
 * {@link JsonReadException}; no other exception escapes the reader.
 */
class MalformedDocumentProperties {

    private static final KinerjaJson JSON = KinerjaJson.defaults();
    private static final String REPLACEMENTS = "{}[]\",:0-9.eE+ nulltruefalse\\\u0000é";

    @Test
    void truncatedDocument_failsOnlyWithJsonReadException() {
        Gen<String> damaged = random -> {
            String json = JSON.write(DomainGens.pp46Skp().generate(random));
            return json.substring(0, random.nextInt(json.length()));
        };
        Property.forAll(damaged, MalformedDocumentProperties::readsOrRejects);
    }

    @Test
    void documentWithOneCharacterReplaced_failsOnlyWithJsonReadException() {
        Gen<String> damaged = random -> replaceOne(JSON.write(DomainGens.penilaian().generate(random)), random);
        Property.forAll(damaged, MalformedDocumentProperties::readsOrRejects);
    }

    @Test
    void resultWithOneCharacterReplaced_failsOnlyWithJsonReadException() {
        Gen<String> damaged = random -> replaceOne(JSON.write(Permen2022Gens.hasil().generate(random)), random);
        Property.forAll(damaged, MalformedDocumentProperties::readsOrRejects);
    }

    private static String replaceOne(String json, SplittableRandom random) {
        int at = random.nextInt(json.length());
        char replacement = REPLACEMENTS.charAt(random.nextInt(REPLACEMENTS.length()));
        return json.substring(0, at) + replacement + json.substring(at + 1);
    }

    private static void readsOrRejects(String json) {
        try {
            JsonDocument document = JSON.readDocument(json);
            assertThat(document.value()).isNotNull();
        } catch (JsonReadException e) {
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.message(java.util.Locale.forLanguageTag("id"))).isNotBlank();
        }
    }
}
