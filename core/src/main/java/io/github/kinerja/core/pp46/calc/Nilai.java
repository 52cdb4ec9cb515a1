package io.github.kinerja.core.pp46.calc;

import io.github.kinerja.core.pp46.KategoriPp46;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A presented score: the exact value, the value rounded by the rounding policy and the category of the rounded
 * value.
 *
 * <p>The category follows the rounded value, the one printed on the form, so a form never shows 91.00 next to
 * Baik. With the default rounding 90.996 is presented as 91.00, Sangat Baik.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Nilai {

    Nilai() {}

    /**
     * Obtains a presented score.
     *
     * @param exact  the exact value, not null
     * @param rounded  the rounded value, not null
     * @param kategori  the category of the rounded value, not null
     * @return the score, not null
     */
    public static Nilai of(BigDecimal exact, BigDecimal rounded, KategoriPp46 kategori) {
        return ImmutableNilai.of(exact, rounded, kategori);
    }

    /** Returns the exact value. */
    @Value.Parameter
    public abstract BigDecimal exact();

    /** Returns the value rounded for presentation, such as {@code 92.24}. */
    @Value.Parameter
    public abstract BigDecimal rounded();

    /** Returns the category of the rounded value. */
    @Value.Parameter
    public abstract KategoriPp46 kategori();

    /** Returns the score as {@code rounded (Kategori)}, such as {@code 92.24 (Sangat Baik)}. */
    @Override
    public String toString() {
        return rounded().toPlainString() + " (" + kategori().label() + ")";
    }
}
