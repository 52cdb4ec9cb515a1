package io.github.kinerja.core.permen2022;

/**
 * The seven BerAKHLAK core values of ASN (SE MenPANRB 20/2021), on which PermenPANRB 6/2022 rates perilaku kerja.
 * Unlike PermenPANRB 8/2021 there are no levels; the superior may add an ekspektasi khusus (specific expectation)
 * per value.
 */
public enum CoreValue {
    /** Berorientasi Pelayanan: service-oriented. */
    BERORIENTASI_PELAYANAN("Berorientasi Pelayanan"),
    /** Akuntabel: accountable. */
    AKUNTABEL("Akuntabel"),
    /** Kompeten: competent. */
    KOMPETEN("Kompeten"),
    /** Harmonis: harmonious. */
    HARMONIS("Harmonis"),
    /** Loyal: loyal. */
    LOYAL("Loyal"),
    /** Adaptif: adaptive. */
    ADAPTIF("Adaptif"),
    /** Kolaboratif: collaborative. */
    KOLABORATIF("Kolaboratif");

    private final String label;

    CoreValue(String label) {
        this.label = label;
    }

    /** Returns the label as forms print it, such as {@code Berorientasi Pelayanan}. */
    public String label() {
        return label;
    }
}
