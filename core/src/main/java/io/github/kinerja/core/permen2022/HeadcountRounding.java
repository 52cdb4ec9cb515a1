package io.github.kinerja.core.permen2022;

import java.math.BigDecimal;

/**
 * Turns a percentage bound of a {@link PolaDistribusi} into a number of employees.
 *
 * <p>SE MenPANRB 3/2023 states its bounds in percent and does not say how to round them to people. The
 * {@link #standard()} rounding never requires more than the percentage allows: a maximum rounds down
 * ({@code floor(n × p / 100)}) and a minimum rounds up ({@code ceil(n × p / 100)}), so 70 % of 9 employees allows 6
 * and 60 % of 9 requires 6. An instansi with another rule implements this interface.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface HeadcountRounding {

    /**
     * Returns the standard rounding: maximum rounded down, minimum rounded up.
     *
     * @return the standard rounding, not null
     */
    static HeadcountRounding standard() {
        return StandardHeadcountRounding.INSTANCE;
    }

    /**
     * Returns the number of employees a maximum share allows.
     *
     * @param total  the number of employees of the unit, zero or more
     * @param percent  the maximum share in percent, from 0 to 100, not null
     * @return the allowed headcount, from 0 to {@code total}
     */
    int maxAllowed(int total, BigDecimal percent);

    /**
     * Returns the number of employees a minimum share requires.
     *
     * @param total  the number of employees of the unit, zero or more
     * @param percent  the minimum share in percent, from 0 to 100, not null
     * @return the required headcount, from 0 to {@code total}
     */
    int minRequired(int total, BigDecimal percent);
}
