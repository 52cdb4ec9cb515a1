package io.github.kinerja.core.pp46.calc;

import io.github.kinerja.core.pp46.KategoriPp46;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The readings of the PP 46 category bands for fractional scores.
 *
 * <p>The sources print integer ranges (Sangat Baik 91 and above, Baik 76–90, Cukup 61–75, Kurang 51–60, Buruk
 * 50 and below), which leave 50–51, 60–61, 75–76 and 90–91 open. Every policy agrees on integer scores. They
 * differ only between the printed ranges: 90.5 is Baik under {@link #HYBRID} and {@link #LOWER_INCLUSIVE} and
 * Sangat Baik under {@link #UPPER_INCLUSIVE}. Scores below 0 are Buruk and scores above 100 Sangat Baik.
 */
public enum BandBoundaryPolicy implements KategoriClassifier {
    /**
     * Buruk up to 50, Kurang up to 60, Cukup up to 75, Baik below 91, Sangat Baik from 91: the default, and the only
     * reading that keeps both printed wordings, "91 and above" for Sangat Baik and "50 and below" for Buruk.
     */
    HYBRID {
        @Override
        public KategoriPp46 classify(BigDecimal value) {
            Objects.requireNonNull(value, "value");
            if (value.compareTo(FIFTY) <= 0) {
                return KategoriPp46.BURUK;
            } else if (value.compareTo(SIXTY) <= 0) {
                return KategoriPp46.KURANG;
            } else if (value.compareTo(SEVENTY_FIVE) <= 0) {
                return KategoriPp46.CUKUP;
            } else if (value.compareTo(NINETY_ONE) < 0) {
                return KategoriPp46.BAIK;
            }
            return KategoriPp46.SANGAT_BAIK;
        }
    },
    /**
     * Each band starts at its printed lower bound: Sangat Baik from 91, Baik from 76, Cukup from 61, Kurang from 51.
     * The gap above 50 and below 51 has no printed band, so this policy places it in Buruk, the band below, which keeps
     * the policy monotone.
     */
    LOWER_INCLUSIVE {
        @Override
        public KategoriPp46 classify(BigDecimal value) {
            Objects.requireNonNull(value, "value");
            if (value.compareTo(NINETY_ONE) >= 0) {
                return KategoriPp46.SANGAT_BAIK;
            } else if (value.compareTo(SEVENTY_SIX) >= 0) {
                return KategoriPp46.BAIK;
            } else if (value.compareTo(SIXTY_ONE) >= 0) {
                return KategoriPp46.CUKUP;
            } else if (value.compareTo(FIFTY_ONE) >= 0) {
                return KategoriPp46.KURANG;
            }
            return KategoriPp46.BURUK;
        }
    },
    /** Each band ends at its printed upper bound: Buruk up to 50, Kurang up to 60, Cukup up to 75, Baik up to 90. */
    UPPER_INCLUSIVE {
        @Override
        public KategoriPp46 classify(BigDecimal value) {
            Objects.requireNonNull(value, "value");
            if (value.compareTo(FIFTY) <= 0) {
                return KategoriPp46.BURUK;
            } else if (value.compareTo(SIXTY) <= 0) {
                return KategoriPp46.KURANG;
            } else if (value.compareTo(SEVENTY_FIVE) <= 0) {
                return KategoriPp46.CUKUP;
            } else if (value.compareTo(NINETY) <= 0) {
                return KategoriPp46.BAIK;
            }
            return KategoriPp46.SANGAT_BAIK;
        }
    };

    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
    private static final BigDecimal FIFTY_ONE = BigDecimal.valueOf(51);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal SIXTY_ONE = BigDecimal.valueOf(61);
    private static final BigDecimal SEVENTY_FIVE = BigDecimal.valueOf(75);
    private static final BigDecimal SEVENTY_SIX = BigDecimal.valueOf(76);
    private static final BigDecimal NINETY = BigDecimal.valueOf(90);
    private static final BigDecimal NINETY_ONE = BigDecimal.valueOf(91);
}
