package io.github.kinerja.core.pp46;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The realisasi (achieved) side of a kegiatan on an SKP under PP 46/2011: the achieved kuantitas, kualitas, waktu,
 * the biaya spent and the angka kredit earned.
 *
 * <p>A kegiatan that was not executed has no realisasi at all ({@link Kegiatan#realisasi()} is empty) and scores 0.
 * A realisasi of zero in one aspect scores that aspect by its formula, which gives 0 for kuantitas, kualitas, waktu
 * and biaya alike.
 *
 * <pre>{@code
 * Realisasi realisasi = Realisasi.of(BigDecimal.ONE, new BigDecimal("90"), new BigDecimal("12"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Realisasi {

    Realisasi() {}

    /**
     * Obtains a realisasi without biaya and without angka kredit.
     *
     * @param kuantitas  the achieved number of outputs, not null
     * @param kualitas  the achieved quality, 0 to 100, not null
     * @param waktu  the time taken, not null
     * @return the realisasi, not null
     */
    public static Realisasi of(BigDecimal kuantitas, BigDecimal kualitas, BigDecimal waktu) {
        return builder().kuantitas(kuantitas).kualitas(kualitas).waktu(waktu).build();
    }

    /**
     * Obtains a realisasi with biaya and without angka kredit.
     *
     * @param kuantitas  the achieved number of outputs, not null
     * @param kualitas  the achieved quality, 0 to 100, not null
     * @param waktu  the time taken, not null
     * @param biaya  the cost spent in Rupiah, not null
     * @return the realisasi, not null
     */
    public static Realisasi of(BigDecimal kuantitas, BigDecimal kualitas, BigDecimal waktu, BigDecimal biaya) {
        Objects.requireNonNull(biaya, "biaya");
        return builder().kuantitas(kuantitas).kualitas(kualitas).waktu(waktu).biaya(biaya).build();
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the angka kredit (credit points) earned; it plays no part in the score. */
    public abstract Optional<BigDecimal> angkaKredit();

    /** Returns the achieved number of outputs. */
    public abstract BigDecimal kuantitas();

    /** Returns the achieved quality, 0 to 100. */
    public abstract BigDecimal kualitas();

    /** Returns the time taken, in the kegiatan's {@linkplain Kegiatan#satuanWaktu() unit}. */
    public abstract BigDecimal waktu();

    /** Returns the cost spent in Rupiah, empty when the form prints "-". */
    public abstract Optional<BigDecimal> biaya();

    /** Builder of realisasi; kuantitas, kualitas and waktu are required. */
    public static final class Builder extends ImmutableRealisasi.Builder {
        Builder() {}
    }
}
