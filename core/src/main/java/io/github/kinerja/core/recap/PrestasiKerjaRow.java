package io.github.kinerja.core.recap;

import io.github.kinerja.core.Nip;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One employee of a {@link PrestasiKerjaRecap}: the nilai SKP, the six perilaku kerja scores and the Nilai
 * Prestasi Kerja of PP 46/2011, as the recap prints them.
 *
 * <p>The weighted parts are kept as printed ({@link #nilaiSkpTertimbang()} is the SKP × 60 %,
 * {@link #nilaiPerilakuTertimbang()} the perilaku average × 40 %). The NIP is kept as written in
 * {@link #nipText()}; {@link #nip()} is present only when that text is a valid NIP.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PrestasiKerjaRow {

    PrestasiKerjaRow() {}

    /** Returns a new builder; {@code nama} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the NIP as written, without a leading apostrophe. */
    public abstract Optional<String> nipText();

    /** Returns the NIP, if the written text is a valid NIP. */
    public abstract Optional<Nip> nip();

    /** Returns the name. */
    public abstract String nama();

    /** Returns the nilai capaian SKP. */
    public abstract Optional<BigDecimal> nilaiSkp();

    /** Returns the nilai SKP × 60 %, as printed. */
    public abstract Optional<BigDecimal> nilaiSkpTertimbang();

    /** Returns the score of orientasi pelayanan. */
    public abstract Optional<BigDecimal> orientasiPelayanan();

    /** Returns the score of integritas. */
    public abstract Optional<BigDecimal> integritas();

    /** Returns the score of komitmen. */
    public abstract Optional<BigDecimal> komitmen();

    /** Returns the score of disiplin. */
    public abstract Optional<BigDecimal> disiplin();

    /** Returns the score of kerja sama. */
    public abstract Optional<BigDecimal> kerjaSama();

    /** Returns the score of kepemimpinan, empty for an employee without a leadership post. */
    public abstract Optional<BigDecimal> kepemimpinan();

    /** Returns the sum of the perilaku kerja scores, as printed. */
    public abstract Optional<BigDecimal> jumlahPerilaku();

    /** Returns the average of the perilaku kerja scores, as printed. */
    public abstract Optional<BigDecimal> rataRataPerilaku();

    /** Returns the average of the perilaku kerja scores × 40 %, as printed. */
    public abstract Optional<BigDecimal> nilaiPerilakuTertimbang();

    /** Returns the Nilai Prestasi Kerja, as printed. */
    public abstract Optional<BigDecimal> nilaiPrestasiKerja();

    /** Returns the unit kerja. */
    public abstract Optional<String> unitKerja();

    /** Returns the parent unit (induk) of the unit kerja. */
    public abstract Optional<String> unitInduk();

    @Value.Check
    final void check() {
        if (nama().isBlank()) {
            throw new IllegalArgumentException("nama of a prestasi kerja row must not be blank");
        }
        if (nip().isPresent() && nipText().isEmpty()) {
            throw new IllegalArgumentException("nipText is required when nip is present, was empty for " + nama());
        }
    }

    /** Builder of prestasi kerja rows. */
    public static final class Builder extends ImmutablePrestasiKerjaRow.Builder {
        Builder() {}
    }
}
