package io.github.kinerja.core.permen2021;

/**
 * How a {@link CapaianIki} was obtained.
 */
public enum CapaianBasis {
    /** realisasi / target × 100, for a target where a higher realisasi is better. */
    RATIO,
    /** (1 + (1 - realisasi / target)) × 100, the kondisi khusus where a lower realisasi is better. */
    KONDISI_KHUSUS,
    /**
     * 100, because the realisasi lies inside a range target. PermenPANRB 8/2021 states the rule only for a
     * realisasi outside the range; 100 % inside it is the library's reading.
     */
    WITHIN_RANGE,
    /** 100 or 0, because the target compared with is zero and cannot be divided by; see {@link IkiTarget}. */
    ZERO_TARGET,
    /** 0, because no realisasi was recorded. */
    NOT_REALISED,
    /** The percentage the appraiser set, for a qualitative target or to override the computed value. */
    APPRAISER_ASSESSED
}
