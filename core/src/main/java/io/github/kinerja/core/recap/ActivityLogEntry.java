package io.github.kinerja.core.recap;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a daily activity log (pelaksanaan kegiatan harian): the date, the optional time and what was done.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ActivityLogEntry {

    ActivityLogEntry() {}

    /** Returns a new builder; {@code tanggal} and {@code deskripsi} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the date of the activity. */
    public abstract LocalDate tanggal();

    /** Returns the time of the activity, if recorded. */
    public abstract Optional<LocalTime> waktu();

    /** Returns the description of the activity. */
    public abstract String deskripsi();

    @Value.Check
    final void check() {
        if (deskripsi().isBlank()) {
            throw new IllegalArgumentException("deskripsi of the activity on " + tanggal() + " must not be blank");
        }
    }

    /** Builder of log entries. */
    public static final class Builder extends ImmutableActivityLogEntry.Builder {
        Builder() {}
    }
}
