package io.github.kinerja.core.ruleset;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * The typed name of a slot in a {@link RuleSet}: the rule stored under it takes {@code I} and produces {@code O}.
 *
 * <pre>{@code
 * RuleKey<TppInput, BigDecimal> TPP = RuleKey.of("tpp", TppInput.class, BigDecimal.class);
 * RuleSet local = StandardRuleSets.permen2022().withRule(TPP, new KotaContohTppRule());
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <I> the input type of the rule
 * @param <O> the type of the outcome's value
 */
@Value.Immutable
public abstract class RuleKey<I, O> {

    RuleKey() {}

    /**
     * Obtains a key.
     *
     * @param name  the name, not blank, not null
     * @param inputType  the input type, not null
     * @param outputType  the type of the outcome's value, not null
     * @param <I> the input type
     * @param <O> the type of the outcome's value
     * @return the key, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public static <I, O> RuleKey<I, O> of(String name, Class<I> inputType, Class<O> outputType) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(inputType, "inputType");
        Objects.requireNonNull(outputType, "outputType");
        return ImmutableRuleKey.<I, O>builder().name(name).inputType(inputType).outputType(outputType).build();
    }

    /** Returns the name. */
    public abstract String name();

    /** Returns the input type. */
    public abstract Class<I> inputType();

    /** Returns the type of the outcome's value. */
    public abstract Class<O> outputType();

    @Value.Check
    final void check() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("name of a rule key must not be blank");
        }
    }

    /** Returns the key as {@code name(Input -> Output)}. */
    @Override
    public String toString() {
        return name() + "(" + inputType().getSimpleName() + " -> " + outputType().getSimpleName() + ")";
    }
}
