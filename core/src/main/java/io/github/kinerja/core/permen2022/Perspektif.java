package io.github.kinerja.core.permen2022;

/**
 * The perspektif (balanced-scorecard perspective) under which the JPT model of the SKP organises its RHK. The
 * spelling follows public SKP software; the regulation text itself was not checked for it.
 */
public enum Perspektif {
    /** Perspektif Penerima Layanan: service recipients. */
    PENERIMA_LAYANAN,
    /** Perspektif Proses Bisnis: business processes. */
    PROSES_BISNIS,
    /** Perspektif Penguatan Internal: internal strengthening. */
    PENGUATAN_INTERNAL,
    /** Perspektif Anggaran: budget. */
    ANGGARAN
}
