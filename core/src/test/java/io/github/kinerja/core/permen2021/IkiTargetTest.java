package io.github.kinerja.core.permen2021;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IkiTargetTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void of_valueAndSatuan_isHigherIsBetterByDefault() {
        IkiTarget target = IkiTarget.of(d("12"), "laporan");

        assertThat(target.kind()).isEqualTo(TargetKind.VALUE);
        assertThat(target.value()).contains(d("12"));
        assertThat(target.direction()).isEqualTo(TargetDirection.HIGHER_IS_BETTER);
        assertThat(target.maximumAttainable()).isFalse();
        assertThat(target.isNumeric()).isTrue();
        assertThat(target).hasToString("12 laporan");
    }

    @Test
    void ofRange_withDirection_keepsBothEnds() {
        IkiTarget target = IkiTarget.ofRange(d("7"), d("8"), "bulan").withDirection(TargetDirection.LOWER_IS_BETTER);

        assertThat(target.lower()).contains(d("7"));
        assertThat(target.upper()).contains(d("8"));
        assertThat(target.direction()).isEqualTo(TargetDirection.LOWER_IS_BETTER);
        assertThat(target).hasToString("7-8 bulan");
    }

    @Test
    void qualitative_isNotNumeric() {
        IkiTarget target = IkiTarget.qualitative("Rancangan perbup disetujui");

        assertThat(target.isNumeric()).isFalse();
        assertThat(target).hasToString("Rancangan perbup disetujui");
    }

    @Test
    void withBaseline_keepsTheBaseline() {
        assertThat(IkiTarget.of(d("10"), "dokumen").withBaseline(d("8")).baseline()).contains(d("8"));
    }

    @Test
    void of_negativeValue_throws() {
        assertThatIllegalArgumentException().isThrownBy(() -> IkiTarget.of(d("-1"), "laporan"))
                .withMessage("value must be zero or more, was -1");
    }

    @Test
    void ofRange_lowerAboveUpper_throws() {
        assertThatIllegalArgumentException().isThrownBy(() -> IkiTarget.ofRange(d("9"), d("8"), "bulan"))
                .withMessage("lower must not exceed upper, was 9 > 8");
    }

    @Test
    void of_blankSatuan_throws() {
        assertThatIllegalArgumentException().isThrownBy(() -> IkiTarget.of(d("1"), " "))
                .withMessageContaining("satuan must not be blank");
    }

    @Test
    void qualitative_maximumAttainable_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IkiTarget.qualitative("Draft disetujui").withMaximumAttainable(true))
                .withMessage("a QUALITATIVE target cannot be maximum attainable");
    }

    @Test
    void builder_valueKindWithoutValue_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IkiTarget.builder().kind(TargetKind.VALUE).satuan("laporan").build())
                .withMessage("a VALUE target needs a value");
    }

    @Test
    void factories_nullArguments_throw() {
        assertThatNullPointerException().isThrownBy(() -> IkiTarget.of(null, "laporan")).withMessage("value");
        assertThatNullPointerException().isThrownBy(() -> IkiTarget.qualitative(null)).withMessage("description");
    }
}
