package io.github.kinerja.core.pp46.calc;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.pp46.AspekSkp;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The nilai capaian (score) of one kegiatan: its aspect results, the penghitungan (their sum), the divisor and the
 * exact value, with the steps that explain them.
 *
 * <p>The divisor is 4 when the kegiatan has a biaya target and 3 otherwise. A kegiatan that was not executed scores
 * 0 on every aspect and 0 in total.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class KegiatanResult {

    KegiatanResult() {}

    /** Returns a new builder, for implementations of {@link KegiatanCalculator}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the name of the kegiatan. */
    public abstract String name();

    /** Checks if the kegiatan was executed; one that was not scores 0. */
    public abstract boolean executed();

    /** Returns the results of the scored aspects in form order: kuantitas, kualitas, waktu and, if any, biaya. */
    public abstract List<AspekResult> aspects();

    /** Returns the penghitungan: the sum of the aspect values. */
    public abstract BigDecimal penghitungan();

    /** Returns the divisor, 3 or 4: the number of scored aspects. */
    public abstract int divisor();

    /** Returns the exact nilai capaian of the kegiatan: penghitungan divided by the divisor. */
    public abstract BigDecimal value();

    /** Returns every step of the calculation, the aspect steps first. */
    public abstract List<CalculationStep> steps();

    /**
     * Returns the result of one aspect.
     *
     * @param aspek  the aspect, not null
     * @return the result, or empty if the aspect is not scored (biaya of a kegiatan without budget), not null
     */
    public Optional<AspekResult> aspect(AspekSkp aspek) {
        return aspects().stream().filter(a -> a.aspek() == aspek).findFirst();
    }

    @Value.Check
    final void check() {
        if (divisor() <= 0) {
            throw new IllegalArgumentException("divisor must be greater than 0, was " + divisor());
        }
    }

    /** Builder of kegiatan results. */
    public static final class Builder extends ImmutableKegiatanResult.Builder {
        Builder() {}
    }
}
