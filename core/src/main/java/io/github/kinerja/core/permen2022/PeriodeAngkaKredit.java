package io.github.kinerja.core.permen2022;

import io.github.kinerja.core.AssessmentPeriod;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One period of the angka kredit conversion: how many months it covers and the predikat of that period.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PeriodeAngkaKredit {

    PeriodeAngkaKredit() {}

    /**
     * Obtains a period.
     *
     * @param bulan  the number of months, from 1 to 12
     * @param predikat  the predikat of the period, not null
     * @return the period, not null
     * @throws IllegalArgumentException if the months are outside 1 to 12
     */
    public static PeriodeAngkaKredit of(int bulan, PredikatPegawai predikat) {
        Objects.requireNonNull(predikat, "predikat");
        return ImmutablePeriodeAngkaKredit.of(bulan, predikat);
    }

    /**
     * Obtains a period from its dates, counting whole months.
     *
     * @param range  the dates, covering 1 to 12 whole months, not null
     * @param predikat  the predikat of the period, not null
     * @return the period, not null
     * @throws IllegalArgumentException if the dates cover fewer than 1 or more than 12 whole months
     */
    public static PeriodeAngkaKredit of(AssessmentPeriod range, PredikatPegawai predikat) {
        Objects.requireNonNull(range, "range");
        long months = range.months();
        if (months < 1 || months > 12) {
            throw new IllegalArgumentException("an angka kredit period must cover 1 to 12 whole months, was "
                    + months + " for " + range);
        }
        return of((int) months, predikat);
    }

    /** Returns the number of months, from 1 to 12. */
    @Value.Parameter
    public abstract int bulan();

    /** Returns the predikat of the period. */
    @Value.Parameter
    public abstract PredikatPegawai predikat();

    @Value.Check
    final void check() {
        if (bulan() < 1 || bulan() > 12) {
            throw new IllegalArgumentException("bulan must be between 1 and 12, was " + bulan());
        }
    }
}
