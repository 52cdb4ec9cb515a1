package io.github.kinerja.core.ruleset;

import io.github.kinerja.core.report.Report;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rule set a {@link RuleSetRegistry} selected for a period, or the findings that explain why none was.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class RuleSetSelection {

    RuleSetSelection() {}

    /** Returns the selected rule set, or empty if the period fits none. */
    public abstract Optional<RuleSet> ruleSet();

    /** Returns the findings: an error when no rule set was selected. */
    public abstract Report report();
}
