package io.github.kinerja.core.permen2021;

/**
 * How {@link NilaiCapaianTable} treats a capaian that is not a whole percentage.
 *
 * <p>PermenPANRB 8/2021 prints the capaian bands for whole percentages only (80-99, 100, 101-110), which leaves
 * gaps such as 99 to 100 undefined for a capaian like 99.5 %. The two readings also differ outside the gaps: a
 * kondisi khusus capaian of 107.142857 % gives 116.83 when used as it is and 116.67 when rounded to 107 first.
 */
public enum CapaianGapPolicy {
    /**
     * Uses the exact capaian, and across a gap draws a straight line from the nilai at the end of the band below
     * to the nilai at the start of the band above (99 % → 89 to 100 % → 109; 100 % → 109 to 101 % → 110;
     * 79 % → 69 to 80 % → 70; 59 % → 49 to 60 % → 50). The default, because it reproduces the regulation's worked
     * example 70 against 80 → 87.5 % → nilai 77.5, which rounding first would turn into 78.
     */
    INTERPOLATE,
    /**
     * Rounds the capaian to a whole percentage (half up) before the table is applied, as forms that print the
     * capaian as 107 % do; no capaian then falls in a gap.
     */
    ROUND_CAPAIAN_TO_INTEGER
}
