package io.github.kinerja.core.permen2021;

import java.math.BigDecimal;
import java.math.MathContext;

/** Exact-decimal helpers shared by the calculators of this package. */
final class Decimals {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {}

    /** Divides with 34 significant digits, the precision every division in this package uses. */
    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, MathContext.DECIMAL128);
    }

    /** Renders a number for a formula text: plain notation, without trailing zeros. */
    static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
