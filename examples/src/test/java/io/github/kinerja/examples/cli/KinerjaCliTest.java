package io.github.kinerja.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.kinerja.excel.SpecVectorWorkbooks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class KinerjaCliTest {

    private static final Path BUNDLED = Paths.get("data/skp-pp46-penilaian.xlsx");
    private static final Path FIXTURES = Paths.get("../excel-io/src/test/resources/fixtures");

    @TempDir
    Path temp;

    /** The outcome of one run: exit code and both streams. */
    private static final class Run {
        final int exitCode;
        final String out;
        final String err;

        Run(int exitCode, String out, String err) {
            this.exitCode = exitCode;
            this.out = out;
            this.err = err;
        }

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
    void score_bundledExample_printsIdentityBreakdownAndFinalValues() {
        Run run = run("score", BUNDLED.toString());

        assertThat(run.exitCode).isEqualTo(KinerjaCli.EXIT_OK);
        assertThat(run.err).isEmpty();
        assertThat(run.out).contains("PP 46/2011 Penilaian Capaian SKP");
        assertThat(run.out).contains("Dewi Lestari Puspitasari");
        assertThat(run.out).contains("19880315 201101 2 905");
        assertThat(run.out).contains("Nilai Capaian SKP     : 92.48 (Sangat Baik)");
        assertThat(run.out).contains("Nilai Prestasi Kerja  : 88.45 (Baik)");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void score_specVectorWorkbook_reproducesGoldenValues(boolean xls) throws IOException {
        Path workbook = SpecVectorWorkbooks.write(temp, xls);

        Run run = run("score", workbook.toString(), "--lang", "en");

        assertThat(run.exitCode).isEqualTo(KinerjaCli.EXIT_OK);
        assertThat(run.out).contains("Mean of kegiatan      : 92.24");
        assertThat(run.out).contains("Nilai Capaian SKP     : 92.24 (Sangat Baik)");
        assertThat(run.out).contains("Nilai Perilaku Kerja  : 81.00 (Baik)");
        assertThat(run.out).contains("Nilai Prestasi Kerja  : 87.74 (Baik)");
        assertThat(run.out).contains(" 342.00   4    85.50", " 266.00   3    88.67", " 307.67   3   102.56");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void scoreJson_specVectorWorkbook_carriesExactValues(boolean xls) throws IOException {
        Path workbook = SpecVectorWorkbooks.write(temp, xls);

        Run run = run("score", workbook.toString(), "--format", "json");
        JsonNode json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(run.out);

        assertThat(run.exitCode).isEqualTo(KinerjaCli.EXIT_OK);
        assertThat(json.path("scored").asBoolean()).isTrue();
        JsonNode pp46 = json.path("pp46");
        assertThat(pp46.path("nilaiCapaianSkp").path("rounded").decimalValue()).isEqualByComparingTo("92.24");
        assertThat(pp46.path("nilaiCapaianSkp").path("exact").decimalValue().toPlainString()).startsWith("92.2407407407");
        assertThat(pp46.path("nilaiCapaianSkp").path("kategori").asText()).isEqualTo("SANGAT_BAIK");
        assertThat(pp46.path("nilaiPrestasiKerja").path("exact").decimalValue().toPlainString()).startsWith("87.744444");
        assertThat(pp46.path("nilaiPrestasiKerja").path("kategori").asText()).isEqualTo("BAIK");
        assertThat(pp46.path("kegiatan")).hasSize(3);
        assertThat(pp46.path("kegiatan").get(0).path("divisor").asInt()).isEqualTo(4);
        assertThat(pp46.path("kegiatan").get(1).path("divisor").asInt()).isEqualTo(3);
        assertThat(run.out).doesNotContainPattern("[0-9]E[+-]?[0-9]");
    }

    @Test
    void score_ckpWorkbook_printsRecomputedAndShownCkp() {
        Run run = run("score", FIXTURES.resolve("ckp-provinsi/write.xlsx").toString(), "--lang", "en");

        assertThat(run.exitCode).isEqualTo(KinerjaCli.EXIT_OK);
        assertThat(run.out).contains("BPS CKP-T / CKP-R");
        assertThat(run.out).contains("Arif Galih Pamungkas");
        assertThat(run.out).contains("CKP                   : 97.75 (the form shows 97.75 in CKP-R!G22)");
    }

    @Test
    void score_unreadableValue_printsResultButFailsNamingCell() {
        Run run = run("score", FIXTURES.resolve("ckp-provinsi/write.xls").toString(), "--lang", "en");

        assertThat(run.exitCode).isEqualTo(KinerjaCli.EXIT_INPUT_ERROR);
        assertThat(run.out).contains("CKP-T!E14");
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err).contains("CKP-T!E14");
    }

    @Test
    void score_lockFileNamedXlsx_failsWithOneLine() {
        Run run = run("score", FIXTURES.resolve("sikuansing/lockfile_TEMPLATE_CKP.xlsx").toString(), "--lang", "en");

        assertThat(run.exitCode).isEqualTo(KinerjaCli.EXIT_INPUT_ERROR);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err).contains("not an Excel workbook");
    }

    @Test
    void score_lockFileInIndonesian_failsWithIndonesianLine() {
        Run run = run("score", FIXTURES.resolve("sikuansing/lockfile_TEMPLATE_CKP.xlsx").toString());

        assertThat(run.exitCode).isEqualTo(KinerjaCli.EXIT_INPUT_ERROR);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err).doesNotContain("not an Excel workbook");
    }

    @Test
    void score_missingFile_failsWithOneLine() {
        Run run = run("score", temp.resolve("nothing.xlsx").toString(), "--lang", "en");

        assertThat(run.exitCode).isEqualTo(KinerjaCli.EXIT_INPUT_ERROR);
        assertThat(run.errLines()).containsExactly("file not found: " + temp.resolve("nothing.xlsx") + "; check the path");
    }

    @Test
    void score_emptyTemplate_failsWithOneLineNamingSheet() {
        Run run = run("score", FIXTURES.resolve("anriskp2019/TemplateSKP.xls").toString(), "--lang", "en");

        assertThat(run.exitCode).isEqualTo(KinerjaCli.EXIT_INPUT_ERROR);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err).contains("sheet SKP");
    }

    static Stream<Path> realFixtures() throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            return files.filter(p -> p.toString().endsWith(".xls") || p.toString().endsWith(".xlsx"))
                    .sorted()
                    .collect(Collectors.toList())
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("realFixtures")
    void score_realFixture_scoresOrFailsWithOneLine(Path fixture) {
        Run run = run("score", fixture.toString(), "--lang", "en");

        assertThat(run.exitCode).isIn(KinerjaCli.EXIT_OK, KinerjaCli.EXIT_INPUT_ERROR);
        if (run.exitCode == KinerjaCli.EXIT_INPUT_ERROR) {
            assertThat(run.errLines()).hasSize(1);
        } else {
            assertThat(run.err).isEmpty();
        }
        assertThat(run.err).doesNotContain("Exception", "\tat ");
    }

    @Test
    void score_directory_failsWithOneLine() {
        Run run = run("score", temp.toString(), "--lang", "en");

        assertThat(run.exitCode).isEqualTo(KinerjaCli.EXIT_INPUT_ERROR);
        assertThat(run.errLines()).containsExactly(temp + " is a directory; give the path of a workbook or JSON file");
    }

    @Test
    void score_withoutFile_isUsageError() {
        Run run = run("score", "--lang", "en");

        assertThat(run.exitCode).isEqualTo(KinerjaCli.EXIT_USAGE);
        assertThat(run.err).startsWith("score needs exactly one file");
    }

    @Test
    void run_unknownCommand_isUsageError() {
        Run run = run("grade", "x.xlsx", "--lang", "en");

        assertThat(run.exitCode).isEqualTo(KinerjaCli.EXIT_USAGE);
        assertThat(run.errLines())
                .containsExactly("unknown command: \"grade\"; run \"kinerja --help\" for usage");
    }

    @Test
    void run_unknownOption_isUsageErrorInRequestedLanguage() {
        Run run = run("score", "x.xlsx", "--verbose", "--lang", "id");

        assertThat(run.exitCode).isEqualTo(KinerjaCli.EXIT_USAGE);
        assertThat(run.errLines())
                .containsExactly("opsi tidak dikenal: --verbose; jalankan \"kinerja --help\" untuk cara pakai");
    }

    @Test
    void run_invalidFormat_isUsageError() {
        Run run = run("score", "x.xlsx", "--format", "xml", "--lang", "en");

        assertThat(run.exitCode).isEqualTo(KinerjaCli.EXIT_USAGE);
        assertThat(run.errLines()).containsExactly(
                "invalid value for --format: \"xml\"; use text or json; run \"kinerja --help\" for usage");
    }

    @Test
    void run_invalidLanguage_isUsageError() {
        Run run = run("score", "x.xlsx", "--lang", "fr");

        assertThat(run.exitCode).isEqualTo(KinerjaCli.EXIT_USAGE);
        assertThat(run.errLines()).containsExactly(
                "nilai --lang tidak valid: \"fr\"; gunakan id atau en; jalankan \"kinerja --help\" untuk cara pakai");
    }

    @Test
    void run_optionWithoutValue_isUsageError() {
        Run run = run("score", "x.xlsx", "--format");

        assertThat(run.exitCode).isEqualTo(KinerjaCli.EXIT_USAGE);
        assertThat(run.errLines())
                .containsExactly("opsi --format memerlukan nilai; jalankan \"kinerja --help\" untuk cara pakai");
    }

    @Test
    void run_help_printsUsageInBothLanguages() {
        Run english = run("--help", "--lang", "en");
        Run indonesian = run("--help");

        assertThat(english.exitCode).isEqualTo(KinerjaCli.EXIT_OK);
        assertThat(english.out).contains("kinerja score FILE [--format text|json] [--lang id|en]");
        assertThat(indonesian.out).contains("kinerja score BERKAS [--format text|json] [--lang id|en]");
    }

    @Test
    void run_noArguments_printsHelp() {
        Run run = run();

        assertThat(run.exitCode).isEqualTo(KinerjaCli.EXIT_OK);
        assertThat(run.out).contains("Cara pakai:");
    }
}
