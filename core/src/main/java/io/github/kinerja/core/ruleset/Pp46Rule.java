package io.github.kinerja.core.ruleset;

import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.calc.Pp46Result;
import io.github.kinerja.core.pp46.calc.Pp46Scorer;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The PP 46/2011 scorer as a {@link Rule}.
 *
 * <p>The scorer throws {@link io.github.kinerja.core.pp46.calc.InvalidSkpException} for an SKP with validation
 * errors, and so does this rule; warnings travel in the outcome's report.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Pp46Rule implements Rule<SkpPp46, Pp46Result> {

    Pp46Rule() {}

    /**
     * Obtains the rule around a scorer.
     *
     * @param scorer  the scorer with its policies, not null
     * @return the rule, not null
     */
    public static Pp46Rule of(Pp46Scorer scorer) {
        Objects.requireNonNull(scorer, "scorer");
        return ImmutablePp46Rule.of(scorer);
    }

    /** Returns the scorer. */
    @Value.Parameter
    public abstract Pp46Scorer scorer();

    @Override
    public String id() {
        return RuleKeys.PP46_PRESTASI.name();
    }

    @Override
    public String description() {
        return "Nilai Prestasi Kerja under PP 46/2011 and Perka BKN 1/2013";
    }

    @Override
    public RuleOutcome<Pp46Result> apply(SkpPp46 input) {
        Objects.requireNonNull(input, "input");
        Pp46Result result = scorer().score(input);
        return RuleOutcome.of(id(), result, result.steps(), result.report());
    }
}
