package io.github.kinerja.core.permen2022;

import io.github.kinerja.core.Nip;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation unit (satuan organisasi) with its leader and, once set, its {@link PredikatOrganisasi} for the
 * period under evaluation.
 *
 * <p>The predikat fixes the {@link PolaDistribusi pola distribusi} of the unit's employees, and for the unit's
 * leader it becomes the rating hasil kerja (see {@link UnitLeaderRatingPolicy}).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnitOrganisasi {

    UnitOrganisasi() {}

    /** Returns a new builder; {@code id} and {@code nama} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the identifier of the unit, which {@link Skp#unitId()} refers to. */
    public abstract String id();

    /** Returns the name of the unit. */
    public abstract String nama();

    /** Returns the id of the parent unit, if any. */
    public abstract Optional<String> indukId();

    /** Returns the NIP of the unit's leader, if known. */
    public abstract Optional<Nip> pimpinan();

    /** Returns the predikat kinerja organisasi for the period under evaluation, once set. */
    public abstract Optional<PredikatOrganisasi> predikat();

    @Value.Check
    final void check() {
        if (id().isBlank() || nama().isBlank()) {
            throw new IllegalArgumentException("id and nama of a unit must not be blank, was \"" + id() + "\" and \""
                    + nama() + "\"");
        }
    }

    /** Builder of units. */
    public static final class Builder extends ImmutableUnitOrganisasi.Builder {
        Builder() {}
    }
}
