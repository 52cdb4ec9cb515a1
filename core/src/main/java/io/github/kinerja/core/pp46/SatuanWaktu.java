package io.github.kinerja.core.pp46;

/**
 * The unit of the waktu (time) aspect of a kegiatan. The score depends only on the ratio of realisasi to target, so
 * the unit is descriptive: 5 hari against 4 hari scores the same as 5 bulan against 4 bulan.
 */
public enum SatuanWaktu {
    /** Months, the usual unit on an annual SKP. */
    BULAN,
    /** Days. */
    HARI
}
