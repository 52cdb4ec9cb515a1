package io.github.kinerja.core;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The period an SKP covers, from a first to a last day, both inclusive.
 *
 * <p>An SKP under PP 46/2011 usually covers a calendar year ({@link #ofYear(int)}). The 2021 transition split the
 * year into January to June and July to December.
 *
 * <pre>{@code
 * AssessmentPeriod year = AssessmentPeriod.ofYear(2019);             // 2019-01-01/2019-12-31
 * AssessmentPeriod half = AssessmentPeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30));
 * half.months();                                                     // 6
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AssessmentPeriod {

    AssessmentPeriod() {}

    /**
     * Obtains a period from {@code start} to {@code end}, both inclusive.
     *
     * @param start  the first day, not null
     * @param end  the last day, not before {@code start}, not null
     * @return the period, not null
     * @throws IllegalArgumentException if {@code start} is after {@code end}
     */
    public static AssessmentPeriod of(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        return ImmutableAssessmentPeriod.of(start, end);
    }

    /**
     * Obtains the calendar year {@code year}, 1 January to 31 December.
     *
     * @param year  the year, from 1900 to 9999
     * @return the period, not null
     * @throws IllegalArgumentException if the year is outside 1900 to 9999
     */
    public static AssessmentPeriod ofYear(int year) {
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("year must be between 1900 and 9999, was " + year);
        }
        return of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Returns the first day of the period. */
    @Value.Parameter
    public abstract LocalDate start();

    /** Returns the last day of the period, inclusive. */
    @Value.Parameter
    public abstract LocalDate end();

    /**
     * Checks if the date lies in the period, both ends included.
     *
     * @param date  the date, not null
     * @return true if {@code start <= date <= end}
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /**
     * Returns the number of whole months the period covers: 12 for a calendar year, 6 for January to June and 0 for
     * a period shorter than a month.
     */
    public long months() {
        return ChronoUnit.MONTHS.between(start(), end().plusDays(1));
    }

    @Value.Check
    final void check() {
        if (start().isAfter(end())) {
            throw new IllegalArgumentException("start must not be after end, was " + start() + " > " + end());
        }
    }

    /** Returns the period in ISO-8601 interval form, such as {@code 2019-01-01/2019-12-31}. */
    @Override
    public String toString() {
        return start() + "/" + end();
    }
}
