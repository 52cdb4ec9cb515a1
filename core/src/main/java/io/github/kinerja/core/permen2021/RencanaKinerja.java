package io.github.kinerja.core.permen2021;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One rencana kinerja (work plan item) of a PermenPANRB 8/2021 SKP, with its IKI.
 *
 * <p>The {@link #bobot() bobot} of a kinerja utama weighs it in the nilai SKP; the bobot of all kinerja utama
 * add up to 100, or none has one and all weigh the same. The bobot of a kinerja tambahan is the share of its nilai
 * that is added on top of the kinerja utama, so a kinerja tambahan without bobot adds nothing.
 *
 * <p>The IKI may be empty while the plan is drafted; validation reports that, and scoring gives such a plan
 * nilai 0.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class RencanaKinerja {

    RencanaKinerja() {}

    /** Returns a new builder; {@code id}, {@code jenis} and {@code uraian} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the identifier, unique within the SKP, such as {@code 1}. */
    public abstract String id();

    /** Returns whether this is kinerja utama or tambahan. */
    public abstract JenisKinerja jenis();

    /** Returns the text of the rencana kinerja. */
    public abstract String uraian();

    /** Returns the rencana kinerja of the superior, unit or organisation that this plan supports, as text. */
    public abstract Optional<String> rencanaKinerjaAtasan();

    /** Returns the IKI, in form order. */
    public abstract List<Iki> iki();

    /** Returns the weight in percent, if given. */
    public abstract Optional<BigDecimal> bobot();

    /**
     * Returns a copy of this rencana kinerja with a bobot.
     *
     * @param bobot  the weight in percent, above 0 and at most 100, not null
     * @return the rencana kinerja, not null
     * @throws IllegalArgumentException if the bobot is outside (0, 100]
     */
    public abstract RencanaKinerja withBobot(BigDecimal bobot);

    @Value.Check
    final void check() {
        if (id().isBlank()) {
            throw new IllegalArgumentException("id of a rencana kinerja must not be blank");
        }
        if (uraian().isBlank()) {
            throw new IllegalArgumentException("uraian of rencana kinerja " + id() + " must not be blank");
        }
        Weights.checkBobot("rencana kinerja " + id(), bobot());
        Set<String> ids = new HashSet<>();
        for (Iki iki : iki()) {
            if (!ids.add(iki.id())) {
                throw new IllegalArgumentException("IKI id " + iki.id() + " appears twice in rencana kinerja " + id());
            }
        }
        Weights.checkAllOrNone("IKI of rencana kinerja " + id(), iki(), Iki::bobot);
    }

    /** Builder of rencana kinerja. */
    public static final class Builder extends ImmutableRencanaKinerja.Builder {
        Builder() {}
    }
}
