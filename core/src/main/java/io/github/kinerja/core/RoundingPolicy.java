package io.github.kinerja.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * How calculated scores are rounded: the number of decimals, the rounding mode and the stage where rounding
 * happens.
 *
 * <p>Calculations run on exact decimals, and this policy sets where they are cut. The {@linkplain #defaults() default}
 * is 2 decimals, {@link RoundingMode#HALF_UP}, {@link RoundingStage#FINAL_ONLY}: what spreadsheets display. Use
 * {@link RoundingMode#DOWN} to reproduce sources that truncate (266/3 printed as 88,66) and
 * {@link RoundingStage#EACH_ITEM} to reproduce systems that round each kegiatan before averaging.
 *
 * <pre>{@code
 * RoundingPolicy.defaults().round(new BigDecimal("88.6666"));                         // 88.67
 * RoundingPolicy.defaults().withMode(RoundingMode.DOWN).round(new BigDecimal("88.6666")); // 88.66
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class RoundingPolicy {

    RoundingPolicy() {}

    /** Returns the default policy: 2 decimals, {@link RoundingMode#HALF_UP}, {@link RoundingStage#FINAL_ONLY}. */
    public static RoundingPolicy defaults() {
        return builder().build();
    }

    /**
     * Obtains a policy.
     *
     * @param scale  the number of decimals, zero or more
     * @param mode  the rounding mode, not {@link RoundingMode#UNNECESSARY}, not null
     * @param stage  where rounding happens, not null
     * @return the policy, not null
     * @throws IllegalArgumentException if {@code scale} is negative or {@code mode} is {@code UNNECESSARY}
     */
    public static RoundingPolicy of(int scale, RoundingMode mode, RoundingStage stage) {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(stage, "stage");
        return builder().scale(scale).mode(mode).stage(stage).build();
    }

    /** Returns a new builder, with every attribute at its default. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the number of decimals kept, 2 by default. */
    @Value.Default
    public int scale() {
        return 2;
    }

    /** Returns the rounding mode, {@link RoundingMode#HALF_UP} by default. */
    @Value.Default
    public RoundingMode mode() {
        return RoundingMode.HALF_UP;
    }

    /** Returns where rounding happens, {@link RoundingStage#FINAL_ONLY} by default. */
    @Value.Default
    public RoundingStage stage() {
        return RoundingStage.FINAL_ONLY;
    }

    /**
     * Returns a copy of this policy with the given number of decimals.
     *
     * @param scale  the number of decimals, zero or more
     * @return the policy, not null
     * @throws IllegalArgumentException if {@code scale} is negative
     */
    public abstract RoundingPolicy withScale(int scale);

    /**
     * Returns a copy of this policy with the given rounding mode.
     *
     * @param mode  the rounding mode, not {@link RoundingMode#UNNECESSARY}, not null
     * @return the policy, not null
     * @throws IllegalArgumentException if {@code mode} is {@code UNNECESSARY}
     */
    public abstract RoundingPolicy withMode(RoundingMode mode);

    /**
     * Returns a copy of this policy with the given rounding stage.
     *
     * @param stage  where rounding happens, not null
     * @return the policy, not null
     */
    public abstract RoundingPolicy withStage(RoundingStage stage);

    /**
     * Rounds a value to {@link #scale()} decimals with {@link #mode()}, whatever the stage.
     *
     * @param value  the exact value, not null
     * @return the rounded value, with exactly {@link #scale()} decimals, not null
     */
    public BigDecimal round(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return value.setScale(scale(), mode());
    }

    /**
     * Rounds an item value before aggregation if the stage is {@link RoundingStage#EACH_ITEM}, and returns it
     * unchanged otherwise.
     *
     * @param value  the exact item value, not null
     * @return the value to aggregate, not null
     */
    public BigDecimal roundItem(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return stage() == RoundingStage.EACH_ITEM ? round(value) : value;
    }

    @Value.Check
    final void check() {
        if (scale() < 0) {
            throw new IllegalArgumentException("scale must be zero or more, was " + scale());
        }
        if (mode() == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException(
                    "mode must round, was UNNECESSARY, which fails on scores such as 266/3, so use HALF_UP or DOWN");
        }
    }

    /** Builder of rounding policies; every attribute has a default. */
    public static final class Builder extends ImmutableRoundingPolicy.Builder {
        Builder() {}
    }
}
