package io.github.kinerja.core.permen2021;

/**
 * The section of the PermenPANRB 8/2021 SKP form a rencana kinerja belongs to.
 */
public enum JenisKinerja {
    /** A. Kinerja Utama: the main work plan, whose weighted nilai make up the nilai SKP. */
    UTAMA,
    /** B. Kinerja Tambahan: additional work, whose nilai is added on top of the kinerja utama. */
    TAMBAHAN
}
