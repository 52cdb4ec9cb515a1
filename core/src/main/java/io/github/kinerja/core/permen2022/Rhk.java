package io.github.kinerja.core.permen2022;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One RHK (Rencana Hasil Kerja, planned work result) of a PermenPANRB 6/2022 SKP, with its IKI.
 *
 * <p>An RHK names the RHK of the superior it intervenes (supports) by an {@link RhkReference} into the superior's
 * SKP; the JA/JF model needs that link, the JPT model may leave it out. JPT RHK are grouped by {@link Perspektif}.
 * The IKI may be empty while the plan is drafted; validation reports that.
 *
 * <pre>{@code
 * Rhk rhk = Rhk.builder()
 *         .id("1")
 *         .jenis(JenisRhk.UTAMA)
 *         .uraian("Tersusunnya rekomendasi kebijakan kepegawaian")
 *         .rhkAtasan(RhkReference.of("SKP-KABID", "2"))
 *         .addIki(iki)
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Rhk {

    Rhk() {}

    /** Returns a new builder; {@code id}, {@code jenis} and {@code uraian} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the identifier, unique within the SKP, such as {@code 1}. */
    public abstract String id();

    /** Returns whether this is an RHK utama or tambahan. */
    public abstract JenisRhk jenis();

    /** Returns the text of the RHK. */
    public abstract String uraian();

    /** Returns the superior's RHK this RHK intervenes (RHK atasan yang diintervensi), if linked. */
    public abstract Optional<RhkReference> rhkAtasan();

    /** Returns the perspektif, for the JPT model. */
    public abstract Optional<Perspektif> perspektif();

    /** Returns the IKI, in form order. */
    public abstract List<Iki> iki();

    @Value.Check
    final void check() {
        if (id().isBlank()) {
            throw new IllegalArgumentException("id of an RHK must not be blank");
        }
        if (uraian().isBlank()) {
            throw new IllegalArgumentException("uraian of RHK " + id() + " must not be blank");
        }
    }

    /** Builder of RHK. */
    public static final class Builder extends ImmutableRhk.Builder {
        Builder() {}
    }
}
