package io.github.kinerja.core.pp46.calc;

import io.github.kinerja.core.pp46.KategoriPp46;
import java.math.BigDecimal;

/**
 * Places a score in a {@link KategoriPp46} band. {@link BandBoundaryPolicy} has the three readings of the
 * integer-printed bands, and a caller may supply another.
 *
 * <p>Implementations must be immutable, thread-safe and monotone: a higher score never gets a lower category.
 */
@FunctionalInterface
public interface KategoriClassifier {

    /**
     * Classifies a score.
     *
     * @param value  the score, any value including negative ones and values above 100, not null
     * @return the category, not null
     */
    KategoriPp46 classify(BigDecimal value);
}
