package io.github.kinerja.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Month;
import org.junit.jupiter.api.Test;

class IndonesianMonthsTest {

    @Test
    void parse_monthNamesInAnyCase_giveTheMonth() {
        assertThat(IndonesianMonths.parse("Januari")).contains(Month.JANUARY);
        assertThat(IndonesianMonths.parse("MEI")).contains(Month.MAY);
        assertThat(IndonesianMonths.parse("desember")).contains(Month.DECEMBER);
    }

    @Test
    void parse_olderSpellings_giveTheMonth() {
        assertThat(IndonesianMonths.parse("Pebruari")).contains(Month.FEBRUARY);
        assertThat(IndonesianMonths.parse("Nopember")).contains(Month.NOVEMBER);
    }

    @Test
    void parse_otherWords_areEmpty() {
        assertThat(IndonesianMonths.parse("January")).isEmpty();
        assertThat(IndonesianMonths.parse("")).isEmpty();
    }

    @Test
    void parse_null_throws() {
        assertThatNullPointerException().isThrownBy(() -> IndonesianMonths.parse(null)).withMessage("word");
    }
}
