package io.github.kinerja.core.permen2022;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.permen2021.IkiTarget;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Permen2021BandsRatingSuggesterTest {

    private static final Skp STAFF = Fixtures.staffSkp("SKP-STAF1", Fixtures.staff("Siti Aminah", 1), "1");

    private static Evaluasi realised(String value) {
        return Evaluasi.builder().skpId("SKP-STAF1").periode(PeriodeEvaluasi.tahunan(2023))
                .addRealisasi(RealisasiIki.of("SKP-STAF1.1", new BigDecimal(value))).build();
    }

    @ParameterizedTest(name = "realisasi {0} of 12 -> {1}")
    @CsvSource({
        "13, DI_ATAS_EKSPEKTASI",
        "12, SESUAI_EKSPEKTASI",
        "11, DI_BAWAH_EKSPEKTASI",
    })
    void suggest_readsTheMeanNilaiWithTheBands(String realisasi, Rating expected) {
        RatingSuggestion suggestion = Permen2021BandsRatingSuggester.standard().suggest(STAFF, realised(realisasi))
                .orElseThrow();

        assertThat(suggestion.rating()).isEqualTo(expected);
        assertThat(suggestion.suggester()).startsWith("Permen2021BandsRatingSuggester");
        assertThat(suggestion.steps()).extracting(step -> step.name()).containsExactly(
                "permen2022.saran.iki.SKP-STAF1.1", "permen2022.saran.rataRata", "permen2022.saran.rating");
    }

    @Test
    void suggest_withoutRealisasi_isEmpty() {
        Evaluasi evaluasi = Evaluasi.builder().skpId("SKP-STAF1").periode(PeriodeEvaluasi.bulanan(YearMonth.of(2023, 1)))
                .build();

        assertThat(Permen2021BandsRatingSuggester.standard().suggest(STAFF, evaluasi)).isEmpty();
    }

    @Test
    void suggest_qualitativeIki_isLeftOut() {
        Skp qualitative = Skp.builder().from(STAFF).rhk(java.util.List.of(Rhk.builder().id("1")
                .jenis(JenisRhk.UTAMA).uraian("Rancangan").rhkAtasan(RhkReference.of("SKP-KABID", "1"))
                .addIki(Iki.builder().id("Q1").indikator("Rancangan disetujui")
                        .target(IkiTarget.qualitative("Disetujui kepala bidang")).build())
                .build())).build();
        Evaluasi evaluasi = Evaluasi.builder().skpId("SKP-STAF1").periode(PeriodeEvaluasi.tahunan(2023))
                .addRealisasi(RealisasiIki.builder().ikiId("Q1").keterangan("Disetujui").build()).build();

        assertThat(Permen2021BandsRatingSuggester.standard().suggest(qualitative, evaluasi)).isEmpty();
    }
}
