package io.github.kinerja.core.ckp;

/**
 * Whether the capaian kuantitas (realisasi / target × 100) of a CKP kegiatan is capped at 100.
 *
 * <p>The formula of the BPS form, {@code =F13/E13*100}, is not capped, so a realisasi above target raises the CKP
 * above 100. Real forms often type 100 by hand in place of the formula for such rows; {@link #CAPPED_AT_100}
 * reproduces those forms.
 */
public enum CapaianCap {
    /** The capaian is realisasi / target × 100, whatever its size: the form's formula. The default. */
    NOT_CAPPED,
    /** The capaian is at most 100: min(realisasi / target × 100, 100). */
    CAPPED_AT_100
}
