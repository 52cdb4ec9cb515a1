package io.github.kinerja.core.permen2021;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The target of an IKI (Indikator Kinerja Individu, individual performance indicator): a value with its satuan
 * (unit), a range, or a qualitative description.
 *
 * <p>A numeric target also has a {@link #direction() direction}: {@link TargetDirection#HIGHER_IS_BETTER} by
 * default, {@link TargetDirection#LOWER_IS_BETTER} for the kondisi khusus of PermenPANRB 8/2021 (time, cost). A
 * target may be marked {@link #maximumAttainable() maximum attainable}, for example 100 % accuracy: PermenPANRB
 * 8/2021 then scores a capaian of 100 % with 120 instead of 109. A {@link #baseline() baseline} (last year's
 * value) is carried for the record and plays no part in any calculation.
 *
 * <p>Meanings of edge values, as {@link CapaianIki#of(IkiTarget, BigDecimal)} applies them:
 * <ul>
 *   <li>a target of zero cannot be divided by, so it counts as met (capaian 100 %) when the realisasi is not
 *       worse than zero and as missed (capaian 0 %) otherwise: any realisasi meets a "higher is better" zero
 *       target, and only a zero realisasi meets a "lower is better" one (zero complaints, zero findings);
 *   <li>an IKI without realisasi has capaian 0 %, see {@link CapaianIki#notRealised()}.
 * </ul>
 *
 * <pre>{@code
 * IkiTarget reports = IkiTarget.of(new BigDecimal("12"), "laporan");
 * IkiTarget months = IkiTarget.ofRange(new BigDecimal("7"), new BigDecimal("8"), "bulan")
 *         .withDirection(TargetDirection.LOWER_IS_BETTER);
 * IkiTarget draft = IkiTarget.qualitative("Rancangan perbup disetujui kepala bagian");
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class IkiTarget {

    IkiTarget() {}

    /**
     * Obtains a single-value target where a higher realisasi is better.
     *
     * @param value  the target value, zero or more, not null
     * @param satuan  the unit, such as {@code laporan} or {@code %}, not blank, not null
     * @return the target, not null
     * @throws IllegalArgumentException if the value is negative or the satuan is blank
     */
    public static IkiTarget of(BigDecimal value, String satuan) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(satuan, "satuan");
        return builder().kind(TargetKind.VALUE).value(value).satuan(satuan).build();
    }

    /**
     * Obtains a range target where a higher realisasi is better.
     *
     * @param lower  the lower end, included, zero or more, not null
     * @param upper  the upper end, included, not below {@code lower}, not null
     * @param satuan  the unit, not blank, not null
     * @return the target, not null
     * @throws IllegalArgumentException if an end is negative, {@code lower > upper} or the satuan is blank
     */
    public static IkiTarget ofRange(BigDecimal lower, BigDecimal upper, String satuan) {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        Objects.requireNonNull(satuan, "satuan");
        return builder().kind(TargetKind.RANGE).lower(lower).upper(upper).satuan(satuan).build();
    }

    /**
     * Obtains a qualitative target, which only the appraiser can judge.
     *
     * @param description  what is to be achieved, not blank, not null
     * @return the target, not null
     * @throws IllegalArgumentException if the description is blank
     */
    public static IkiTarget qualitative(String description) {
        Objects.requireNonNull(description, "description");
        return builder().kind(TargetKind.QUALITATIVE).description(description).build();
    }

    /** Returns a new builder; {@code kind} is required, and the numbers it needs. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the form of the target. */
    public abstract TargetKind kind();

    /** Returns the target value of a {@link TargetKind#VALUE} target, empty for the other kinds. */
    public abstract Optional<BigDecimal> value();

    /** Returns the lower end of a {@link TargetKind#RANGE} target, empty for the other kinds. */
    public abstract Optional<BigDecimal> lower();

    /** Returns the upper end of a {@link TargetKind#RANGE} target, empty for the other kinds. */
    public abstract Optional<BigDecimal> upper();

    /**
     * Returns the satuan (unit) of a numeric target, such as {@code laporan}, {@code %} or {@code bulan}. It may be
     * missing on data read from forms; validation reports that.
     */
    public abstract Optional<String> satuan();

    /** Returns the description: required for a qualitative target, an optional note for a numeric one. */
    public abstract Optional<String> description();

    /** Returns whether a higher or a lower realisasi is better, {@link TargetDirection#HIGHER_IS_BETTER} by default. */
    @Value.Default
    public TargetDirection direction() {
        return TargetDirection.HIGHER_IS_BETTER;
    }

    /**
     * Checks if the target is the maximum attainable value, so that reaching it is the best possible result;
     * false by default. Only numeric targets can be maximum attainable.
     */
    @Value.Default
    public boolean maximumAttainable() {
        return false;
    }

    /** Returns the baseline (the value before the period, such as last year's), if recorded. */
    public abstract Optional<BigDecimal> baseline();

    /** Checks if the target is a number or a range, so that a capaian can be computed from a realisasi. */
    public boolean isNumeric() {
        return kind() != TargetKind.QUALITATIVE;
    }

    /**
     * Returns a copy of this target with the given direction.
     *
     * @param direction  the direction, not null
     * @return the target, not null
     */
    public abstract IkiTarget withDirection(TargetDirection direction);

    /**
     * Returns a copy of this target marked as maximum attainable or not.
     *
     * @param maximumAttainable  true if the target is the maximum attainable value
     * @return the target, not null
     * @throws IllegalArgumentException if the target is qualitative and {@code maximumAttainable} is true
     */
    public abstract IkiTarget withMaximumAttainable(boolean maximumAttainable);

    /**
     * Returns a copy of this target with a baseline.
     *
     * @param baseline  the baseline value, not null
     * @return the target, not null
     */
    public abstract IkiTarget withBaseline(BigDecimal baseline);

    @Value.Check
    final void check() {
        switch (kind()) {
            case VALUE -> {
                require(value().isPresent(), "a VALUE target needs a value");
                require(lower().isEmpty() && upper().isEmpty(), "a VALUE target must not have range ends");
                requireNotNegative("value", value().orElseThrow());
            }
            case RANGE -> {
                require(lower().isPresent() && upper().isPresent(), "a RANGE target needs both ends");
                require(value().isEmpty(), "a RANGE target must not have a single value");
                requireNotNegative("lower", lower().orElseThrow());
                if (lower().orElseThrow().compareTo(upper().orElseThrow()) > 0) {
                    throw new IllegalArgumentException("lower must not exceed upper, was "
                            + lower().orElseThrow().toPlainString() + " > " + upper().orElseThrow().toPlainString());
                }
            }
            case QUALITATIVE -> {
                require(description().isPresent(), "a QUALITATIVE target needs a description");
                require(value().isEmpty() && lower().isEmpty() && upper().isEmpty(),
                        "a QUALITATIVE target must not have numbers; use VALUE or RANGE instead");
                require(!maximumAttainable(), "a QUALITATIVE target cannot be maximum attainable");
            }
        }
        if (satuan().map(String::isBlank).orElse(false)) {
            throw new IllegalArgumentException("satuan must not be blank when present; leave it empty instead");
        }
        if (description().map(String::isBlank).orElse(false)) {
            throw new IllegalArgumentException("description must not be blank when present; leave it empty instead");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    private static void requireNotNegative(String name, BigDecimal number) {
        if (number.signum() < 0) {
            throw new IllegalArgumentException(name + " must be zero or more, was " + number.toPlainString());
        }
    }

    /** Returns the target as written on a form, such as {@code 12 laporan}, {@code 7-8 bulan} or the description. */
    @Override
    public String toString() {
        String unit = satuan().map(s -> " " + s).orElse("");
        return switch (kind()) {
            case VALUE -> value().orElseThrow().toPlainString() + unit;
            case RANGE -> lower().orElseThrow().toPlainString() + "-" + upper().orElseThrow().toPlainString() + unit;
            case QUALITATIVE -> description().orElse("");
        };
    }

    /** Builder of targets. */
    public static final class Builder extends ImmutableIkiTarget.Builder {
        Builder() {}
    }
}
