package io.github.kinerja.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.pp46.Kegiatan;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.Target;
import io.github.kinerja.core.report.Report;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Malformed documents give a {@link JsonReadException} with the problem, the JSON Pointer, the value found and
 * what was expected, and never another exception.
 */
class MalformedDocumentTest {

    private static final KinerjaJson JSON = KinerjaJson.defaults();
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static final String SKP = "{\"formatVersion\":\"1.0\",\"type\":\"skp-pp46\","
            + "\"pegawai\":{\"name\":\"Siti Aminah\"},"
            + "\"period\":{\"start\":\"2019-01-01\",\"end\":\"2019-12-31\"},"
            + "\"kegiatan\":[{\"name\":\"Menyusun laporan\",\"satuanWaktu\":\"bulan\","
            + "\"target\":{\"kuantitas\":1,\"kualitas\":100,\"waktu\":12}}]}";

    @Test
    void validDocument_reads() {
        SkpPp46 skp = JSON.read(SKP, SkpPp46.class);
        assertThat(skp.kegiatan()).hasSize(1);
        assertThat(skp.kegiatan().get(0).target().orElseThrow().waktu()).isEqualTo(new BigDecimal("12"));
    }

    @Test
    void stringForNumber_reportsPointer() {
        JsonReadException e = readError(SKP.replace("\"waktu\":12", "\"waktu\":\"dua belas\""));
        assertThat(e.problem()).isEqualTo(JsonProblem.WRONG_TYPE);
        assertThat(e.pointer()).isEqualTo("/kegiatan/0/target/waktu");
        assertThat(e.found()).isEqualTo("\"dua belas\"");
        assertThat(e.expected()).isEqualTo("a number");
        assertThat(e.getMessage()).isEqualTo("/kegiatan/0/target/waktu: found \"dua belas\"; expected a number");
        assertThat(e.message(INDONESIAN))
                .isEqualTo("/kegiatan/0/target/waktu: ditemukan \"dua belas\"; seharusnya angka");
    }

    @Test
    void missingRequiredProperty_reportsItsPointer() {
        JsonReadException e = readError(SKP.replace("\"kuantitas\":1,", ""));
        assertThat(e.problem()).isEqualTo(JsonProblem.MISSING_PROPERTY);
        assertThat(e.pointer()).isEqualTo("/kegiatan/0/target/kuantitas");
    }

    @Test
    void nullForRequiredProperty_isMissing() {
        JsonReadException e = readError(SKP.replace("\"name\":\"Siti Aminah\"", "\"name\":null"));
        assertThat(e.problem()).isEqualTo(JsonProblem.MISSING_PROPERTY);
        assertThat(e.pointer()).isEqualTo("/pegawai/name");
    }

    @Test
    void unknownProperty_isRejectedByDefault() {
        JsonReadException e = readError(SKP.replace("\"kuantitas\":1", "\"kuantitas\":1,\"kwantitas\":2"));
        assertThat(e.problem()).isEqualTo(JsonProblem.UNKNOWN_PROPERTY);
        assertThat(e.pointer()).isEqualTo("/kegiatan/0/target/kwantitas");
        assertThat(e.expected()).contains("\"kuantitas\"");
    }

    @Test
    void unknownProperty_isIgnoredWhenAsked() {
        String json = SKP.replace("\"kuantitas\":1", "\"kuantitas\":1,\"kwantitas\":2");
        SkpPp46 skp = JSON.withIgnoreUnknownProperties(true).read(json, SkpPp46.class);
        assertThat(skp).isEqualTo(JSON.read(SKP, SkpPp46.class));
    }

    @Test
    void unknownEnumCode_listsTheCodes() {
        JsonReadException e = readError(SKP.replace("\"satuanWaktu\":\"bulan\"", "\"satuanWaktu\":\"BULAN\""));
        assertThat(e.problem()).isEqualTo(JsonProblem.UNKNOWN_CODE);
        assertThat(e.pointer()).isEqualTo("/kegiatan/0/satuanWaktu");
        assertThat(e.found()).isEqualTo("\"BULAN\"");
        assertThat(e.expected()).isEqualTo("one of \"bulan\", \"hari\"");
        assertThat(e.message(INDONESIAN)).contains("salah satu dari \"bulan\", \"hari\"");
    }

    @Test
    void hugeExponent_isRejectedAsOutOfRange() {
        JsonReadException e = readError(SKP.replace("\"waktu\":12", "\"waktu\":1e1000000"));
        assertThat(e.problem()).isEqualTo(JsonProblem.NUMBER_OUT_OF_RANGE);
        assertThat(e.pointer()).isEqualTo("/kegiatan/0/target/waktu");
        assertThat(e.found()).isEqualTo("1e1000000");
    }

    @Test
    void tinyExponent_isRejectedAsOutOfRange() {
        JsonReadException e = readError(SKP.replace("\"waktu\":12", "\"waktu\":1e-1000000"));
        assertThat(e.problem()).isEqualTo(JsonProblem.NUMBER_OUT_OF_RANGE);
    }

