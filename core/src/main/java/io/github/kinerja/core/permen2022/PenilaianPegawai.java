package io.github.kinerja.core.permen2022;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The input of a PermenPANRB 6/2022 appraisal of one employee for one period: the SKP, its evaluation and, when
 * the employee leads an organisation unit, that unit's predikat kinerja organisasi.
 *
 * <p>The evaluation must belong to the SKP (same SKP id).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PenilaianPegawai {

    PenilaianPegawai() {}

    /** Returns a new builder; {@code skp} and {@code evaluasi} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the SKP. */
    public abstract Skp skp();

    /** Returns the evaluation of the SKP for the period. */
    public abstract Evaluasi evaluasi();

    /**
     * Returns the predikat kinerja organisasi of the unit this employee leads, if the employee is a unit leader; it
     * then sets the rating hasil kerja.
     */
    public abstract Optional<PredikatOrganisasi> predikatUnitDipimpin();

    @Value.Check
    final void check() {
        if (!skp().id().equals(evaluasi().skpId())) {
            throw new IllegalArgumentException("evaluasi belongs to SKP " + evaluasi().skpId()
                    + ", not to SKP " + skp().id());
        }
    }

    /** Builder of appraisal inputs. */
    public static final class Builder extends ImmutablePenilaianPegawai.Builder {
        Builder() {}
    }
}
