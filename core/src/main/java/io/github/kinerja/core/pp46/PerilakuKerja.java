package io.github.kinerja.core.pp46;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The perilaku kerja (work behaviour) scores of an SKP under PP 46/2011: one score from 0 to 100 per
 * {@link AspekPerilaku aspect}.
 *
 * <p>A valid rating covers exactly the five aspects of a PNS who is not a pejabat struktural, or all six with
 * {@link AspekPerilaku#KEPEMIMPINAN} for a pejabat struktural. The type accepts any set of scores so that a form can be
 * read as written, and {@link Pp46Validator} reports a wrong set or a score outside 0 to 100.
 *
 * <pre>{@code
 * PerilakuKerja perilaku = PerilakuKerja.builder()
 *         .putScore(AspekPerilaku.ORIENTASI_PELAYANAN, new BigDecimal("80"))
 *         .putScore(AspekPerilaku.INTEGRITAS, new BigDecimal("82"))
 *         // ... KOMITMEN, DISIPLIN, KERJA_SAMA
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PerilakuKerja {

    PerilakuKerja() {}

    /**
     * Obtains the perilaku kerja with the given scores.
     *
     * @param scores  the score of each rated aspect, not null
     * @return the perilaku kerja, not null
     */
    public static PerilakuKerja of(Map<AspekPerilaku, BigDecimal> scores) {
        Objects.requireNonNull(scores, "scores");
        return builder().putAllScores(scores).build();
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the score of each rated aspect, in the order of {@link AspekPerilaku}. */
    @Value.NaturalOrder
    public abstract SortedMap<AspekPerilaku, BigDecimal> scores();

    /** Checks if the rating includes {@link AspekPerilaku#KEPEMIMPINAN}, as for a pejabat struktural. */
    public boolean isStruktural() {
        return scores().containsKey(AspekPerilaku.KEPEMIMPINAN);
    }

    /** Builder of perilaku kerja scores. */
    public static final class Builder extends ImmutablePerilakuKerja.Builder {
        Builder() {}
    }
}
