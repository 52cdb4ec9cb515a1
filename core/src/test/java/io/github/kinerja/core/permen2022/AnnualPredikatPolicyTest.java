package io.github.kinerja.core.permen2022;

import static io.github.kinerja.core.permen2022.Rating.DI_ATAS_EKSPEKTASI;
import static io.github.kinerja.core.permen2022.Rating.DI_BAWAH_EKSPEKTASI;
import static io.github.kinerja.core.permen2022.Rating.SESUAI_EKSPEKTASI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnnualPredikatPolicyTest {

    private static final Skp STAFF = Fixtures.staffSkp("SKP-STAF1", Fixtures.staff("Siti Aminah", 1), "1");

    private static HasilPenilaianPegawai result(PeriodeEvaluasi periode, Rating hasil, Rating perilaku) {
        Evaluasi evaluasi = Evaluasi.builder().skpId("SKP-STAF1").periode(periode).ratingHasilKerja(hasil)
                .ratingPerilaku(perilaku).build();
        return Permen2022Scorer.standard().score(PenilaianPegawai.builder().skp(STAFF).evaluasi(evaluasi).build());
    }

    private static final List<HasilPenilaianPegawai> YEAR = List.of(
            result(PeriodeEvaluasi.triwulanan(2023, 4), DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI),
            result(PeriodeEvaluasi.tahunan(2023), DI_ATAS_EKSPEKTASI, DI_ATAS_EKSPEKTASI),
            result(PeriodeEvaluasi.triwulanan(2023, 1), SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI));

    @Test
    void appraiserInput_takesTheAnnualEvaluation() {
        PredikatTahunan annual = AnnualPredikatPolicy.APPRAISER_INPUT.annual(YEAR).orElseThrow();

        assertThat(annual.predikat()).isEqualTo(PredikatPegawai.SANGAT_BAIK);
        assertThat(annual.source()).isEqualTo(PeriodeEvaluasi.tahunan(2023));
        assertThat(annual.policy()).isEqualTo(AnnualPredikatPolicy.APPRAISER_INPUT);
    }

    @Test
    void defaultPolicy_isAppraiserInput() {
        assertThat(AnnualPredikatPolicy.defaultPolicy()).isEqualTo(AnnualPredikatPolicy.APPRAISER_INPUT);
    }

    @Test
    void lastPeriod_takesTheLastPeriodicEvaluation() {
        PredikatTahunan annual = AnnualPredikatPolicy.LAST_PERIOD.annual(YEAR).orElseThrow();

        assertThat(annual.predikat()).isEqualTo(PredikatPegawai.BUTUH_PERBAIKAN);
        assertThat(annual.source()).isEqualTo(PeriodeEvaluasi.triwulanan(2023, 4));
    }

    @Test
    void appraiserInput_withoutAnnualEvaluation_isEmpty() {
        assertThat(AnnualPredikatPolicy.APPRAISER_INPUT.annual(List.of(YEAR.get(0), YEAR.get(2)))).isEmpty();
    }

    @Test
    void lastPeriod_withoutPeriodicEvaluation_isEmpty() {
        assertThat(AnnualPredikatPolicy.LAST_PERIOD.annual(List.of(YEAR.get(1)))).isEmpty();
    }
}
