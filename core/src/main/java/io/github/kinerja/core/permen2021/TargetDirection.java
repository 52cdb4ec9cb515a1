package io.github.kinerja.core.permen2021;

/**
 * Whether a higher or a lower realisasi is the better result for an {@link IkiTarget}.
 */
public enum TargetDirection {
    /** The normal case: capaian = realisasi / target × 100. */
    HIGHER_IS_BETTER,
    /**
     * The kondisi khusus of PermenPANRB 8/2021, for time, cost or error counts: capaian =
     * (1 + (1 - realisasi / target)) × 100, so finishing in 6.5 months against 7 gives about 107 %.
     */
    LOWER_IS_BETTER
}
