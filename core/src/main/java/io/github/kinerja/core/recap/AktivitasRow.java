package io.github.kinerja.core.recap;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One activity of an activity list (daftar aktivitas) that an e-Kinerja application imports: its description, the
 * unit of its result (satuan hasil) and its time.
 *
 * <p>The time is kept as the list gives it, without a unit, because the lists do not state one.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AktivitasRow {

    AktivitasRow() {}

    /** Returns a new builder; {@code uraian} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the row number as the list prints it. */
    public abstract Optional<String> nomor();

    /** Returns the description of the activity (uraian aktivitas). */
    public abstract String uraian();

    /** Returns the unit of the result (satuan hasil akhir), such as {@code Kegiatan}. */
    public abstract Optional<String> satuan();

    /** Returns the time (waktu) as the list gives it. */
    public abstract Optional<BigDecimal> waktu();

    @Value.Check
    final void check() {
        if (uraian().isBlank()) {
            throw new IllegalArgumentException("uraian of an activity must not be blank");
        }
    }

    /** Builder of activity rows. */
    public static final class Builder extends ImmutableAktivitasRow.Builder {
        Builder() {}
    }
}
