package io.github.kinerja.core.pp46;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The target side of a kegiatan on an SKP under PP 46/2011: the planned kuantitas, kualitas, waktu, the optional
 * biaya and the optional angka kredit.
 *
 * <p>The numbers are taken as given, and {@link Pp46Validator} reports values the scoring cannot use, such as a waktu
 * target of zero or a kualitas above 100. A biaya target that is absent (printed "-" on the form) or zero means
 * the kegiatan has no budget and is scored on three aspects.
 *
 * <pre>{@code
 * Target target = Target.of(BigDecimal.ONE, new BigDecimal("100"), new BigDecimal("12"));
 * Target withBudget = Target.builder().from(target).biaya(new BigDecimal("170395000")).build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Target {

    Target() {}

    /**
     * Obtains a target without biaya and without angka kredit.
     *
     * @param kuantitas  the planned number of outputs, not null
     * @param kualitas  the planned quality, normally 100, not null
     * @param waktu  the planned time, not null
     * @return the target, not null
     */
    public static Target of(BigDecimal kuantitas, BigDecimal kualitas, BigDecimal waktu) {
        return builder().kuantitas(kuantitas).kualitas(kualitas).waktu(waktu).build();
    }

    /**
     * Obtains a target with biaya and without angka kredit.
     *
     * @param kuantitas  the planned number of outputs, not null
     * @param kualitas  the planned quality, normally 100, not null
     * @param waktu  the planned time, not null
     * @param biaya  the planned cost in Rupiah, where zero means no budget, not null
     * @return the target, not null
     */
    public static Target of(BigDecimal kuantitas, BigDecimal kualitas, BigDecimal waktu, BigDecimal biaya) {
        Objects.requireNonNull(biaya, "biaya");
        return builder().kuantitas(kuantitas).kualitas(kualitas).waktu(waktu).biaya(biaya).build();
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the planned angka kredit (credit points) of a jabatan fungsional; it plays no part in the score. */
    public abstract Optional<BigDecimal> angkaKredit();

    /** Returns the planned number of outputs. */
    public abstract BigDecimal kuantitas();

    /** Returns the planned quality, 0 to 100 and normally 100. */
    public abstract BigDecimal kualitas();

    /** Returns the planned time, in the kegiatan's {@linkplain Kegiatan#satuanWaktu() unit}. */
    public abstract BigDecimal waktu();

    /** Returns the planned cost in Rupiah, empty when the form prints "-". */
    public abstract Optional<BigDecimal> biaya();

    /** Checks if the target has a budget: a biaya that is present and not zero. */
    public boolean hasBiaya() {
        return biaya().map(b -> b.signum() != 0).orElse(false);
    }

    /** Builder of targets; kuantitas, kualitas and waktu are required. */
    public static final class Builder extends ImmutableTarget.Builder {
        Builder() {}
    }
}
