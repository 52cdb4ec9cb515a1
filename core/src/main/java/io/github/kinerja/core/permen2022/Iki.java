package io.github.kinerja.core.permen2022;

import io.github.kinerja.core.permen2021.IkiTarget;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One IKI (Indikator Kinerja Individu) of a PermenPANRB 6/2022 RHK: the aspect it measures, the indicator and the
 * target.
 *
 * <p>The target type is shared with PermenPANRB 8/2021, including the direction (a lower realisasi is better for
 * time and cost) and the "maximum attainable" mark.
 *
 * <pre>{@code
 * Iki iki = Iki.builder()
 *         .id("1.1")
 *         .aspek(AspekIki.KUANTITAS)
 *         .indikator("Jumlah rekomendasi kebijakan yang disampaikan")
 *         .target(IkiTarget.of(new BigDecimal("4"), "rekomendasi"))
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Iki {

    Iki() {}

    /** Returns a new builder; {@code id}, {@code indikator} and {@code target} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the identifier, unique within the SKP, such as {@code 1.1}. */
    public abstract String id();

    /** Returns the aspect measured, as the quantitative JA/JF approach sets it; empty for JPT and qualitative IKI. */
    public abstract Optional<AspekIki> aspek();

    /** Returns the indicator text. */
    public abstract String indikator();

    /** Returns the target. */
    public abstract IkiTarget target();

    @Value.Check
    final void check() {
        if (id().isBlank()) {
            throw new IllegalArgumentException("id of an IKI must not be blank");
        }
        if (indikator().isBlank()) {
            throw new IllegalArgumentException("indikator of IKI " + id() + " must not be blank");
        }
    }

    /** Builder of IKI. */
    public static final class Builder extends ImmutableIki.Builder {
        Builder() {}
    }
}
