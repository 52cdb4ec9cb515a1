package io.github.kinerja.core.permen2021;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One IKI (Indikator Kinerja Individu) of a PermenPANRB 8/2021 rencana kinerja: the indicator, its target, and
 * the realisasi once known.
 *
 * <p>The capaian is computed from the realisasi, unless the appraiser sets it ({@link #capaianPenilai()}), which a
 * qualitative target needs. An IKI without either has capaian 0 %. The {@link #bobot() bobot} weighs the IKI within
 * its rencana kinerja; without bobot all IKI weigh the same.
 *
 * <pre>{@code
 * Iki iki = Iki.builder()
 *         .id("1.1")
 *         .indikator("Jumlah laporan monitoring yang disampaikan")
 *         .target(IkiTarget.of(new BigDecimal("12"), "laporan"))
 *         .realisasi(new BigDecimal("12"))
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Iki {

    Iki() {}

    /** Returns a new builder; {@code id}, {@code indikator} and {@code target} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the identifier of the IKI, unique within its rencana kinerja, such as {@code 1.1}. */
    public abstract String id();

    /** Returns the indicator text. */
    public abstract String indikator();

    /** Returns the target. */
    public abstract IkiTarget target();

    /** Returns the realisasi in the target's satuan, if recorded. */
    public abstract Optional<BigDecimal> realisasi();

    /** Returns the capaian in percent set by the appraiser, if any; it takes precedence over the realisasi. */
    public abstract Optional<BigDecimal> capaianPenilai();

    /** Returns the weight of this IKI within its rencana kinerja, in percent, if given. */
    public abstract Optional<BigDecimal> bobot();

    /**
     * Returns a copy of this IKI with a realisasi.
     *
     * @param realisasi  the realisasi, zero or more, not null
     * @return the IKI, not null
     * @throws IllegalArgumentException if the realisasi is negative
     */
    public abstract Iki withRealisasi(BigDecimal realisasi);

    /**
     * Returns a copy of this IKI with a capaian set by the appraiser.
     *
     * @param capaianPenilai  the capaian in percent, zero or more, not null
     * @return the IKI, not null
     * @throws IllegalArgumentException if the capaian is negative
     */
    public abstract Iki withCapaianPenilai(BigDecimal capaianPenilai);

    /**
     * Returns a copy of this IKI with a bobot.
     *
     * @param bobot  the weight in percent, above 0 and at most 100, not null
     * @return the IKI, not null
     * @throws IllegalArgumentException if the bobot is outside (0, 100]
     */
    public abstract Iki withBobot(BigDecimal bobot);

    @Value.Check
    final void check() {
        if (id().isBlank()) {
            throw new IllegalArgumentException("id of an IKI must not be blank");
        }
        if (indikator().isBlank()) {
            throw new IllegalArgumentException("indikator of IKI " + id() + " must not be blank");
        }
        if (realisasi().map(r -> r.signum() < 0).orElse(false)) {
            throw new IllegalArgumentException("realisasi of IKI " + id() + " must be zero or more, was "
                    + realisasi().orElseThrow().toPlainString());
        }
        if (capaianPenilai().map(c -> c.signum() < 0).orElse(false)) {
            throw new IllegalArgumentException("capaianPenilai of IKI " + id() + " must be zero or more, was "
                    + capaianPenilai().orElseThrow().toPlainString());
        }
        Weights.checkBobot("IKI " + id(), bobot());
    }

    /** Builder of IKI. */
    public static final class Builder extends ImmutableIki.Builder {
        Builder() {}
    }
}
