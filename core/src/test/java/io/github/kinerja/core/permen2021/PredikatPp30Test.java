package io.github.kinerja.core.permen2021;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PredikatPp30Test {

    @Test
    void of_f3Final112_dependsOnInnovation() {
        assertThat(PredikatPp30.of(new BigDecimal("112"), true)).isEqualTo(PredikatPp30.SANGAT_BAIK);
        assertThat(PredikatPp30.of(new BigDecimal("112"), false)).isEqualTo(PredikatPp30.BAIK);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource({
        "F4, 89.99, CUKUP",
        "F4, 90, BAIK",
        "F5, 69.5, KURANG",
        "F5, 49.9, SANGAT_KURANG",
        "band, 110, BAIK",
        "band, 70, CUKUP",
        "band, 50, KURANG",
        "band, 89.995, CUKUP",
        "band, 121, BAIK",
    })
    void of_withoutInnovation(String vector, String nilai, PredikatPp30 expected) {
        assertThat(PredikatPp30.of(new BigDecimal(nilai), false)).as(vector).isEqualTo(expected);
    }

    @Test
    void of_innovationBelow110_isNotSangatBaik() {
        assertThat(PredikatPp30.of(new BigDecimal("109.99"), true)).isEqualTo(PredikatPp30.BAIK);
        assertThat(PredikatPp30.of(new BigDecimal("110"), true)).isEqualTo(PredikatPp30.SANGAT_BAIK);
    }

    @Test
    void forPeerInput_selectsTheWeights() {
        assertThat(PrestasiWeights.forPeerInput(true)).isEqualTo(PrestasiWeights.SIXTY_FORTY);
        assertThat(PrestasiWeights.forPeerInput(false)).isEqualTo(PrestasiWeights.SEVENTY_THIRTY);
        assertThat(PrestasiWeights.SIXTY_FORTY.skp()).isEqualByComparingTo("0.6");
        assertThat(PrestasiWeights.SIXTY_FORTY.perilaku()).isEqualByComparingTo("0.4");
    }
}
