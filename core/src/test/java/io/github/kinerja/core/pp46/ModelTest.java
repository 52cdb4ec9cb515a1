package io.github.kinerja.core.pp46;

import static io.github.kinerja.core.pp46.Pp46Fixtures.d;
import static io.github.kinerja.core.pp46.Pp46Fixtures.k1;
import static io.github.kinerja.core.pp46.Pp46Fixtures.k2;
import static io.github.kinerja.core.pp46.Pp46Fixtures.k4;
import static io.github.kinerja.core.pp46.Pp46Fixtures.p1;
import static io.github.kinerja.core.pp46.Pp46Fixtures.p2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class ModelTest {

    @Test
    void target_hasBiaya_onlyForANonZeroBiaya() {
        assertThat(k1().target().orElseThrow().hasBiaya()).isTrue();
        assertThat(k2().target().orElseThrow().hasBiaya()).isFalse();
        assertThat(Target.of(d("1"), d("100"), d("12"), d("0.00")).hasBiaya()).isFalse();
    }

    @Test
    void kegiatan_withoutRealisasi_isNotExecuted() {
        assertThat(k4().isExecuted()).isFalse();
        assertThat(k1().isExecuted()).isTrue();
    }

    @Test
    void kegiatan_defaultSatuanWaktu_isBulan() {
        assertThat(k1().satuanWaktu()).isEqualTo(SatuanWaktu.BULAN);
    }

    @Test
    void kegiatan_blankName_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Kegiatan.builder().name(" ").build())
                .withMessage("kegiatan name must not be blank, was \" \"");
    }

    @Test
    void kegiatan_blankSatuanOutput_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Kegiatan.builder().name("Laporan").satuanOutput("").build())
                .withMessage("satuanOutput must not be blank when present, for kegiatan \"Laporan\"");
    }

    @Test
    void perilaku_scores_areInAspectOrder() {
        PerilakuKerja perilaku = PerilakuKerja.builder()
                .putScore(AspekPerilaku.KEPEMIMPINAN, d("75"))
                .putAllScores(p1().scores())
                .build();

        assertThat(perilaku.scores().keySet()).containsExactly(AspekPerilaku.values());
        assertThat(perilaku.isStruktural()).isTrue();
        assertThat(p1().isStruktural()).isFalse();
        assertThat(p2().isStruktural()).isTrue();
    }

    @Test
    void aspekPerilaku_sets_areFiveAndSix() {
        assertThat(AspekPerilaku.nonStruktural()).hasSize(5).doesNotContain(AspekPerilaku.KEPEMIMPINAN);
        assertThat(AspekPerilaku.struktural()).hasSize(6);
    }

    @Test
    void manfaatKreativitas_values_are3And6And12() {
        assertThat(ManfaatKreativitas.UNIT_KERJA.value()).isEqualByComparingTo("3");
        assertThat(ManfaatKreativitas.ORGANISASI.value()).isEqualByComparingTo("6");
        assertThat(ManfaatKreativitas.NEGARA.value()).isEqualByComparingTo("12");
    }

    @Test
    void tugasTambahanAndKreativitas_blankDescription_throw() {
        assertThatIllegalArgumentException().isThrownBy(() -> TugasTambahan.of(""));
        assertThatIllegalArgumentException().isThrownBy(() -> Kreativitas.of(" ", ManfaatKreativitas.NEGARA));
    }

    @Test
    void factories_nullArguments_throwNullPointerException() {
        assertThatNullPointerException().isThrownBy(() -> TugasTambahan.of(null)).withMessage("description");
        assertThatNullPointerException()
                .isThrownBy(() -> Kreativitas.of(null, ManfaatKreativitas.NEGARA))
                .withMessage("description");
        assertThatNullPointerException().isThrownBy(() -> Kreativitas.of("Aplikasi", null)).withMessage("manfaat");
        assertThatNullPointerException().isThrownBy(() -> PerilakuKerja.of(null)).withMessage("scores");
        assertThatNullPointerException().isThrownBy(() -> Target.of(null, d("100"), d("12")));
        assertThatNullPointerException().isThrownBy(() -> Target.of(d("1"), d("100"), d("12"), null))
                .withMessage("biaya");
        assertThatNullPointerException().isThrownBy(() -> Realisasi.of(d("1"), null, d("12")));
        assertThatNullPointerException().isThrownBy(() -> Realisasi.of(d("1"), d("90"), d("12"), null))
                .withMessage("biaya");
        assertThatNullPointerException().isThrownBy(() -> KategoriPp46.fromLabel(null)).withMessage("label");
    }
}
