package io.github.kinerja.core.permen2021;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The capaian to nilai table of PermenPANRB 8/2021 with the test vectors of the specification. */
class NilaiCapaianTableTest {

    private static final NilaiCapaianTable INTERPOLATE = NilaiCapaianTable.standard();
    private static final NilaiCapaianTable ROUND_FIRST = NilaiCapaianTable.of(CapaianGapPolicy.ROUND_CAPAIAN_TO_INTEGER);

    private static BigDecimal nilai(NilaiCapaianTable table, String capaian) {
        return table.nilai(new BigDecimal(capaian)).nilai();
    }

    @ParameterizedTest(name = "{0}: capaian {1} -> nilai {2}")
    @CsvSource({
        "I2, 115, 120",
        "I3, 110, 120",
        "I5, 101, 110",
        "I6, 100, 109",
        "I7, 98, 88",
        "I8, 80, 70",
        "I8, 79, 69",
        "I9, 70, 60",
        "I10, 60, 50",
        "I10, 59, 49",
    })
    void nilai_wholeCapaian_matchesVectorsUnderBothPolicies(String vector, String capaian, String expected) {
        assertThat(nilai(INTERPOLATE, capaian)).as(vector).isEqualByComparingTo(expected);
        assertThat(nilai(ROUND_FIRST, capaian)).as(vector).isEqualByComparingTo(expected);
    }

    @Test
    void nilai_i1Capaian87point5_is77point5() {
        NilaiCapaianIki nilai = INTERPOLATE.nilai(new BigDecimal("87.5"));

        assertThat(nilai.nilai()).isEqualByComparingTo("77.5");
        assertThat(nilai.kategori()).isEqualTo(KategoriCapaianIki.CUKUP);
    }

    @Test
    void nilai_i11Capaian50_is2450over59() {
        BigDecimal nilai = nilai(INTERPOLATE, "50");

        assertThat(nilai.setScale(3, RoundingMode.HALF_UP)).isEqualByComparingTo("41.525");
        assertThat(nilai.setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("41.53");
    }

    @Test
    void nilai_roundFirst_i1RoundsCapaianUp() {
        assertThat(nilai(ROUND_FIRST, "87.5")).isEqualByComparingTo("78");
    }

    @Test
    void nilai_gapBetween99And100_differsByPolicy() {
        assertThat(nilai(INTERPOLATE, "99.5")).isEqualByComparingTo("99");
        assertThat(nilai(ROUND_FIRST, "99.5")).isEqualByComparingTo("109");
        assertThat(nilai(INTERPOLATE, "99.4")).isEqualByComparingTo("97");
        assertThat(nilai(ROUND_FIRST, "99.4")).isEqualByComparingTo("89");
    }

    @Test
    void nilai_gapBetween100And101_interpolatesFrom109To110() {
        assertThat(nilai(INTERPOLATE, "100.5")).isEqualByComparingTo("109.5");
        assertThat(nilai(ROUND_FIRST, "100.5")).isEqualByComparingTo("110");
    }

    @Test
    void nilai_gapsBelow80And60_interpolateOnePoint() {
        assertThat(nilai(INTERPOLATE, "79.5")).isEqualByComparingTo("69.5");
        assertThat(nilai(INTERPOLATE, "59.5")).isEqualByComparingTo("49.5");
        assertThat(nilai(ROUND_FIRST, "79.4")).isEqualByComparingTo("69");
    }

    @Test
    void nilai_kondisiKhusus107point14_differsByPolicy() {
        BigDecimal capaian = CapaianIki.of(IkiTarget.ofRange(new BigDecimal("7"), new BigDecimal("8"), "bulan")
                .withDirection(TargetDirection.LOWER_IS_BETTER), new BigDecimal("6.5")).percent();

        BigDecimal interpolated = INTERPOLATE.nilai(capaian).nilai();
        BigDecimal roundedFirst = ROUND_FIRST.nilai(capaian).nilai();

        assertThat(interpolated.setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("116.83");
        assertThat(roundedFirst.setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("116.67");
    }

    @Test
    void nilai_roundFirst_recordsTheRoundingStep() {
        NilaiCapaianIki nilai = ROUND_FIRST.nilai(new BigDecimal("87.5"));

        assertThat(nilai.capaianUsed()).isEqualByComparingTo("88");
        assertThat(nilai.steps()).extracting(step -> step.name())
                .containsExactly("permen2021.nilai.capaianDibulatkan", "permen2021.nilai.iki");
    }

    @Test
    void nilai_maximumAttainableAt100_is120() {
        CapaianIki capaian = CapaianIki.of(IkiTarget.of(new BigDecimal("100"), "%").withMaximumAttainable(true),
                new BigDecimal("100"));

        NilaiCapaianIki nilai = INTERPOLATE.nilai(capaian, true);

        assertThat(nilai.nilai()).isEqualByComparingTo("120");
        assertThat(nilai.kategori()).isEqualTo(KategoriCapaianIki.BAIK);
    }

    @Test
    void nilai_maximumAttainableBelow100_usesTheTable() {
        assertThat(INTERPOLATE.nilai(CapaianIki.assessed(new BigDecimal("98")), true).nilai())
                .isEqualByComparingTo("88");
    }

    @Test
    void nilai_negativeCapaian_scoresZero() {
        NilaiCapaianIki nilai = INTERPOLATE.nilai(new BigDecimal("-50"));

        assertThat(nilai.nilai()).isEqualByComparingTo("0");
        assertThat(nilai.capaianUsed()).isEqualByComparingTo("0");
        assertThat(nilai.kategori()).isEqualTo(KategoriCapaianIki.SANGAT_KURANG);
    }

    @ParameterizedTest(name = "capaian {0} -> {1}")
    @CsvSource({
        "150, SANGAT_BAIK",
        "101, SANGAT_BAIK",
        "100, BAIK",
        "100.5, BAIK",
        "99.5, CUKUP",
        "80, CUKUP",
        "79.9, KURANG",
        "60, KURANG",
        "59, SANGAT_KURANG",
        "0, SANGAT_KURANG",
    })
    void kategori_bands(String capaian, KategoriCapaianIki expected) {
        assertThat(INTERPOLATE.nilai(new BigDecimal(capaian)).kategori()).isEqualTo(expected);
    }
}
