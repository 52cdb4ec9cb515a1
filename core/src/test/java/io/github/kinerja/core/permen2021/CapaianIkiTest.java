package io.github.kinerja.core.permen2021;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Capaian IKI per PermenPANRB 8/2021, with the worked examples of the regulation. */
class CapaianIkiTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static IkiTarget range(String lower, String upper) {
        return IkiTarget.ofRange(d(lower), d(upper), "unit");
    }

    @Test
    void ratio_70against80_is87point5() {
        CapaianIki capaian = CapaianIki.of(IkiTarget.of(d("80"), "dokumen"), d("70"));

        assertThat(capaian.percent()).isEqualByComparingTo("87.5");
        assertThat(capaian.basis()).isEqualTo(CapaianBasis.RATIO);
        assertThat(capaian.steps()).singleElement()
                .satisfies(step -> assertThat(step.formula()).isEqualTo("70 / 80 × 100"));
    }

    @Test
    void ratio_aboveTarget_isNotCapped() {
        assertThat(CapaianIki.of(IkiTarget.of(d("1"), "laporan"), d("2")).percent()).isEqualByComparingTo("200");
    }

    @Test
    void range_belowRange_comparesWithLowerEnd() {
        assertThat(CapaianIki.of(range("80", "90"), d("70")).percent()).isEqualByComparingTo("87.5");
    }

    @Test
    void range_aboveRange_comparesWithUpperEnd() {
        // The regulation prints 113 % for this example; 92 / 90 is 102.22 %, so the printed value is a slip.
        CapaianIki capaian = CapaianIki.of(range("80", "90"), d("92"));

        assertThat(capaian.percent().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("102.22");
    }

    @Test
    void range_insideRange_is100() {
        CapaianIki capaian = CapaianIki.of(range("80", "90"), d("85"));

        assertThat(capaian.percent()).isEqualByComparingTo("100");
        assertThat(capaian.basis()).isEqualTo(CapaianBasis.WITHIN_RANGE);
    }

    @Test
    void range_onTheEnds_is100() {
        assertThat(CapaianIki.of(range("80", "90"), d("80")).basis()).isEqualTo(CapaianBasis.WITHIN_RANGE);
        assertThat(CapaianIki.of(range("80", "90"), d("90")).basis()).isEqualTo(CapaianBasis.WITHIN_RANGE);
    }

    @Test
    void kondisiKhusus_fasterThanRange_isAbout107() {
        IkiTarget months = range("7", "8").withDirection(TargetDirection.LOWER_IS_BETTER);

        CapaianIki capaian = CapaianIki.of(months, d("6.5"));

        assertThat(capaian.basis()).isEqualTo(CapaianBasis.KONDISI_KHUSUS);
        assertThat(capaian.percent().setScale(6, RoundingMode.HALF_UP)).isEqualByComparingTo("107.142857");
        assertThat(capaian.percent().setScale(0, RoundingMode.HALF_UP)).isEqualByComparingTo("107");
    }

    @Test
    void kondisiKhusus_slowerThanRange_is87point5() {
        IkiTarget months = range("7", "8").withDirection(TargetDirection.LOWER_IS_BETTER);

        assertThat(CapaianIki.of(months, d("9")).percent()).isEqualByComparingTo("87.5");
    }

    @Test
    void kondisiKhusus_moreThanTwiceTheTarget_isNegative() {
        IkiTarget cost = IkiTarget.of(d("100"), "juta").withDirection(TargetDirection.LOWER_IS_BETTER);

        assertThat(CapaianIki.of(cost, d("250")).percent()).isEqualByComparingTo("-50");
    }

    @Test
    void zeroTarget_higherIsBetter_isMetByAnyRealisasi() {
        IkiTarget zero = IkiTarget.of(BigDecimal.ZERO, "laporan");

        assertThat(CapaianIki.of(zero, d("0")).percent()).isEqualByComparingTo("100");
        assertThat(CapaianIki.of(zero, d("3")).percent()).isEqualByComparingTo("100");
        assertThat(CapaianIki.of(zero, d("3")).basis()).isEqualTo(CapaianBasis.ZERO_TARGET);
    }

    @Test
    void zeroTarget_lowerIsBetter_isMetOnlyByZero() {
        IkiTarget complaints = IkiTarget.of(BigDecimal.ZERO, "pengaduan").withDirection(TargetDirection.LOWER_IS_BETTER);

        assertThat(CapaianIki.of(complaints, d("0")).percent()).isEqualByComparingTo("100");
        assertThat(CapaianIki.of(complaints, d("1")).percent()).isEqualByComparingTo("0");
    }

    @Test
    void notRealised_isZero() {
        CapaianIki capaian = CapaianIki.notRealised();

        assertThat(capaian.percent()).isEqualByComparingTo("0");
        assertThat(capaian.basis()).isEqualTo(CapaianBasis.NOT_REALISED);
    }

    @Test
    void assessed_keepsTheAppraisersPercent() {
        CapaianIki capaian = CapaianIki.assessed(d("95"));

        assertThat(capaian.percent()).isEqualByComparingTo("95");
        assertThat(capaian.basis()).isEqualTo(CapaianBasis.APPRAISER_ASSESSED);
    }

    @Test
    void of_qualitativeTarget_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CapaianIki.of(IkiTarget.qualitative("Draft disetujui"), d("1")))
                .withMessageContaining("is qualitative and has no numeric capaian");
    }

    @Test
    void of_negativeRealisasi_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CapaianIki.of(IkiTarget.of(d("1"), "laporan"), d("-1")))
                .withMessage("realisasi must be zero or more, was -1");
    }
}
