package io.github.kinerja.core.pp46.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Exact decimal helpers shared by the PP 46 calculators. */
final class Decimals {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    // Formulas show at most this many decimals, so a repeating quotient prints as 88.6666666667… and not 34 digits.
    private static final int FORMULA_DECIMALS = 10;

    private Decimals() {}

    /**
     * Divides with 34 significant digits (DECIMAL128). Quotients that terminate, such as 342 / 4, stay exact.
     */
    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return normalize(dividend.divide(divisor, MathContext.DECIMAL128));
    }

    /** Strips trailing zeros without switching to exponent notation: 100.00 becomes 100, not 1E+2. */
    static BigDecimal normalize(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    /** Renders a number for a formula: plain digits, cut to 10 decimals with "…" when longer. */
    static String text(BigDecimal value) {
        BigDecimal normal = normalize(value);
        if (normal.scale() > FORMULA_DECIMALS) {
            return normal.setScale(FORMULA_DECIMALS, RoundingMode.HALF_UP).toPlainString() + "…";
        }
        return normal.toPlainString();
    }
}
