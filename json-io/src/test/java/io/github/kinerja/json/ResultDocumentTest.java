package io.github.kinerja.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kinerja.core.permen2021.HasilPenilaian;
import io.github.kinerja.core.permen2021.Permen2021Scorer;
import io.github.kinerja.core.permen2022.HasilAngkaKredit;
import io.github.kinerja.core.permen2022.HasilPenilaianPegawai;
import io.github.kinerja.core.permen2022.Permen2022Scorer;
import io.github.kinerja.core.pp46.calc.Pp46Result;
import org.junit.jupiter.api.Test;

/**
 * Result documents are read by computing the result again from the input and settings they record, so a stored
 * value that differs from the computed one is rejected at its place. The PP 46/2011 result records no input and is
 * read value by value.
 */
class ResultDocumentTest {

    private static final KinerjaJson JSON = KinerjaJson.defaults();

    @Test
    void permen2021Result_editedNilai_rejected() {
        String json = JSON.write(Permen2021Scorer.standard().score(GoldenExamples.permen2021Penilaian()));
        String edited = json.replace("\"nilaiRounded\":101.41", "\"nilaiRounded\":110.41");
        assertThat(edited).isNotEqualTo(json);
        JsonReadException e = catchThrowableOfType(JsonReadException.class,
                () -> JSON.read(edited, HasilPenilaian.class));
        assertThat(e.problem()).isEqualTo(JsonProblem.RESULT_MISMATCH);
        assertThat(e.pointer()).isEqualTo("/nilaiAkhir/nilaiRounded");
        assertThat(e.found()).isEqualTo("110.41");
        assertThat(e.expected()).isEqualTo("101.41");
    }

    @Test
    void permen2021Result_otherScale_accepted() {
        HasilPenilaian hasil = Permen2021Scorer.standard().score(GoldenExamples.permen2021Penilaian());
        String json = JSON.write(hasil).replace("\"nilaiRounded\":101.41", "\"nilaiRounded\":101.4100");
        assertThat(JSON.read(json, HasilPenilaian.class)).isEqualTo(hasil);
    }

    @Test
    void permen2021Result_editedFormula_accepted() {
        HasilPenilaian hasil = Permen2021Scorer.standard().score(GoldenExamples.permen2021Penilaian());
        String json = JSON.write(hasil).replace("without innovation", "tanpa inovasi");
        assertThat(JSON.read(json, HasilPenilaian.class)).isEqualTo(hasil);
    }

    @Test
    void permen2021Result_withMissingOutput_isReported() {
        String json = JSON.write(Permen2021Scorer.standard().score(GoldenExamples.permen2021Penilaian()))
                .replace("\"nilaiUtama\":", "\"nilaiUtamaX\":");
        JsonReadException e = catchThrowableOfType(JsonReadException.class,
                () -> JSON.read(json, HasilPenilaian.class));
        assertThat(e.problem()).isIn(JsonProblem.UNKNOWN_PROPERTY, JsonProblem.MISSING_PROPERTY);
    }

    @Test
    void permen2022Result_withEditedPredikat_isRejected() {
        String json = JSON.write(Permen2022Scorer.standard().score(GoldenExamples.permen2022Penilaian()));
        String edited = json.replace("\"predikat\":\"baik\"", "\"predikat\":\"sangat_baik\"");
        assertThat(edited).isNotEqualTo(json);
        JsonReadException e = catchThrowableOfType(JsonReadException.class,
                () -> JSON.read(edited, HasilPenilaianPegawai.class));
        assertThat(e.problem()).isEqualTo(JsonProblem.RESULT_MISMATCH);
        assertThat(e.pointer()).isEqualTo("/predikat");
    }

    @Test
    void angkaKreditResult_withEditedTotal_isRejected() {
        String json = JSON.write(GoldenExamples.all().get("permen2022/angka-kredit.json"));
        String edited = json.replace("\"total\":15.63", "\"total\":15.62");
        JsonReadException e = catchThrowableOfType(JsonReadException.class,
                () -> JSON.read(edited, HasilAngkaKredit.class));
        assertThat(e.problem()).isEqualTo(JsonProblem.RESULT_MISMATCH);
        assertThat(e.pointer()).isEqualTo("/total");
    }

    @Test
    void pp46Result_readAsClass_equalsWritten() {
        Pp46Result golden = (Pp46Result) GoldenExamples.all().get("pp46/hasil.json");
        assertThat(JSON.read(JSON.write(golden), Pp46Result.class)).isEqualTo(golden);
    }

    @Test
    void pp46ResultDocument_readsBackAsHasilPp46() {
        String json = JSON.write(GoldenExamples.all().get("pp46/hasil.json"));
        JsonDocument document = JSON.readDocument(json);
        assertThat(document.type()).isEqualTo(DocumentType.HASIL_PP46);
        assertThat(JSON.write(document.value())).isEqualTo(json);
    }

    @Test
    void pp46Result_withoutRoundingPolicy_isRejectedAtItsPlace() {
        String json = JSON.write(GoldenExamples.all().get("pp46/hasil.json"));
        String edited = json.replaceFirst("\"roundingPolicy\":\\{[^}]*\\},?", "");
        assertThat(edited).isNotEqualTo(json);
        JsonReadException e = catchThrowableOfType(JsonReadException.class,
                () -> JSON.read(edited, Pp46Result.class));
        assertThat(e.pointer()).isEqualTo("/roundingPolicy");
    }
}
