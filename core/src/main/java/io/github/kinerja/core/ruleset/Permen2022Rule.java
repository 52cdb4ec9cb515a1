package io.github.kinerja.core.ruleset;

import io.github.kinerja.core.permen2022.HasilPenilaianPegawai;
import io.github.kinerja.core.permen2022.PenilaianPegawai;
import io.github.kinerja.core.permen2022.Permen2022Scorer;
import io.github.kinerja.core.permen2022.Permen2022Validator;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The PermenPANRB 6/2022 predikat scorer as a {@link Rule}; the outcome's report contains the findings of
 * {@link Permen2022Validator} on the SKP and the evaluation.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Permen2022Rule implements Rule<PenilaianPegawai, HasilPenilaianPegawai> {

    Permen2022Rule() {}

    /**
     * Obtains the rule around a scorer.
     *
     * @param scorer  the scorer with its policies, not null
     * @return the rule, not null
     */
    public static Permen2022Rule of(Permen2022Scorer scorer) {
        Objects.requireNonNull(scorer, "scorer");
        return ImmutablePermen2022Rule.of(scorer);
    }

    /** Returns the scorer. */
    @Value.Parameter
    public abstract Permen2022Scorer scorer();

    @Override
    public String id() {
        return RuleKeys.PERMEN2022_PREDIKAT.name();
    }

    @Override
    public String description() {
        return "Predikat kinerja pegawai under PermenPANRB 6/2022 (rating matrix)";
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if a rating the matrix needs is not set
     */
    @Override
    public RuleOutcome<HasilPenilaianPegawai> apply(PenilaianPegawai input) {
        Objects.requireNonNull(input, "input");
        HasilPenilaianPegawai result = scorer().score(input);
        return RuleOutcome.of(id(), result, result.steps(), Permen2022Validator.validate(input.skp())
                .plus(Permen2022Validator.validateEvaluations(input.skp(), List.of(input.evaluasi()))));
    }
}
