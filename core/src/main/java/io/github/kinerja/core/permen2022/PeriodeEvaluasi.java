package io.github.kinerja.core.permen2022;

import io.github.kinerja.core.AssessmentPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * An evaluation period: its {@link JenisPeriode kind} and its dates.
 *
 * <p>A {@link JenisPeriode#BULANAN} period is one whole calendar month, a {@link JenisPeriode#TRIWULANAN} one a
 * whole calendar quarter, and a {@link JenisPeriode#TAHUNAN} one lies within one calendar year (it covers the SKP
 * period, which is shorter than the year for an employee who joined late). A {@link JenisPeriode#CUSTOM} period
 * may be any range.
 *
 * <pre>{@code
 * PeriodeEvaluasi.bulanan(YearMonth.of(2023, 1));   // BULANAN 2023-01-01/2023-01-31
 * PeriodeEvaluasi.triwulanan(2023, 2);              // TRIWULANAN 2023-04-01/2023-06-30
 * PeriodeEvaluasi.tahunan(2023);                    // TAHUNAN 2023-01-01/2023-12-31
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PeriodeEvaluasi {

    PeriodeEvaluasi() {}

    /**
     * Obtains a period.
     *
     * @param jenis  the kind, not null
     * @param range  the dates, which must fit the kind, not null
     * @return the period, not null
     * @throws IllegalArgumentException if the dates do not fit the kind
     */
    public static PeriodeEvaluasi of(JenisPeriode jenis, AssessmentPeriod range) {
        Objects.requireNonNull(jenis, "jenis");
        Objects.requireNonNull(range, "range");
        return ImmutablePeriodeEvaluasi.of(jenis, range);
    }

    /**
     * Obtains the monthly period of a calendar month.
     *
     * @param month  the month, not null
     * @return the period, not null
     */
    public static PeriodeEvaluasi bulanan(YearMonth month) {
        Objects.requireNonNull(month, "month");
        return of(JenisPeriode.BULANAN, AssessmentPeriod.of(month.atDay(1), month.atEndOfMonth()));
    }

    /**
     * Obtains the quarterly period of a calendar quarter.
     *
     * @param year  the year
     * @param quarter  the quarter, from 1 to 4
     * @return the period, not null
     * @throws IllegalArgumentException if the quarter is not 1 to 4
     */
    public static PeriodeEvaluasi triwulanan(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be between 1 and 4, was " + quarter);
        }
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return of(JenisPeriode.TRIWULANAN, AssessmentPeriod.of(first.atDay(1), first.plusMonths(2).atEndOfMonth()));
    }

    /**
     * Obtains the annual period of a calendar year.
     *
     * @param year  the year, from 1900 to 9999
     * @return the period, not null
     */
    public static PeriodeEvaluasi tahunan(int year) {
        return of(JenisPeriode.TAHUNAN, AssessmentPeriod.ofYear(year));
    }

    /**
     * Obtains a period of any dates.
     *
     * @param range  the dates, not null
     * @return the period of kind {@link JenisPeriode#CUSTOM}, not null
     */
    public static PeriodeEvaluasi custom(AssessmentPeriod range) {
        return of(JenisPeriode.CUSTOM, range);
    }

    /** Returns the kind. */
    @Value.Parameter
    public abstract JenisPeriode jenis();

    /** Returns the dates, both ends included. */
    @Value.Parameter
    public abstract AssessmentPeriod range();

    /** Checks if this is a periodic evaluation, that is any kind but {@link JenisPeriode#TAHUNAN}. */
    public boolean isPeriodic() {
        return jenis() != JenisPeriode.TAHUNAN;
    }

    @Value.Check
    final void check() {
        LocalDate start = range().start();
        LocalDate end = range().end();
        switch (jenis()) {
            case BULANAN -> {
                if (start.getDayOfMonth() != 1 || !end.equals(YearMonth.from(start).atEndOfMonth())) {
                    throw new IllegalArgumentException("a BULANAN period must be one whole calendar month, was "
                            + range());
                }
            }
            case TRIWULANAN -> {
                boolean quarterStart = start.getDayOfMonth() == 1 && (start.getMonthValue() - 1) % 3 == 0;
                if (!quarterStart || !end.equals(YearMonth.from(start).plusMonths(2).atEndOfMonth())) {
                    throw new IllegalArgumentException("a TRIWULANAN period must be one whole calendar quarter, was "
                            + range());
                }
            }
            case TAHUNAN -> {
                if (start.getYear() != end.getYear()) {
                    throw new IllegalArgumentException("a TAHUNAN period must lie within one calendar year, was "
                            + range());
                }
            }
            case CUSTOM -> {
                // Any range is a valid custom period.
            }
        }
    }

    /** Returns the period as {@code JENIS start/end}, such as {@code BULANAN 2023-01-01/2023-01-31}. */
    @Override
    public String toString() {
        return jenis() + " " + range();
    }
}
