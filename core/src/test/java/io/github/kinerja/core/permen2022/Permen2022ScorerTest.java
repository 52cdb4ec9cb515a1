package io.github.kinerja.core.permen2022;

import static io.github.kinerja.core.permen2022.Rating.DI_ATAS_EKSPEKTASI;
import static io.github.kinerja.core.permen2022.Rating.DI_BAWAH_EKSPEKTASI;
import static io.github.kinerja.core.permen2022.Rating.SESUAI_EKSPEKTASI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Permen2022ScorerTest {

    private static final Skp STAFF = Fixtures.staffSkp("SKP-STAF1", Fixtures.staff("Siti Aminah", 1), "1");

    private static PenilaianPegawai penilaian(Skp skp, Evaluasi evaluasi) {
        return PenilaianPegawai.builder().skp(skp).evaluasi(evaluasi).build();
    }

    @Test
    void score_appraiserRatings_giveTheMatrixCell() {
        HasilPenilaianPegawai hasil = Permen2022Scorer.standard().score(
                penilaian(STAFF, Fixtures.januari("SKP-STAF1", DI_ATAS_EKSPEKTASI, DI_BAWAH_EKSPEKTASI)));

        assertThat(hasil.predikat()).isEqualTo(PredikatPegawai.KURANG_MISCONDUCT);
        assertThat(hasil.matrixCell()).isEqualTo(3);
        assertThat(hasil.ratingHasilKerjaSource()).isEqualTo(RatingSource.APPRAISER);
        assertThat(hasil.ruleSetId()).isEqualTo("permenpanrb-6-2022");
        assertThat(hasil.suggestion()).isEmpty();
        assertThat(hasil.steps()).extracting(step -> step.name()).containsExactly("permen2022.rating.hasilKerja",
                "permen2022.rating.perilaku", "permen2022.predikat.matriks");
    }

    @ParameterizedTest(name = "unit {0} -> hasil kerja {1}")
    @CsvSource({
        "ISTIMEWA, DI_ATAS_EKSPEKTASI",
        "BAIK, SESUAI_EKSPEKTASI",
        "BUTUH_PERBAIKAN, DI_BAWAH_EKSPEKTASI",
        "KURANG, DI_BAWAH_EKSPEKTASI",
        "SANGAT_KURANG, DI_BAWAH_EKSPEKTASI",
    })
    void score_unitLeader_takesHasilKerjaFromTheUnit(PredikatOrganisasi unit, Rating expected) {
        Evaluasi evaluasi = Evaluasi.builder().skpId("SKP-KABID")
                .periode(PeriodeEvaluasi.bulanan(YearMonth.of(2023, 1))).ratingPerilaku(SESUAI_EKSPEKTASI).build();
        PenilaianPegawai penilaian = PenilaianPegawai.builder().skp(Fixtures.leaderSkp()).evaluasi(evaluasi)
                .predikatUnitDipimpin(unit).build();

        HasilPenilaianPegawai hasil = Permen2022Scorer.standard().score(penilaian);

        assertThat(hasil.ratingHasilKerja()).isEqualTo(expected);
        assertThat(hasil.ratingHasilKerjaSource()).isEqualTo(RatingSource.UNIT_PREDIKAT);
        assertThat(hasil.steps().get(0).name()).isEqualTo("permen2022.rating.hasilKerja.pimpinan");
    }

    @Test
    void score_unitLeader_ignoresTheAppraisersHasilKerja() {
        Evaluasi evaluasi = Fixtures.januari("SKP-KABID", DI_BAWAH_EKSPEKTASI, DI_ATAS_EKSPEKTASI);
        PenilaianPegawai penilaian = PenilaianPegawai.builder().skp(Fixtures.leaderSkp()).evaluasi(evaluasi)
                .predikatUnitDipimpin(PredikatOrganisasi.ISTIMEWA).build();

        assertThat(Permen2022Scorer.standard().score(penilaian).predikat()).isEqualTo(PredikatPegawai.SANGAT_BAIK);
    }

    @Test
    void withLeaderPolicy_replacesTheMapping() {
        Evaluasi evaluasi = Fixtures.januari("SKP-KABID", SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI);
        PenilaianPegawai penilaian = PenilaianPegawai.builder().skp(Fixtures.leaderSkp()).evaluasi(evaluasi)
                .predikatUnitDipimpin(PredikatOrganisasi.BUTUH_PERBAIKAN).build();
        UnitLeaderRatingPolicy lenient = predikat -> predikat == PredikatOrganisasi.ISTIMEWA
                ? DI_ATAS_EKSPEKTASI : SESUAI_EKSPEKTASI;

        assertThat(Permen2022Scorer.standard().withLeaderPolicy(lenient).score(penilaian).predikat())
                .isEqualTo(PredikatPegawai.BAIK);
    }

    @Test
    void score_missingHasilKerja_throws() {
        Evaluasi evaluasi = Evaluasi.builder().skpId("SKP-STAF1")
                .periode(PeriodeEvaluasi.bulanan(YearMonth.of(2023, 1))).ratingPerilaku(SESUAI_EKSPEKTASI).build();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Permen2022Scorer.standard().score(penilaian(STAFF, evaluasi)))
                .withMessage("rating hasil kerja is not set for SKP SKP-STAF1, period BULANAN 2023-01-01/2023-01-31;"
                        + " the appraiser must set it before scoring");
    }

    @Test
    void score_missingPerilaku_throws() {
        Evaluasi evaluasi = Evaluasi.builder().skpId("SKP-STAF1")
                .periode(PeriodeEvaluasi.bulanan(YearMonth.of(2023, 1))).ratingHasilKerja(SESUAI_EKSPEKTASI).build();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Permen2022Scorer.standard().score(penilaian(STAFF, evaluasi)))
                .withMessageStartingWith("rating perilaku kerja is not set for SKP SKP-STAF1");
    }

    @Test
    void penilaian_evaluationOfAnotherSkp_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> penilaian(STAFF, Fixtures.januari("SKP-X", SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI)))
                .withMessage("evaluasi belongs to SKP SKP-X, not to SKP SKP-STAF1");
    }

    @Test
    void withSuggester_keepsThePredikat() {
        Evaluasi evaluasi = Fixtures.januari("SKP-STAF1", DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI)
                .withRealisasi(RealisasiIki.of("SKP-STAF1.1", new BigDecimal("12")));

        HasilPenilaianPegawai hasil = Permen2022Scorer.standard()
                .withSuggester(Permen2021BandsRatingSuggester.standard()).score(penilaian(STAFF, evaluasi));

        assertThat(hasil.suggestion()).hasValueSatisfying(s -> assertThat(s.rating()).isEqualTo(SESUAI_EKSPEKTASI));
        assertThat(hasil.ratingHasilKerja()).isEqualTo(DI_BAWAH_EKSPEKTASI);
        assertThat(hasil.predikat()).isEqualTo(PredikatPegawai.BUTUH_PERBAIKAN);
    }

    @Test
    void withMatrix_usesTheGivenMatrix() {
        PredikatMatrix allBaik = PredikatMatrix.of(java.util.Map.of(
                DI_ATAS_EKSPEKTASI, allCells(PredikatPegawai.BAIK),
                SESUAI_EKSPEKTASI, allCells(PredikatPegawai.BAIK),
                DI_BAWAH_EKSPEKTASI, allCells(PredikatPegawai.BAIK)));

        HasilPenilaianPegawai hasil = Permen2022Scorer.standard().withMatrix(allBaik)
                .score(penilaian(STAFF, Fixtures.januari("SKP-STAF1", DI_BAWAH_EKSPEKTASI, DI_BAWAH_EKSPEKTASI)));

        assertThat(hasil.predikat()).isEqualTo(PredikatPegawai.BAIK);
    }

    private static java.util.Map<Rating, PredikatPegawai> allCells(PredikatPegawai predikat) {
        return java.util.Map.of(DI_ATAS_EKSPEKTASI, predikat, SESUAI_EKSPEKTASI, predikat, DI_BAWAH_EKSPEKTASI,
                predikat);
    }
}
