package io.github.kinerja.core.ckp;

/**
 * Computes the CKP of a CKP-R form.
 *
 * <p>Implementations are pure and thread-safe: the result depends only on the form and the calculator's own
 * immutable configuration.
 */
public interface CkpCalculator {

    /**
     * Computes the capaian of each kegiatan, the two RATA-RATA and the CKP of a CKP-R form, and compares them with
     * the values the form shows.
     *
     * @param form  the CKP-R form, not null
     * @return the result with its explanation steps and a report of problems and differences, not null
     * @throws IllegalArgumentException if the form is a CKP-T, which has no realisasi to score
     */
    CkpResult calculate(CkpForm form);
}
