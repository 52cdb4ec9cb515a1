package io.github.kinerja.core.pp46.calc;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.pp46.AspekSkp;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The capaian (achievement score) of one aspect of a kegiatan, with the steps that explain it.
 *
 * <p>The value is exact (quotients carry 34 significant digits) and is not clamped: kuantitas above target scores
 * above 100 and late work can score below 0.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AspekResult {

    AspekResult() {}

    /** Returns a new builder, for implementations of {@link AspekCalculator}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the aspect. */
    public abstract AspekSkp aspek();

    /** Returns the target of the aspect. */
    public abstract BigDecimal target();

    /** Returns the realisasi of the aspect, empty if the kegiatan was not executed. */
    public abstract Optional<BigDecimal> realisasi();

    /** Returns the efisiensi {@code 100 - R / T × 100} of the waktu and biaya aspects, empty for the others. */
    public abstract Optional<BigDecimal> efisiensi();

    /** Returns the branch of the waktu and biaya formula, empty for the other aspects and when not executed. */
    public abstract Optional<EfficiencyBranch> branch();

    /** Returns the exact capaian of the aspect. */
    public abstract BigDecimal value();

    /** Returns the steps of the calculation, in order. */
    public abstract List<CalculationStep> steps();

    /** Builder of aspect results. */
    public static final class Builder extends ImmutableAspekResult.Builder {
        Builder() {}
    }
}
