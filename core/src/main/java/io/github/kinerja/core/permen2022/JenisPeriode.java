package io.github.kinerja.core.permen2022;

/**
 * The kind of an evaluation period. The instansi sets how often the periodic evaluation runs; the annual
 * evaluation is always held.
 */
public enum JenisPeriode {
    /** Bulanan: one calendar month. */
    BULANAN,
    /** Triwulanan: one calendar quarter. */
    TRIWULANAN,
    /** Tahunan: the annual evaluation. */
    TAHUNAN,
    /** Any other date range the instansi uses, such as a semester. */
    CUSTOM
}
