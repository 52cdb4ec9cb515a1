package io.github.kinerja.core.permen2021;

/**
 * The kategori capaian IKI of PermenPANRB 8/2021: the band a capaian falls in, which fixes the formula of its nilai.
 *
 * <p>The bands are printed for whole percentages: Sangat Baik above 100 (101 to 110 and above 110), Baik at
 * exactly 100, Cukup 80 to 99, Kurang 60 to 79, Sangat Kurang 0 to 59. A capaian in a gap between two bands (for
 * example 99.5) belongs to the band below it.
 */
public enum KategoriCapaianIki {
    /** Sangat Baik: capaian 101 % or more, nilai 110 to 120. */
    SANGAT_BAIK,
    /** Baik: capaian 100 %, nilai 109 (120 for a maximum attainable target). */
    BAIK,
    /** Cukup: capaian 80 % to 99 %, nilai 70 to 89. */
    CUKUP,
    /** Kurang: capaian 60 % to 79 %, nilai 50 to 69. */
    KURANG,
    /** Sangat Kurang: capaian 0 % to 59 %, nilai 0 to 49. */
    SANGAT_KURANG
}
