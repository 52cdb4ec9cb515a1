package io.github.kinerja.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AssessmentPeriodTest {

    private static final LocalDate JAN_1 = LocalDate.of(2021, 1, 1);
    private static final LocalDate JUN_30 = LocalDate.of(2021, 6, 30);

    @Test
    void ofYear_2019_coversTheCalendarYear() {
        AssessmentPeriod year = AssessmentPeriod.ofYear(2019);

        assertThat(year.start()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(year.months()).isEqualTo(12);
        assertThat(year.toString()).isEqualTo("2019-01-01/2019-12-31");
    }

    @Test
    void of_firstHalfOf2021_hasSixMonths() {
        assertThat(AssessmentPeriod.of(JAN_1, JUN_30).months()).isEqualTo(6);
    }

    @Test
    void months_partialMonth_countsWholeMonthsOnly() {
        assertThat(AssessmentPeriod.of(LocalDate.of(2021, 1, 2), LocalDate.of(2021, 12, 31)).months()).isEqualTo(11);
        assertThat(AssessmentPeriod.of(JAN_1, JAN_1).months()).isZero();
    }

    @Test
    void contains_endsAreInclusive() {
        AssessmentPeriod half = AssessmentPeriod.of(JAN_1, JUN_30);

        assertThat(half.contains(JAN_1)).isTrue();
        assertThat(half.contains(JUN_30)).isTrue();
        assertThat(half.contains(LocalDate.of(2021, 3, 15))).isTrue();
        assertThat(half.contains(LocalDate.of(2020, 12, 31))).isFalse();
        assertThat(half.contains(LocalDate.of(2021, 7, 1))).isFalse();
    }

    @Test
    void of_startAfterEnd_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AssessmentPeriod.of(JUN_30, JAN_1))
                .withMessage("start must not be after end, was 2021-06-30 > 2021-01-01");
    }

    @Test
    void ofYear_outOfRange_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AssessmentPeriod.ofYear(1899))
                .withMessage("year must be between 1900 and 9999, was 1899");
    }

    @Test
    void of_nullArguments_throwNullPointerException() {
        assertThatNullPointerException().isThrownBy(() -> AssessmentPeriod.of(null, JUN_30)).withMessage("start");
        assertThatNullPointerException().isThrownBy(() -> AssessmentPeriod.of(JAN_1, null)).withMessage("end");
        assertThatNullPointerException()
                .isThrownBy(() -> AssessmentPeriod.ofYear(2021).contains(null))
                .withMessage("date");
    }
}
