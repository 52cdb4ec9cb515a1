package io.github.kinerja.core.pp46;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * A kreativitas (creativity) item of an SKP under PP 46/2011: a new idea or method, with the reach of its benefit.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Kreativitas {

    Kreativitas() {}

    /**
     * Obtains a kreativitas item.
     *
     * @param description  what was created, not blank, not null
     * @param manfaat  the reach of its benefit, not null
     * @return the item, not null
     * @throws IllegalArgumentException if the description is blank
     */
    public static Kreativitas of(String description, ManfaatKreativitas manfaat) {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(manfaat, "manfaat");
        return ImmutableKreativitas.of(description, manfaat);
    }

    /** Returns what was created, as written on the form. */
    @Value.Parameter
    public abstract String description();

    /** Returns the reach of the benefit, which sets the value. */
    @Value.Parameter
    public abstract ManfaatKreativitas manfaat();

    @Value.Check
    final void check() {
        if (description().isBlank()) {
            throw new IllegalArgumentException("kreativitas description must not be blank");
        }
    }
}
