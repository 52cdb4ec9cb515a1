package io.github.kinerja.core.permen2022;

import java.util.Optional;

/**
 * Proposes a rating hasil kerja from the IKI realisasi of an evaluation, as an aid to the appraiser.
 *
 * <p>No regulation defines such a rule for PermenPANRB 6/2022; any implementation is a local choice of the
 * instansi, and its output is a {@link RatingSuggestion}, never the rating itself.
 * {@link Permen2021BandsRatingSuggester} is one such choice.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface RatingSuggester {

    /**
     * Proposes a rating hasil kerja.
     *
     * @param skp  the SKP, not null
     * @param evaluasi  the evaluation of the SKP for one period, not null
     * @return the suggestion, or empty if the evaluation gives nothing to base one on, not null
     */
    Optional<RatingSuggestion> suggest(Skp skp, Evaluasi evaluasi);
}
