package io.github.kinerja.core.ruleset;

import io.github.kinerja.core.permen2021.HasilPenilaian;
import io.github.kinerja.core.permen2021.PenilaianKinerja;
import io.github.kinerja.core.permen2021.Permen2021Scorer;
import io.github.kinerja.core.permen2021.Permen2021Validator;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The PermenPANRB 8/2021 scorer as a {@link Rule}; the outcome's report contains the findings of
 * {@link Permen2021Validator}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Permen2021Rule implements Rule<PenilaianKinerja, HasilPenilaian> {

    Permen2021Rule() {}

    /**
     * Obtains the rule around a scorer.
     *
     * @param scorer  the scorer with its policies, not null
     * @return the rule, not null
     */
    public static Permen2021Rule of(Permen2021Scorer scorer) {
        Objects.requireNonNull(scorer, "scorer");
        return ImmutablePermen2021Rule.of(scorer);
    }

    /** Returns the scorer. */
    @Value.Parameter
    public abstract Permen2021Scorer scorer();

    @Override
    public String id() {
        return RuleKeys.PERMEN2021_PENILAIAN.name();
    }

    @Override
    public String description() {
        return "Nilai kinerja and predikat under PP 30/2019 and PermenPANRB 8/2021";
    }

    @Override
    public RuleOutcome<HasilPenilaian> apply(PenilaianKinerja input) {
        Objects.requireNonNull(input, "input");
        HasilPenilaian result = scorer().score(input);
        return RuleOutcome.of(id(), result, result.explanation(), Permen2021Validator.validate(input.skp()));
    }
}
