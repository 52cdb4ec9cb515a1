package io.github.kinerja.core.permen2022;

/**
 * A rating of PermenPANRB 6/2022, given by the pejabat penilai (appraiser) for hasil kerja (work results) and for
 * perilaku kerja (work behaviour) separately.
 *
 * <p>The regulation gives no formula from IKI capaian to a rating: the appraiser judges, with the organisation's
 * result in view. A {@link RatingSuggester} may propose one, as a suggestion only.
 */
public enum Rating {
    /** Di atas ekspektasi: above expectations. */
    DI_ATAS_EKSPEKTASI(2, "Di Atas Ekspektasi"),
    /** Sesuai ekspektasi: as expected. */
    SESUAI_EKSPEKTASI(1, "Sesuai Ekspektasi"),
    /** Di bawah ekspektasi: below expectations. */
    DI_BAWAH_EKSPEKTASI(0, "Di Bawah Ekspektasi");

    private final int rank;
    private final String label;

    Rating(int rank, String label) {
        this.rank = rank;
        this.label = label;
    }

    /** Returns the position in the order below &lt; as expected &lt; above: 0, 1 or 2. */
    public int rank() {
        return rank;
    }

    /** Returns the label as forms print it, such as {@code Di Atas Ekspektasi}. */
    public String label() {
        return label;
    }
}
