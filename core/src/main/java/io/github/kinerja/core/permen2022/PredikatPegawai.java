package io.github.kinerja.core.permen2022;

import java.math.BigDecimal;

/**
 * The predikat kinerja pegawai (employee performance predicate) of PermenPANRB 6/2022, from the
 * {@link PredikatMatrix 3×3 matrix} of rating hasil kerja and rating perilaku kerja.
 *
 * <p>{@link #rank()} orders the predikat from Sangat Kurang (0) to Sangat Baik (4) as the angka kredit conversion
 * of Perban BKN 3/2023 does (25 %, 50 %, 75 %, 100 %, 150 %). That order puts Kurang/Misconduct below Butuh
 * Perbaikan, which is a judgement: the matrix never compares the two along a row or a column, so it is monotone
 * under either order, and only the angka kredit percentages rank misconduct lower.
 */
public enum PredikatPegawai {
    /** Sangat Baik: results and behaviour above expectations. */
    SANGAT_BAIK(4, "Sangat Baik", new BigDecimal("150")),
    /** Baik: results and behaviour as expected or better. */
    BAIK(3, "Baik", new BigDecimal("100")),
    /** Butuh Perbaikan (needs improvement): results below expectations, behaviour acceptable. */
    BUTUH_PERBAIKAN(2, "Butuh Perbaikan", new BigDecimal("75")),
    /** Kurang/Misconduct: behaviour below expectations while results are not. */
    KURANG_MISCONDUCT(1, "Kurang/Misconduct", new BigDecimal("50")),
    /** Sangat Kurang: results and behaviour below expectations. */
    SANGAT_KURANG(0, "Sangat Kurang", new BigDecimal("25"));

    private final int rank;
    private final String label;
    private final BigDecimal angkaKreditPercent;

    PredikatPegawai(int rank, String label, BigDecimal angkaKreditPercent) {
        this.rank = rank;
        this.label = label;
        this.angkaKreditPercent = angkaKreditPercent;
    }

    /** Returns the position from Sangat Kurang (0) to Sangat Baik (4). */
    public int rank() {
        return rank;
    }

    /** Returns the label as forms print it, such as {@code Kurang/Misconduct}. */
    public String label() {
        return label;
    }

    /**
     * Returns the percentage of the koefisien that this predikat earns in angka kredit (Perban BKN 3/2023): 150,
     * 100, 75, 50 or 25.
     */
    public BigDecimal angkaKreditPercent() {
        return angkaKreditPercent;
    }
}
