package io.github.kinerja.core.pp46;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * A tugas tambahan (additional task) listed below the kegiatan of an SKP under PP 46/2011. The number of tugas
 * tambahan, not their content, sets the value added to the Nilai Capaian SKP.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class TugasTambahan {

    TugasTambahan() {}

    /**
     * Obtains a tugas tambahan.
     *
     * @param description  what the task was, not blank, not null
     * @return the tugas tambahan, not null
     * @throws IllegalArgumentException if the description is blank
     */
    public static TugasTambahan of(String description) {
        Objects.requireNonNull(description, "description");
        return ImmutableTugasTambahan.of(description);
    }

    /** Returns what the task was, as written on the form. */
    @Value.Parameter
    public abstract String description();

    @Value.Check
    final void check() {
        if (description().isBlank()) {
            throw new IllegalArgumentException("tugas tambahan description must not be blank");
        }
    }
}
