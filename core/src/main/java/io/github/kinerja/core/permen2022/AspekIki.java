package io.github.kinerja.core.permen2022;

/**
 * The aspect an IKI measures in the quantitative approach of the JA/JF model.
 */
public enum AspekIki {
    /** Kuantitas: the amount of output. */
    KUANTITAS,
    /** Kualitas: the quality of output. */
    KUALITAS,
    /** Waktu: the time taken. */
    WAKTU,
    /** Biaya: the cost. */
    BIAYA
}
