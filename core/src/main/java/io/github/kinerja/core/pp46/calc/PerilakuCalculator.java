package io.github.kinerja.core.pp46.calc;

import io.github.kinerja.core.pp46.PerilakuKerja;

/**
 * Calculates the Nilai Perilaku Kerja from the aspect scores.
 *
 * <p>The {@linkplain #standard() standard} calculator takes the arithmetic mean: the sum of the scores divided by 5,
 * or by 6 for a pejabat struktural rated on kepemimpinan too.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface PerilakuCalculator {

    /** Returns the calculator of Perka BKN 1/2013: the mean of the aspect scores. */
    static PerilakuCalculator standard() {
        return StandardPerilakuCalculator.INSTANCE;
    }

    /**
     * Calculates the Nilai Perilaku Kerja.
     *
     * @param perilaku  the scores, at least one, not null
     * @return the result, not null
     * @throws IllegalArgumentException if no aspect is rated
     */
    PerilakuResult calculate(PerilakuKerja perilaku);
}
