package io.github.kinerja.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.kinerja.core.permen2021.Permen2021Scorer;
import io.github.kinerja.core.permen2022.Permen2022Scorer;
import io.github.kinerja.excel.write.Permen2021FormWriter;
import io.github.kinerja.excel.write.Permen2021Samples;
import io.github.kinerja.excel.write.Permen2022FormWriter;
import io.github.kinerja.excel.write.Permen2022Samples;
import io.github.kinerja.json.KinerjaJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code score} and {@code convert} commands on PermenPANRB 8/2021 and 6/2022 workbooks. */
class PermenWorkbookCommandsTest {

    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = new KinerjaCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void score_permen2022Evaluasi_printsRatingsAndPredikat() throws IOException {
        Path file = temp.resolve("evaluasi.xlsx");
        Permen2022FormWriter.standard().writeEvaluasi(Permen2022Samples.evaluasi(), file);
        String predikat = Permen2022Scorer.standard().score(Permen2022Samples.evaluasi()).predikat().label();

        Run run = run("score", file.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(KinerjaCli.EXIT_OK);
        assertThat(run.out()).contains("PermenPANRB 6/2022 evaluation document");
        assertThat(run.out()).containsPattern("Predikat\\s+: " + predikat + " \\(matrix cell \\d\\)");
    }

    @Test
    void score_permen2022Plan_isAPlan() throws IOException {
        Path file = temp.resolve("skp.xls");
        Permen2022FormWriter.standard().writeSkp(Permen2022Samples.jaJf(), file);

        Run run = run("score", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(KinerjaCli.EXIT_OK);
        assertThat(run.out()).contains("SKP PermenPANRB 6/2022 (rencana)");
        assertThat(run.out()).contains(Permen2022Samples.jaJf().rhk().get(0).iki().get(0).id());
    }

    @Test
    void score_permen2021Penilaian_printsNilaiAkhir() throws IOException {
        Path file = temp.resolve("skp-2021.xlsx");
        Permen2021FormWriter.standard().writeSkp(Permen2021Samples.spec(), file);
        var hasil = Permen2021Scorer.standard().score(Permen2021Samples.spec());

        Run run = run("score", file.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(KinerjaCli.EXIT_OK);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("layout").asText()).isEqualTo("PERMEN2021_SKP");
        assertThat(json.path("scored").asBoolean()).isTrue();
        assertThat(json.path("permen2021").path("type").asText()).isEqualTo("hasil-permen2021");
        assertThat(json.path("permen2021").path("nilaiSkpRounded").decimalValue())
                .isEqualByComparingTo(hasil.nilaiSkpRounded());
    }

    @Test
    void convert_permen2022RoundTrip_keepsRatings() throws IOException {
        Path json = temp.resolve("penilaian.json");
        Files.writeString(json, KinerjaJson.defaults().writePretty(Permen2022Samples.evaluasi()));
        Path workbook = temp.resolve("penilaian.xlsx");
        Path back = temp.resolve("back.json");

        Run toWorkbook = run("convert", json.toString(), workbook.toString(), "--lang", "en");
        Run toJson = run("convert", workbook.toString(), back.toString(), "--lang", "en");

        assertThat(toWorkbook.exitCode()).as(toWorkbook.err()).isEqualTo(KinerjaCli.EXIT_OK);
        assertThat(toWorkbook.out()).contains("Dokumen Evaluasi Kinerja Pegawai");
        assertThat(toJson.exitCode()).as(toJson.err()).isEqualTo(KinerjaCli.EXIT_OK);
        JsonNode document = new ObjectMapper().readTree(Files.readString(back));
        assertThat(document.path("type").asText()).isEqualTo("penilaian-permen2022");
        assertThat(document.path("evaluasi").path("ratingHasilKerja").asText())
                .isEqualTo(new ObjectMapper().readTree(Files.readString(json)).path("evaluasi")
                        .path("ratingHasilKerja").asText());
    }

    @Test
    void convert_permen2021JsonToWorkbook_writesTheForm() throws IOException {
        Path json = temp.resolve("penilaian-2021.json");
        Files.writeString(json, KinerjaJson.defaults().write(Permen2021Samples.spec()));
        Path workbook = temp.resolve("penilaian-2021.xls");

        Run run = run("convert", json.toString(), workbook.toString());
        Run score = run("score", workbook.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(KinerjaCli.EXIT_OK);
        assertThat(run.out()).contains("SKP PermenPANRB 8/2021");
        assertThat(score.exitCode()).as(score.err()).isEqualTo(KinerjaCli.EXIT_OK);
        assertThat(score.out()).contains("Nilai akhir");
    }

    @Test
    void convert_reportToWorkbook_isUnsupported() throws IOException {
        Path json = temp.resolve("report.json");
        Files.writeString(json, "{\"formatVersion\":\"1.1\",\"type\":\"report\",\"findings\":[]}");

        Run run = run("convert", json.toString(), temp.resolve("report.xlsx").toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(KinerjaCli.EXIT_INPUT_ERROR);
        assertThat(run.err()).contains("when IN is an SKP or appraisal document");
        assertThat(temp.resolve("report.xlsx")).doesNotExist();
    }
}
