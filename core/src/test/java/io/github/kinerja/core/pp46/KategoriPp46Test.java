package io.github.kinerja.core.pp46;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KategoriPp46Test {

    @Test
    void label_isThePp46Wording() {
        assertThat(KategoriPp46.SANGAT_BAIK.label()).isEqualTo("Sangat Baik");
        assertThat(KategoriPp46.KURANG.label()).isEqualTo("Kurang");
        assertThat(KategoriPp46.BURUK.label()).isEqualTo("Buruk");
    }

    @Test
    void legacyLabel_kurang_isSedang() {
        assertThat(KategoriPp46.KURANG.legacyLabel()).isEqualTo("Sedang");
        assertThat(KategoriPp46.BAIK.legacyLabel()).isEqualTo("Baik");
    }

    @ParameterizedTest
    @EnumSource(KategoriPp46.class)
    void fromLabel_label_roundTrips(KategoriPp46 kategori) {
        assertThat(KategoriPp46.fromLabel(kategori.label())).isEqualTo(kategori);
        assertThat(KategoriPp46.fromLabel(kategori.legacyLabel())).isEqualTo(kategori);
    }

    @Test
    void fromLabel_caseAndSpaces_areIgnored() {
        assertThat(KategoriPp46.fromLabel("  SANGAT   baik ")).isEqualTo(KategoriPp46.SANGAT_BAIK);
        assertThat(KategoriPp46.fromLabel("sedang")).isEqualTo(KategoriPp46.KURANG);
    }

    @Test
    void fromLabel_unknown_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> KategoriPp46.fromLabel("Amat Baik"))
                .withMessage("kategori label must be one of Sangat Baik, Baik, Cukup, Kurang, Sedang or Buruk, was "
                        + "\"Amat Baik\"");
    }
}
