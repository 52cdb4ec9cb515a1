package io.github.kinerja.core.permen2021;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The predikat kinerja of PP 30/2019 Pasal 41, from the nilai akhir (0 to 120) and an innovation flag.
 *
 * <p>The bands overlap at the top: Baik covers 90 to 120, and Sangat Baik covers 110 to 120 only for a PNS who
 * created a new idea or method that improves performance and benefits the organisation or the state. So a nilai
 * of 112 is Sangat Baik with that innovation and Baik without it. The Kurang and Sangat Kurang bands come from a
 * summary of the regulation, not from the article text.
 */
public enum PredikatPp30 {
    /** Sangat Baik: 110 to 120 with innovation. */
    SANGAT_BAIK,
    /** Baik: 90 to 120. */
    BAIK,
    /** Cukup: 70 to below 90. */
    CUKUP,
    /** Kurang: 50 to below 70. */
    KURANG,
    /** Sangat Kurang: below 50. */
    SANGAT_KURANG;

    private static final BigDecimal SANGAT_BAIK_FROM = BigDecimal.valueOf(110);
    private static final BigDecimal BAIK_FROM = BigDecimal.valueOf(90);
    private static final BigDecimal CUKUP_FROM = BigDecimal.valueOf(70);
    private static final BigDecimal KURANG_FROM = BigDecimal.valueOf(50);

    /**
     * Returns the predikat of a nilai akhir.
     *
     * <p>Compare the exact nilai, not a rounded one: 89.995 is Cukup even though it displays as 90.00. A nilai above
     * 120 (possible when kinerja tambahan is added) is treated like one in the top band.
     *
     * @param nilaiAkhir  the exact nilai akhir, not null
     * @param inovasi  true if the PNS created a new idea or method that benefits the organisation or the state
     * @return the predikat, not null
     */
    public static PredikatPp30 of(BigDecimal nilaiAkhir, boolean inovasi) {
        Objects.requireNonNull(nilaiAkhir, "nilaiAkhir");
        if (nilaiAkhir.compareTo(SANGAT_BAIK_FROM) >= 0 && inovasi) {
            return SANGAT_BAIK;
        }
        if (nilaiAkhir.compareTo(BAIK_FROM) >= 0) {
            return BAIK;
        }
        if (nilaiAkhir.compareTo(CUKUP_FROM) >= 0) {
            return CUKUP;
        }
        if (nilaiAkhir.compareTo(KURANG_FROM) >= 0) {
            return KURANG;
        }
        return SANGAT_KURANG;
    }
}
