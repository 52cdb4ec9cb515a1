package io.github.kinerja.core.permen2022;

/**
 * Whether an RHK (Rencana Hasil Kerja) is a main or an additional result.
 */
public enum JenisRhk {
    /** RHK utama: the main results of the position. */
    UTAMA,
    /** RHK tambahan: additional results outside the main duties. */
    TAMBAHAN
}
