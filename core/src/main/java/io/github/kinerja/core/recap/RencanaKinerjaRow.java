package io.github.kinerja.core.recap;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One RHK (rencana hasil kerja) of a flat export of annual plans, with the text of the leader's RHK it intervenes
 * (RHK atasan yang diintervensi).
 *
 * <p>Exports carry the leader's RHK as text, not as a reference into the leader's SKP, so it is kept as text here.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class RencanaKinerjaRow {

    RencanaKinerjaRow() {}

    /** Returns a new builder; {@code uraian} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the identifier the source application gives the RHK, such as {@code 9133357}. */
    public abstract Optional<String> id();

    /** Returns the text of the RHK. */
    public abstract String uraian();

    /** Returns the text of the leader's RHK this RHK intervenes. */
    public abstract Optional<String> rhkAtasan();

    /** Returns the year of the plan. */
    public abstract Optional<Integer> tahun();

    /** Returns the team (tim kerja) the RHK belongs to. */
    public abstract Optional<String> tim();

    @Value.Check
    final void check() {
        if (uraian().isBlank()) {
            throw new IllegalArgumentException("uraian of an RHK must not be blank");
        }
    }

    /** Builder of RHK rows. */
    public static final class Builder extends ImmutableRencanaKinerjaRow.Builder {
        Builder() {}
    }
}
