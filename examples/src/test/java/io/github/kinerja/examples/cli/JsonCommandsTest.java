package io.github.kinerja.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.kinerja.json.KinerjaJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of the JSON side of the tool: {@code score} on .json and .jsonl, {@code convert} and {@code schema}.
 */
class JsonCommandsTest {

    private static final Path GOLDEN = Paths.get("../json-io/src/test/resources/golden");
    private static final Path BUNDLED = Paths.get("data/skp-pp46-penilaian.xlsx");
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().collect(Collectors.toList());
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = new KinerjaCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void scoreJson_pp46Skp_printsFinalValues() {
        Run run = run("score", GOLDEN.resolve("pp46/skp.json").toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(KinerjaCli.EXIT_OK);
        assertThat(run.out()).contains("Document type         : skp-pp46");
        assertThat(run.out()).contains("Nilai Capaian SKP     : ");
        assertThat(run.out()).contains("Calculation steps:");
    }

    @Test
    void scoreJson_permen2022Penilaian_printsPredikatAndCell() {
        Run run = run("score", GOLDEN.resolve("permen2022/penilaian.json").toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(KinerjaCli.EXIT_OK);
        assertThat(run.out()).contains("Rating hasil kerja    : Di Atas Ekspektasi");
        assertThat(run.out()).contains("Predikat              : Baik (matrix cell 2)");
    }

    @Test
    void scoreJson_formatJson_writesResultDocument() throws IOException {
        Run run = run("score", GOLDEN.resolve("permen2021/penilaian.json").toString(), "--format", "json");
        JsonNode json = MAPPER.readTree(run.out());

        assertThat(run.exitCode()).isEqualTo(KinerjaCli.EXIT_OK);
        assertThat(json.path("formatVersion").asText()).isEqualTo(KinerjaJson.FORMAT_VERSION);
        assertThat(json.path("type").asText()).isEqualTo("hasil-permen2021");
    }

    @Test
    void scoreJson_plan_saysNothingToScore() {
        Run run = run("score", GOLDEN.resolve("permen2022/skp.json").toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(KinerjaCli.EXIT_OK);
        assertThat(run.out()).contains("nothing to score yet");
    }

    @Test
    void scoreJson_malformedDocument_failsWithPointerOnOneLine() throws IOException {
        Path file = temp.resolve("bad.json");
        Files.writeString(file, "{\"formatVersion\":\"1.0\",\"type\":\"skp-pp46\",\"pegawai\":{\"name\":12}}");

        Run run = run("score", file.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(KinerjaCli.EXIT_INPUT_ERROR);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("/pegawai");
    }

    @Test
    void scoreJsonLines_badMiddleLine_reportsItAndScoresTheRest() throws IOException {
        String skp = Files.readString(GOLDEN.resolve("pp46/skp.json")).replaceAll("\\s*\\n\\s*", "");
        String ckp = Files.readString(GOLDEN.resolve("ckp/form.json")).replaceAll("\\s*\\n\\s*", "");
        Path file = temp.resolve("batch.jsonl");
        Files.writeString(file, skp + "\n{\"formatVersion\":\"1.0\",\"type\":\"skp-pp46\"}\n" + ckp + "\n");

        Run run = run("score", file.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(KinerjaCli.EXIT_INPUT_ERROR);
        assertThat(run.out().lines()).hasSize(2);
        assertThat(run.out()).contains("line 1: skp-pp46", "line 3: ckp-form");
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).contains("line 2").contains("/pegawai");
        assertThat(run.errLines().get(1)).isEqualTo("1 of 3 lines could not be read or scored");
    }

    @Test
    void convert_workbookToJsonAndBack_keepsTheScore() throws IOException {
        Path json = temp.resolve("skp.json");
        Path workbook = temp.resolve("skp.xlsx");

        Run toJson = run("convert", BUNDLED.toString(), json.toString(), "--lang", "en");
        Run toWorkbook = run("convert", json.toString(), workbook.toString(), "--lang", "en");
        Run score = run("score", workbook.toString(), "--lang", "en");

        assertThat(toJson.exitCode()).isEqualTo(KinerjaCli.EXIT_OK);
        assertThat(toJson.out()).contains("(skp-pp46)");
        assertThat(MAPPER.readTree(json.toFile()).path("type").asText()).isEqualTo("skp-pp46");
        assertThat(toWorkbook.exitCode()).isEqualTo(KinerjaCli.EXIT_OK);
        assertThat(score.out()).contains("Nilai Capaian SKP     : 92.48 (Sangat Baik)");
        assertThat(score.out()).contains("Nilai Prestasi Kerja  : 88.45 (Baik)");
    }

    @Test
    void convert_unsupportedTarget_failsAndWritesNothing() {
        Path target = temp.resolve("out.txt");

        Run run = run("convert", BUNDLED.toString(), target.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(KinerjaCli.EXIT_INPUT_ERROR);
        assertThat(run.errLines()).hasSize(1);
        assertThat(target).doesNotExist();
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void convert_wrongOperandCount_isUsageError() {
        Run run = run("convert", BUNDLED.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(KinerjaCli.EXIT_USAGE);
        assertThat(run.errLines().get(0)).isEqualTo("convert needs two files: kinerja convert IN OUT");
    }

    @Test
    void schema_printsDraft202012Schema() throws IOException {
        Run run = run("schema");
        JsonNode schema = MAPPER.readTree(run.out());

        assertThat(run.exitCode()).isEqualTo(KinerjaCli.EXIT_OK);
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }
}
