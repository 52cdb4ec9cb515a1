package io.github.kinerja.core.permen2022;

import io.github.kinerja.core.CalculationStep;
import java.util.List;
import org.immutables.value.Value;

/**
 * A rating hasil kerja proposed by a {@link RatingSuggester}: a suggestion for the appraiser, never a rating by
 * itself. PermenPANRB 6/2022 leaves the rating to the appraiser's judgement, so the scorer shows the suggestion
 * next to the appraiser's rating and always uses the latter.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class RatingSuggestion {

    RatingSuggestion() {}

    /** Returns a new builder; {@code rating} and {@code suggester} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the proposed rating. */
    public abstract Rating rating();

    /** Returns the name of the suggester and of its rule, so that a reader can tell where the proposal came from. */
    public abstract String suggester();

    /** Returns the steps that explain the proposal, in calculation order. */
    public abstract List<CalculationStep> steps();

    /** Builder of suggestions, for implementations of {@link RatingSuggester}. */
    public static final class Builder extends ImmutableRatingSuggestion.Builder {
        Builder() {}
    }
}
