package io.github.kinerja.core.pp46.calc;

/**
 * The branch of the waktu and biaya formula, chosen by the efisiensi {@code 100 - R / T × 100} compared exactly
 * with 24.
 *
 * <p>With {@code X = (1.76 × T - R) / T × 100}: finishing in 76 % of the target (efisiensi 24) gives exactly 100 and
 * finishing on target gives 76. Above 24 % the score folds back, because so much "efficiency" suggests a padded
 * target. The score drops from 100 at efisiensi 24 to 75 at efisiensi 25.
 */
public enum EfficiencyBranch {
    /** Efisiensi at most 24 (including any lateness): the capaian is {@code X}. */
    UP_TO_24_PERCENT,
    /** Efisiensi above 24: the capaian is {@code 76 - (X - 100)}, which equals {@code 176 - X}. */
    ABOVE_24_PERCENT
}
