package io.github.kinerja.core.pp46.calc;

import java.math.BigDecimal;

/**
 * Calculates the capaian of each aspect of a kegiatan from its target and realisasi.
 *
 * <p>The {@linkplain #standard() standard} calculator applies Perka BKN 1/2013:
 * <ul>
 *   <li>kuantitas: {@code RO / TO × 100}, not capped, so 2 done against a target of 1 scores 200;
 *   <li>kualitas: {@code RK / TK × 100};
 *   <li>waktu and biaya: with {@code efisiensi = 100 - R / T × 100} and {@code X = (1.76 × T - R) / T × 100}, the
 *       capaian is {@code X} if efisiensi is at most 24 and {@code 76 - (X - 100)} above 24; see
 *       {@link EfficiencyBranch}. Lateness is not clamped: twice the target time scores -24, and a realisasi of 0
 *       scores 0.
 * </ul>
 * The branch is chosen by an exact comparison ({@code 100 × R >= 76 × T}), so efisiensi 24 always takes the
 * first branch. Binary floating point would compute 24.000000000000014 for 9.12 of 12 months and score 75.99.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface AspekCalculator {

    /** Returns the calculator of Perka BKN 1/2013. */
    static AspekCalculator standard() {
        return StandardAspekCalculator.INSTANCE;
    }

    /**
     * Calculates the kuantitas capaian.
     *
     * @param target  the target number of outputs, greater than 0, not null
     * @param realisasi  the achieved number of outputs, not negative, not null
     * @return the result, not null
     * @throws IllegalArgumentException if the target is not positive or the realisasi is negative
     */
    AspekResult kuantitas(BigDecimal target, BigDecimal realisasi);

    /**
     * Calculates the kualitas capaian.
     *
     * @param target  the target quality, greater than 0, not null
     * @param realisasi  the achieved quality, not negative, not null
     * @return the result, not null
     * @throws IllegalArgumentException if the target is not positive or the realisasi is negative
     */
    AspekResult kualitas(BigDecimal target, BigDecimal realisasi);

    /**
     * Calculates the waktu capaian.
     *
     * @param target  the target time, greater than 0, not null
     * @param realisasi  the time taken, in the same unit, not negative, not null
     * @return the result, not null
     * @throws IllegalArgumentException if the target is not positive or the realisasi is negative
     */
    AspekResult waktu(BigDecimal target, BigDecimal realisasi);

    /**
     * Calculates the biaya capaian.
     *
     * @param target  the target cost, greater than 0, not null
     * @param realisasi  the cost spent, not negative, not null
     * @return the result, not null
     * @throws IllegalArgumentException if the target is not positive or the realisasi is negative
     */
    AspekResult biaya(BigDecimal target, BigDecimal realisasi);
}
