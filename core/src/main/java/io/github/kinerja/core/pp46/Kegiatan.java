package io.github.kinerja.core.pp46;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A kegiatan tugas jabatan (job-task activity), one row of an SKP under PP 46/2011.
 *
 * <p>A kegiatan has a name, the units of its kuantitas and waktu, a {@link Target} and, once executed, a
 * {@link Realisasi}. An empty realisasi means the kegiatan was not executed, so it scores 0 on every aspect. The
 * target is optional only so that a form row without one can be read and reported by {@link Pp46Validator}; a
 * kegiatan without a target cannot be scored.
 *
 * <pre>{@code
 * Kegiatan kegiatan = Kegiatan.builder()
 *         .name("Menyusun laporan kinerja")
 *         .satuanOutput("laporan")
 *         .target(Target.of(BigDecimal.ONE, new BigDecimal("100"), new BigDecimal("12")))
 *         .realisasi(Realisasi.of(BigDecimal.ONE, new BigDecimal("90"), new BigDecimal("12")))
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Kegiatan {

    Kegiatan() {}

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the name of the kegiatan as written on the form, not blank. */
    public abstract String name();

    /** Returns the unit of the kuantitas, such as {@code laporan} or {@code dokumen}, if the form gives one. */
    public abstract Optional<String> satuanOutput();

    /** Returns the unit of the waktu aspect, {@link SatuanWaktu#BULAN} by default. */
    @Value.Default
    public SatuanWaktu satuanWaktu() {
        return SatuanWaktu.BULAN;
    }

    /** Returns the target, empty only for a form row that lacks one (a validation error). */
    public abstract Optional<Target> target();

    /** Returns the realisasi, empty if the kegiatan was not executed. */
    public abstract Optional<Realisasi> realisasi();

    /** Checks if the kegiatan was executed, that is, has a realisasi. */
    public boolean isExecuted() {
        return realisasi().isPresent();
    }

    @Value.Check
    final void check() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("kegiatan name must not be blank, was \"" + name() + "\"");
        }
        if (satuanOutput().map(String::isBlank).orElse(false)) {
            throw new IllegalArgumentException(
                    "satuanOutput must not be blank when present, for kegiatan \"" + name() + "\"");
        }
    }

    /** Builder of kegiatan; the name is required. */
    public static final class Builder extends ImmutableKegiatan.Builder {
        Builder() {}
    }
}
