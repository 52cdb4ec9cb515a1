package io.github.kinerja.core.pp46.calc;

import static io.github.kinerja.core.pp46.Pp46Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.kinerja.core.pp46.KategoriPp46;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Golden vectors of the category bands (C1, C3) under each boundary policy. */
class BandBoundaryPolicyTest {

    @Test
    void c1_90point5_dependsOnThePolicy() {
        assertThat(BandBoundaryPolicy.HYBRID.classify(d("90.5"))).isEqualTo(KategoriPp46.BAIK);
        assertThat(BandBoundaryPolicy.LOWER_INCLUSIVE.classify(d("90.5"))).isEqualTo(KategoriPp46.BAIK);
        assertThat(BandBoundaryPolicy.UPPER_INCLUSIVE.classify(d("90.5"))).isEqualTo(KategoriPp46.SANGAT_BAIK);
    }

    @ParameterizedTest(name = "{1} under {0} is {2}")
    @CsvSource({
        "HYBRID, 91, SANGAT_BAIK", "HYBRID, 76, BAIK", "HYBRID, 61, CUKUP", "HYBRID, 51, KURANG",
        "HYBRID, 50, BURUK", "HYBRID, 90, BAIK", "HYBRID, 75, CUKUP", "HYBRID, 60, KURANG",
        "LOWER_INCLUSIVE, 91, SANGAT_BAIK", "LOWER_INCLUSIVE, 76, BAIK", "LOWER_INCLUSIVE, 61, CUKUP",
        "LOWER_INCLUSIVE, 51, KURANG", "LOWER_INCLUSIVE, 50, BURUK", "LOWER_INCLUSIVE, 90, BAIK",
        "LOWER_INCLUSIVE, 75, CUKUP", "LOWER_INCLUSIVE, 60, KURANG",
        "UPPER_INCLUSIVE, 91, SANGAT_BAIK", "UPPER_INCLUSIVE, 76, BAIK", "UPPER_INCLUSIVE, 61, CUKUP",
        "UPPER_INCLUSIVE, 51, KURANG", "UPPER_INCLUSIVE, 50, BURUK", "UPPER_INCLUSIVE, 90, BAIK",
        "UPPER_INCLUSIVE, 75, CUKUP", "UPPER_INCLUSIVE, 60, KURANG"
    })
    void c3_integerScores_agreeUnderEveryPolicy(BandBoundaryPolicy policy, String value, KategoriPp46 expected) {
        assertThat(policy.classify(d(value))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: 50.5 {1}, 60.5 {2}, 75.5 {3}")
    @CsvSource({
        "HYBRID,          KURANG, CUKUP,  BAIK",
        "LOWER_INCLUSIVE, BURUK,  KURANG, CUKUP",
        "UPPER_INCLUSIVE, KURANG, CUKUP,  BAIK"
    })
    void gaps_areFilledByThePolicy(BandBoundaryPolicy policy, KategoriPp46 at50point5, KategoriPp46 at60point5,
            KategoriPp46 at75point5) {
        assertThat(policy.classify(d("50.5"))).isEqualTo(at50point5);
        assertThat(policy.classify(d("60.5"))).isEqualTo(at60point5);
        assertThat(policy.classify(d("75.5"))).isEqualTo(at75point5);
    }

    @ParameterizedTest
    @EnumSource(BandBoundaryPolicy.class)
    void extremes_areBurukAndSangatBaik(BandBoundaryPolicy policy) {
        assertThat(policy.classify(d("-24"))).isEqualTo(KategoriPp46.BURUK);
        assertThat(policy.classify(d("0"))).isEqualTo(KategoriPp46.BURUK);
        assertThat(policy.classify(d("120"))).isEqualTo(KategoriPp46.SANGAT_BAIK);
        assertThat(policy.classify(d("50.99"))).isIn(KategoriPp46.BURUK, KategoriPp46.KURANG);
    }

    @ParameterizedTest
    @EnumSource(BandBoundaryPolicy.class)
    void classify_null_throwsNullPointerException(BandBoundaryPolicy policy) {
        assertThatNullPointerException().isThrownBy(() -> policy.classify(null)).withMessage("value");
    }
}