    @Test
    void exponentBeyondInt_outOfRange() {
        JsonReadException e = readError(SKP.replace("\"waktu\":12", "\"waktu\":1e99999999999"));
        assertThat(e.problem()).isEqualTo(JsonProblem.NUMBER_OUT_OF_RANGE);
    }

    @Test
    void veryLongNumber_outOfRange() {
        JsonReadException e = readError(SKP.replace("\"waktu\":12", "\"waktu\":1" + "0".repeat(500)));
        assertThat(e.problem()).isEqualTo(JsonProblem.NUMBER_OUT_OF_RANGE);
    }

    @Test
    void smallExponent_isReadExactly() {
        SkpPp46 skp = JSON.read(SKP.replace("\"waktu\":12", "\"waktu\":1.2E1"), SkpPp46.class);
        assertThat(skp.kegiatan().get(0).target().orElseThrow().waktu()).isEqualByComparingTo("12");
    }

    @Test
    void decimals_keepTheirScale() {
        SkpPp46 skp = JSON.read(SKP.replace("\"waktu\":12", "\"waktu\":12.50"), SkpPp46.class);
        assertThat(skp.kegiatan().get(0).target().orElseThrow().waktu()).isEqualTo(new BigDecimal("12.50"));
    }

    @Test
    void deeplyNestedInput_isRejectedAsTooDeep() {
        String json = "[".repeat(10_000) + "]".repeat(10_000);
        JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> JSON.readDocument(json));
        assertThat(e.problem()).isEqualTo(JsonProblem.TOO_DEEP);
        assertThat(e.pointer()).startsWith("/0/0/0");
    }

    @Test
    void nestedObjectInDocument_tooDeep() {
        String nested = "{\"a\":".repeat(200) + "1" + "}".repeat(200);
        JsonReadException e = readError(SKP.replace("\"kuantitas\":1", "\"kuantitas\":" + nested));
        assertThat(e.problem()).isEqualTo(JsonProblem.TOO_DEEP);
    }

    @Test
    void truncatedInput_isReported() {
        JsonReadException e = readError(SKP.substring(0, SKP.length() - 20));
        assertThat(e.problem()).isEqualTo(JsonProblem.TRUNCATED);
    }

    @Test
    void syntaxError_namesLineAndColumn() {
        JsonReadException e = readError(SKP.replace("\"kuantitas\":1,", "\"kuantitas\":1,,"));
        assertThat(e.problem()).isEqualTo(JsonProblem.SYNTAX);
        assertThat(e.pointer()).isEqualTo("/kegiatan/0/target");
        assertThat(e.found()).contains("line 1, column");
    }

    @Test
    void emptyInput_isReported() {
        JsonReadException e = readError("  ");
        assertThat(e.problem()).isEqualTo(JsonProblem.EMPTY);
    }

    @Test
    void secondValue_isRejected() {
        JsonReadException e = readError(SKP + " {}");
        assertThat(e.problem()).isEqualTo(JsonProblem.SYNTAX);
    }

    @Test
    void arrayWhereObjectExpected_atRoot() {
        JsonReadException e = readError("[" + SKP + "]");
        assertThat(e.problem()).isEqualTo(JsonProblem.WRONG_TYPE);
        assertThat(e.pointer()).isEmpty();
        assertThat(e.found()).isEqualTo("[…]");
        assertThat(e.expected()).isEqualTo("a JSON object");
        assertThat(e.getMessage()).startsWith("the document: ");
        assertThat(e.message(INDONESIAN)).startsWith("dokumen: ");
    }

    @Test
    void arrayWhereObjectExpected_nested() {
        JsonReadException e = readError(SKP.replace("\"pegawai\":{\"name\":\"Siti Aminah\"}",
                "\"pegawai\":[{\"name\":\"Siti Aminah\"}]"));
        assertThat(e.problem()).isEqualTo(JsonProblem.WRONG_TYPE);
        assertThat(e.pointer()).isEqualTo("/pegawai");
    }

    @Test
    void objectWhereArrayExpected() {
        JsonReadException e = readError(SKP.replace("\"kegiatan\":[", "\"kegiatan\":{\"0\":").replace("}}]}",
                "}}}}"));
        assertThat(e.problem()).isEqualTo(JsonProblem.WRONG_TYPE);
        assertThat(e.pointer()).isEqualTo("/kegiatan");
        assertThat(e.expected()).isEqualTo("a JSON array");
    }

    @Test
    void duplicateProperty_isRejected() {
        JsonReadException e = readError(SKP.replace("\"kuantitas\":1", "\"kuantitas\":1,\"kuantitas\":2"));
        assertThat(e.problem()).isEqualTo(JsonProblem.DUPLICATE_PROPERTY);
        assertThat(e.pointer()).isEqualTo("/kegiatan/0/target/kuantitas");
    }

    @Test
    void invalidDate_isRejected() {
        JsonReadException e = readError(SKP.replace("2019-12-31", "2019-02-30"));
        assertThat(e.problem()).isEqualTo(JsonProblem.INVALID_TEXT);
        assertThat(e.pointer()).isEqualTo("/period/end");
    }

    @Test
    void coreRuleBroken_invalidValue() {
        JsonReadException e = readError(SKP.replace("\"end\":\"2019-12-31\"", "\"end\":\"2018-12-31\""));
        assertThat(e.problem()).isEqualTo(JsonProblem.INVALID_VALUE);
        assertThat(e.pointer()).isEqualTo("/period");
        assertThat(e.expected()).isEqualTo("start must not be after end, was 2019-01-01 > 2018-12-31");
    }

    @Test
    void blankName_isRejected() {
        JsonReadException e = readError(SKP.replace("\"name\":\"Siti Aminah\"", "\"name\":\"  \""));
        assertThat(e.problem()).isEqualTo(JsonProblem.INVALID_TEXT);
        assertThat(e.pointer()).isEqualTo("/pegawai/name");
    }

    @Test
    void invalidNip_isRejected() {
        JsonReadException e = readError(SKP.replace("\"name\":\"Siti Aminah\"",
                "\"name\":\"Siti Aminah\",\"nip\":\"196608121994023908\""));
        assertThat(e.problem()).isEqualTo(JsonProblem.INVALID_VALUE);
        assertThat(e.pointer()).isEqualTo("/pegawai/nip");
        assertThat(e.expected()).contains("sex digit");
    }

    @Test
    void missingFormatVersion_isReported() {
        JsonReadException e = readError(SKP.replace("\"formatVersion\":\"1.0\",", ""));
        assertThat(e.problem()).isEqualTo(JsonProblem.MISSING_PROPERTY);
        assertThat(e.pointer()).isEqualTo("/formatVersion");
    }

    @Test
    void newerMajorVersion_isUnsupported() {
        JsonReadException e = readError(SKP.replace("\"1.0\"", "\"2.0\""));
        assertThat(e.problem()).isEqualTo(JsonProblem.UNSUPPORTED_VERSION);
        assertThat(e.found()).isEqualTo("\"2.0\"");
    }

    @Test
    void newerMinorVersion_needsIgnoreUnknown() {
        String json = SKP.replace("\"1.0\"", "\"1.7\"").replace("\"kuantitas\":1", "\"kuantitas\":1,\"new\":0");
        assertThat(readError(json).problem()).isEqualTo(JsonProblem.UNSUPPORTED_VERSION);
        SkpPp46 skp = JSON.withIgnoreUnknownProperties(true).read(json, SkpPp46.class);
        assertThat(skp).isEqualTo(JSON.read(SKP, SkpPp46.class));
    }

    @Test
    void unknownDocumentType_listsTheTypes() {
        JsonReadException e = readError(SKP.replace("skp-pp46", "skp-1979"));
        assertThat(e.problem()).isEqualTo(JsonProblem.UNKNOWN_DOCUMENT_TYPE);
        assertThat(e.pointer()).isEqualTo("/type");
        assertThat(e.expected()).contains("\"skp-pp46\"", "\"report\"");
    }

    @Test
    void documentOfAnotherType_isRejected() {
        JsonReadException e = catchThrowableOfType(JsonReadException.class,
                () -> JSON.read(JSON.write(Report.empty()), SkpPp46.class));
        assertThat(e.problem()).isEqualTo(JsonProblem.WRONG_DOCUMENT_TYPE);
        assertThat(e.found()).isEqualTo("\"report\"");
    }

    @Test
    void failingReader_isInputFailed() {
        Reader failing = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk unplugged");
            }

            @Override
            public void close() {
            }
        };
        JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> JSON.readDocument(failing));
        assertThat(e.problem()).isEqualTo(JsonProblem.INPUT_FAILED);
        assertThat(e.found()).contains("disk unplugged");
    }

    @Test
    void everyProblem_hasEnglishAndIndonesianMessage() {
        for (JsonProblem problem : JsonProblem.values()) {
            JsonReadException e = new JsonReadException(problem, "/x", "1", Expected.NUMBER);
            assertThat(e.getMessage()).as("%s", problem).startsWith("/x: ").doesNotContain("{");
            assertThat(e.message(INDONESIAN)).as("%s", problem).startsWith("/x: ")
                    .isNotEqualTo(e.getMessage());
        }
    }

    @Test
    void writingValueWithoutJsonForm_isRejected() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> JSON.write("text")))
                .hasMessageContaining("java.lang.String");
    }

    @Test
    void readValue_equalsBuiltValue() {
        SkpPp46 expected = SkpPp46.builder()
                .pegawai(Person.of("Siti Aminah"))
                .period(AssessmentPeriod.ofYear(2019))
                .addKegiatan(Kegiatan.builder()
                        .name("Menyusun laporan")
                        .target(Target.of(BigDecimal.ONE, new BigDecimal("100"), new BigDecimal("12")))
                        .build())
                .build();
        assertThat(JSON.read(SKP, SkpPp46.class)).isEqualTo(expected);
    }

    private static JsonReadException readError(String json) {
        JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> JSON.read(json, SkpPp46.class));
        assertThat(e).as("error reading %s", json).isNotNull();
        return e;
    }
}
