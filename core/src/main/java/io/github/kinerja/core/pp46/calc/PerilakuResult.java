package io.github.kinerja.core.pp46.calc;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.pp46.AspekPerilaku;
import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The Nilai Perilaku Kerja before presentation rounding: the mean of the aspect scores, with the steps that explain
 * it.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PerilakuResult {

    PerilakuResult() {}

    /** Returns a new builder, for implementations of {@link PerilakuCalculator}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the score of each rated aspect, in the order of {@link AspekPerilaku}. */
    @Value.NaturalOrder
    public abstract SortedMap<AspekPerilaku, BigDecimal> scores();

    /** Returns the exact mean of the scores. */
    public abstract BigDecimal value();

    /** Returns the steps of the calculation, in order. */
    public abstract List<CalculationStep> steps();

    /** Builder of perilaku results. */
    public static final class Builder extends ImmutablePerilakuResult.Builder {
        Builder() {}
    }
}
