package io.github.kinerja.core.ruleset;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named set of {@link Rule rules}, each under a typed {@link RuleKey}: one regime, such as PermenPANRB 6/2022,
 * possibly extended by an instansi with rules of its own.
 *
 * <pre>{@code
 * RuleSet ruleSet = StandardRuleSets.permen2022();
 * RuleOutcome<HasilPenilaianPegawai> outcome = ruleSet.apply(RuleKeys.PERMEN2022_PREDIKAT, penilaian);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe if the rules are.
 */
@Value.Immutable
public abstract class RuleSet {

    RuleSet() {}

    /** Returns a new builder; {@code id}, {@code title} and {@code legalBasis} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the stable identifier, such as {@code permenpanrb-6-2022}. */
    public abstract String id();

    /** Returns the title for display, such as {@code PermenPANRB 6/2022}. */
    public abstract String title();

    /** Returns the legal basis, such as {@code PP 30/2019; PermenPANRB 6/2022; SE MenPANRB 3/2023}. */
    public abstract String legalBasis();

    /** Returns the rules by key, in the order they were added. */
    public abstract Map<RuleKey<?, ?>, Rule<?, ?>> rules();

    /**
     * Returns the rule under a key.
     *
     * @param key  the key, not null
     * @param <I> the input type
     * @param <O> the type of the outcome's value
     * @return the rule, or empty if the set has none under the key, not null
     */
    public <I, O> Optional<Rule<I, O>> rule(RuleKey<I, O> key) {
        Objects.requireNonNull(key, "key");
        // Unchecked: withRule and Builder.rule pair a Rule<I, O> with a RuleKey<I, O>; a rule put in through the
        // generated putRule must match its key by the caller's care.
        @SuppressWarnings("unchecked")
        Rule<I, O> rule = (Rule<I, O>) rules().get(key);
        return Optional.ofNullable(rule);
    }

    /**
     * Applies the rule under a key.
     *
     * @param key  the key, not null
     * @param input  the input, not null
     * @param <I> the input type
     * @param <O> the type of the outcome's value
     * @return the outcome, not null
     * @throws IllegalArgumentException if the set has no rule under the key; the message lists the keys it has
     */
    public <I, O> RuleOutcome<O> apply(RuleKey<I, O> key, I input) {
        Objects.requireNonNull(input, "input");
        Rule<I, O> rule = rule(key).orElseThrow(() -> new IllegalArgumentException("rule set " + id()
                + " has no rule " + key + "; it has " + rules().keySet()));
        return rule.apply(input);
    }

    /**
     * Returns a copy of this rule set with a rule added, or replaced if the key is taken.
     *
     * @param key  the key, not null
     * @param rule  the rule, not null
     * @param <I> the input type
     * @param <O> the type of the outcome's value
     * @return the rule set, not null
     */
    public <I, O> RuleSet withRule(RuleKey<I, O> key, Rule<I, O> rule) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(rule, "rule");
        Map<RuleKey<?, ?>, Rule<?, ?>> rules = new LinkedHashMap<>(rules());
        rules.put(key, rule);
        return ImmutableRuleSet.builder().from(this).rules(rules).build();
    }

    @Value.Check
    final void check() {
        if (id().isBlank() || title().isBlank()) {
            throw new IllegalArgumentException("id and title of a rule set must not be blank");
        }
    }

    /** Returns the rule set as {@code id (title)}. */
    @Override
    public String toString() {
        return id() + " (" + title() + ")";
    }

    /**
     * Builder of rule sets. Add rules with {@link #rule(RuleKey, Rule)}, which keeps key and rule types matched.
     */
    public static final class Builder extends ImmutableRuleSet.Builder {
        Builder() {}

        /**
         * Adds a rule under a key.
         *
         * @param key  the key, not null
         * @param rule  the rule, not null
         * @param <I> the input type
         * @param <O> the type of the outcome's value
         * @return this builder, not null
         */
        public <I, O> Builder rule(RuleKey<I, O> key, Rule<I, O> rule) {
            putRule(key, rule);
            return this;
        }
    }
}
