package io.github.kinerja.core.permen2022;

/**
 * The predikat kinerja organisasi of a unit (SE MenPANRB 3/2023), set by the leader of the superior unit. It fixes
 * the {@link PolaDistribusi pola distribusi} of the predikat of the unit's employees.
 */
public enum PredikatOrganisasi {
    /** Istimewa: outstanding. */
    ISTIMEWA("Istimewa"),
    /** Baik: good. */
    BAIK("Baik"),
    /** Butuh Perbaikan/Cukup: needs improvement. */
    BUTUH_PERBAIKAN("Butuh Perbaikan/Cukup"),
    /** Kurang: poor. */
    KURANG("Kurang"),
    /** Sangat Kurang: very poor. */
    SANGAT_KURANG("Sangat Kurang");

    private final String label;

    PredikatOrganisasi(String label) {
        this.label = label;
    }

    /** Returns the label as the circular prints it, such as {@code Butuh Perbaikan/Cukup}. */
    public String label() {
        return label;
    }
}
