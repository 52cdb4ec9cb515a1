package io.github.kinerja.core.permen2022;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The realisasi of one IKI in one evaluation period: the value reached (for a numeric target) or a description (for
 * a qualitative one), and the bukti dukung (evidence).
 *
 * <p>The satuan is optional; when given, validation checks it against the target's satuan.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class RealisasiIki {

    RealisasiIki() {}

    /**
     * Obtains a numeric realisasi without evidence.
     *
     * @param ikiId  the id of the IKI, not null
     * @param nilai  the value reached, zero or more, not null
     * @return the realisasi, not null
     * @throws IllegalArgumentException if the value is negative
     */
    public static RealisasiIki of(String ikiId, BigDecimal nilai) {
        Objects.requireNonNull(ikiId, "ikiId");
        Objects.requireNonNull(nilai, "nilai");
        return builder().ikiId(ikiId).nilai(nilai).build();
    }

    /** Returns a new builder; {@code ikiId} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the id of the IKI within the SKP. */
    public abstract String ikiId();

    /** Returns the value reached, for a numeric target. */
    public abstract Optional<BigDecimal> nilai();

    /** Returns the satuan the value was recorded in, if given. */
    public abstract Optional<String> satuan();

    /** Returns a description of the result, for a qualitative target or as a note. */
    public abstract Optional<String> keterangan();

    /** Returns the bukti dukung, in input order. */
    public abstract List<BuktiDukung> buktiDukung();

    @Value.Check
    final void check() {
        if (ikiId().isBlank()) {
            throw new IllegalArgumentException("ikiId of a realisasi must not be blank");
        }
        if (nilai().map(n -> n.signum() < 0).orElse(false)) {
            throw new IllegalArgumentException("realisasi of IKI " + ikiId() + " must be zero or more, was "
                    + nilai().orElseThrow().toPlainString());
        }
        if (satuan().map(String::isBlank).orElse(false) || keterangan().map(String::isBlank).orElse(false)) {
            throw new IllegalArgumentException("satuan and keterangan of the realisasi of IKI " + ikiId()
                    + " must not be blank when present; leave them empty instead");
        }
    }

    /** Builder of realisasi. */
    public static final class Builder extends ImmutableRealisasiIki.Builder {
        Builder() {}
    }
}
