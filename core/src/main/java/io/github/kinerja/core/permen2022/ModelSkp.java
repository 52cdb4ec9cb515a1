package io.github.kinerja.core.permen2022;

/**
 * The model of a PermenPANRB 6/2022 SKP.
 */
public enum ModelSkp {
    /**
     * For JPT (Jabatan Pimpinan Tinggi, senior executives) and heads of organisation units: RHK come from the
     * organisation's perjanjian kinerja and are organised by {@link Perspektif}; a link to a superior RHK is
     * optional.
     */
    JPT,
    /**
     * For JA (Jabatan Administrasi) and JF (Jabatan Fungsional): every RHK intervenes an RHK of the superior, and IKI
     * are set per aspect (quantitative approach) or described (qualitative approach).
     */
    JA_JF
}
