package io.github.kinerja.core.ruleset;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.report.Report;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The outcome of a {@link Rule}: its value, the id of the rule that produced it, the steps that explain it and the
 * findings made on the way.
 *
 * <p>Instances are immutable and thread-safe if the value is.
 *
 * @param <O> the type of the value
 */
@Value.Immutable
public abstract class RuleOutcome<O> {

    RuleOutcome() {}

    /**
     * Obtains an outcome without findings.
     *
     * @param ruleId  the id of the rule, not null
     * @param value  the value, not null
     * @param steps  the explaining steps in order, not null
     * @param <O> the type of the value
     * @return the outcome, not null
     */
    public static <O> RuleOutcome<O> of(String ruleId, O value, List<CalculationStep> steps) {
        return of(ruleId, value, steps, Report.empty());
    }

    /**
     * Obtains an outcome.
     *
     * @param ruleId  the id of the rule, not null
     * @param value  the value, not null
     * @param steps  the explaining steps in order, not null
     * @param report  the findings, not null
     * @param <O> the type of the value
     * @return the outcome, not null
     */
    public static <O> RuleOutcome<O> of(String ruleId, O value, List<CalculationStep> steps, Report report) {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(report, "report");
        return ImmutableRuleOutcome.<O>builder().ruleId(ruleId).value(value).steps(steps).report(report).build();
    }

    /** Returns the id of the rule that produced the outcome. */
    public abstract String ruleId();

    /** Returns the value. */
    public abstract O value();

    /** Returns the steps that explain the value, in calculation order. */
    public abstract List<CalculationStep> steps();

    /** Returns the findings made while applying the rule. */
    public abstract Report report();
}
