package io.github.kinerja.core;

import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One step of the explanation of a calculated score: a stable code, the formula with the numbers filled in and the
 * exact value it gives.
 *
 * <p>Results list their steps in calculation order so that a score can be checked by hand, for example:
 * <pre>{@code
 * pp46.waktu.efisiensi   100 - 9.12 / 12 × 100          = 24
 * pp46.waktu.capaian     (1.76 × 12 - 9.12) / 12 × 100  = 100
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CalculationStep {

    CalculationStep() {}

    /**
     * Obtains a step.
     *
     * @param name  the stable code of the step, such as {@code pp46.waktu.efisiensi}, not blank, not null
     * @param formula  the formula with the numbers filled in, not blank, not null
     * @param value  the exact value of the step, not null
     * @return the step, not null
     * @throws IllegalArgumentException if {@code name} or {@code formula} is blank
     */
    public static CalculationStep of(String name, String formula, BigDecimal value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(value, "value");
        return ImmutableCalculationStep.of(name, formula, value);
    }

    /** Returns the stable code of the step, such as {@code pp46.waktu.efisiensi}; callers may switch on it. */
    @Value.Parameter
    public abstract String name();

    /** Returns the formula with the numbers filled in, such as {@code 100 - 9.12 / 12 × 100}. */
    @Value.Parameter
    public abstract String formula();

    /** Returns the exact value the formula gives. */
    @Value.Parameter
    public abstract BigDecimal value();

    @Value.Check
    final void check() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (formula().isBlank()) {
            throw new IllegalArgumentException("formula must not be blank, for step " + name());
        }
    }

    /** Returns the step as {@code name: formula = value}. */
    @Override
    public String toString() {
        return name() + ": " + formula() + " = " + value().toPlainString();
    }
}
