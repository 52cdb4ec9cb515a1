package io.github.kinerja.core.permen2022;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** The standard {@link HeadcountRounding}, as an enum so that it is a serialisable singleton. */
enum StandardHeadcountRounding implements HeadcountRounding {
    INSTANCE;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public int maxAllowed(int total, BigDecimal percent) {
        return share(total, percent).setScale(0, RoundingMode.FLOOR).intValueExact();
    }

    @Override
    public int minRequired(int total, BigDecimal percent) {
        return share(total, percent).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    private static BigDecimal share(int total, BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        // n × p / 100 is exact: dividing by 100 only moves the decimal point.
        return BigDecimal.valueOf(total).multiply(percent).divide(HUNDRED);
    }

    @Override
    public String toString() {
        return "HeadcountRounding.standard (maximum floor, minimum ceiling)";
    }
}
