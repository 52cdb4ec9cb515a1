package io.github.kinerja.core.permen2022;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * A reference to one RHK in another SKP: the {@link Skp#id() SKP id} and the {@link Rhk#id() RHK id} within it.
 *
 * <p>An RHK uses it to name the RHK atasan yang diintervensi, the superior's RHK that it supports.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class RhkReference {

    RhkReference() {}

    /**
     * Obtains a reference.
     *
     * @param skpId  the id of the SKP that contains the RHK, not blank, not null
     * @param rhkId  the id of the RHK within that SKP, not blank, not null
     * @return the reference, not null
     * @throws IllegalArgumentException if an id is blank
     */
    public static RhkReference of(String skpId, String rhkId) {
        Objects.requireNonNull(skpId, "skpId");
        Objects.requireNonNull(rhkId, "rhkId");
        return ImmutableRhkReference.of(skpId, rhkId);
    }

    /** Returns the id of the SKP that contains the RHK. */
    @Value.Parameter
    public abstract String skpId();

    /** Returns the id of the RHK within that SKP. */
    @Value.Parameter
    public abstract String rhkId();

    @Value.Check
    final void check() {
        if (skpId().isBlank() || rhkId().isBlank()) {
            throw new IllegalArgumentException("skpId and rhkId must not be blank, was \"" + skpId() + "\" and \""
                    + rhkId() + "\"");
        }
    }

    /** Returns the reference as {@code skpId/rhkId}. */
    @Override
    public String toString() {
        return skpId() + "/" + rhkId();
    }
}
