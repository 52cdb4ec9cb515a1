package io.github.kinerja.core.ruleset;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the {@link RuleSetRegistry} table: a rule set and the dates of the periods it applies to.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class RuleSetValidity {

    RuleSetValidity() {}

    /**
     * Obtains a row.
     *
     * @param ruleSet  the rule set, not null
     * @param validFrom  the first day it applies to, not null
     * @param validUntil  the last day it applies to, included, or empty if it still applies, not null
     * @return the row, not null
     * @throws IllegalArgumentException if {@code validUntil} is before {@code validFrom}
     */
    public static RuleSetValidity of(RuleSet ruleSet, LocalDate validFrom, Optional<LocalDate> validUntil) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        return ImmutableRuleSetValidity.builder().ruleSet(ruleSet).validFrom(validFrom).validUntil(validUntil).build();
    }

    /** Returns the rule set. */
    public abstract RuleSet ruleSet();

    /** Returns the first day the rule set applies to. */
    public abstract LocalDate validFrom();

    /** Returns the last day the rule set applies to, included, or empty if it still applies. */
    public abstract Optional<LocalDate> validUntil();

    /**
     * Checks if the rule set applies to a date.
     *
     * @param date  the date, not null
     * @return true if {@code validFrom <= date <= validUntil}
     */
    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom()) && validUntil().map(u -> !date.isAfter(u)).orElse(true);
    }

    @Value.Check
    final void check() {
        if (validUntil().map(u -> u.isBefore(validFrom())).orElse(false)) {
            throw new IllegalArgumentException("validUntil must not be before validFrom for rule set " + ruleSet().id()
                    + ", was " + validUntil().orElseThrow() + " < " + validFrom());
        }
    }

    /** Returns the row as {@code id from/until}, with {@code ..} for an open end. */
    @Override
    public String toString() {
        return ruleSet().id() + " " + validFrom() + "/" + validUntil().map(LocalDate::toString).orElse("..");
    }
}
