package io.github.kinerja.core.ckp;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The recomputed capaian kuantitas of one kegiatan, next to the kegiatan itself and so to the capaian its form shows.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CkpKegiatanResult {

    CkpKegiatanResult() {}

    /**
     * Obtains a kegiatan result.
     *
     * @param kegiatan  the kegiatan, not null
     * @param capaian  the recomputed capaian in percent, empty when it cannot be computed, not null
     * @return the result, not null
     */
    public static CkpKegiatanResult of(CkpKegiatan kegiatan, Optional<BigDecimal> capaian) {
        Objects.requireNonNull(kegiatan, "kegiatan");
        Objects.requireNonNull(capaian, "capaian");
        return ImmutableCkpKegiatanResult.builder().kegiatan(kegiatan).capaian(capaian).build();
    }

    /** Returns the kegiatan as read from the form. */
    public abstract CkpKegiatan kegiatan();

    /**
     * Returns the recomputed capaian kuantitas in percent, exact and capped as the calculator's {@link CapaianCap}
     * says; empty when the kegiatan has no usable target.
     */
    public abstract Optional<BigDecimal> capaian();
}
