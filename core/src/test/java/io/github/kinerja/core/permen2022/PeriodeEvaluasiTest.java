package io.github.kinerja.core.permen2022;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.kinerja.core.AssessmentPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PeriodeEvaluasiTest {

    @Test
    void bulanan_coversTheCalendarMonth() {
        PeriodeEvaluasi februari = PeriodeEvaluasi.bulanan(YearMonth.of(2024, 2));

        assertThat(februari.range()).isEqualTo(AssessmentPeriod.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
        assertThat(februari.isPeriodic()).isTrue();
        assertThat(februari).hasToString("BULANAN 2024-02-01/2024-02-29");
    }

    @Test
    void triwulanan_coversTheCalendarQuarter() {
        assertThat(PeriodeEvaluasi.triwulanan(2023, 2).range())
                .isEqualTo(AssessmentPeriod.of(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 6, 30)));
    }

    @Test
    void tahunan_isNotPeriodic() {
        assertThat(PeriodeEvaluasi.tahunan(2023).isPeriodic()).isFalse();
    }

    @Test
    void triwulanan_quarterFive_throws() {
        assertThatIllegalArgumentException().isThrownBy(() -> PeriodeEvaluasi.triwulanan(2023, 5))
                .withMessage("quarter must be between 1 and 4, was 5");
    }

    @Test
    void of_bulananNotAWholeMonth_throws() {
        AssessmentPeriod halfMonth = AssessmentPeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 15));

        assertThatIllegalArgumentException().isThrownBy(() -> PeriodeEvaluasi.of(JenisPeriode.BULANAN, halfMonth))
                .withMessage("a BULANAN period must be one whole calendar month, was 2023-01-01/2023-01-15");
    }

    @Test
    void of_triwulananNotAQuarter_throws() {
        AssessmentPeriod shifted = AssessmentPeriod.of(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 4, 30));

        assertThatIllegalArgumentException().isThrownBy(() -> PeriodeEvaluasi.of(JenisPeriode.TRIWULANAN, shifted))
                .withMessageStartingWith("a TRIWULANAN period must be one whole calendar quarter");
    }

    @Test
    void of_tahunanAcrossYears_throws() {
        AssessmentPeriod across = AssessmentPeriod.of(LocalDate.of(2022, 7, 1), LocalDate.of(2023, 6, 30));

        assertThatIllegalArgumentException().isThrownBy(() -> PeriodeEvaluasi.of(JenisPeriode.TAHUNAN, across))
                .withMessageStartingWith("a TAHUNAN period must lie within one calendar year");
    }

    @Test
    void custom_acceptsAnyRange() {
        AssessmentPeriod semester = AssessmentPeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30));

        assertThat(PeriodeEvaluasi.custom(semester).jenis()).isEqualTo(JenisPeriode.CUSTOM);
    }
}
