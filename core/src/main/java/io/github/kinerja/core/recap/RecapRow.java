package io.github.kinerja.core.recap;

import io.github.kinerja.core.Golongan;
import io.github.kinerja.core.Nip;
import io.github.kinerja.core.permen2022.PredikatPegawai;
import io.github.kinerja.core.permen2022.Rating;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One employee of a {@link UnitRecap}: identity, the two ratings and the predikat kinerja as the report states them.
 *
 * <p>The NIP is kept as written in {@link #nipText()}; {@link #nip()} is present only when that text is a valid NIP.
 * The predikat is the report's own value and may disagree with the matrix of the two ratings; readers report that.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class RecapRow {

    RecapRow() {}

    /** Returns a new builder; {@code nama} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the row number as the report prints it, if any. */
    public abstract Optional<String> nomor();

    /** Returns the NIP as written, which may be invalid or truncated. */
    public abstract Optional<String> nipText();

    /** Returns the NIP, if the written text is a valid NIP. */
    public abstract Optional<Nip> nip();

    /** Returns the name. */
    public abstract String nama();

    /** Returns the jabatan of the SKP. */
    public abstract Optional<String> jabatan();

    /** Returns the unit organisasi (unor) of the SKP. */
    public abstract Optional<String> unor();

    /** Returns the parent unit organisasi (unor induk) of the SKP. */
    public abstract Optional<String> unorInduk();

    /** Returns the golongan ruang, if the report's text names one. */
    public abstract Optional<Golongan> golongan();

    /** Returns the kind of employee, such as {@code PNS} or {@code PPPK}. */
    public abstract Optional<String> jenisPegawai();

    /** Returns the rating hasil kerja. */
    public abstract Optional<Rating> hasilKerja();

    /** Returns the rating perilaku kerja. */
    public abstract Optional<Rating> perilakuKerja();

    /** Returns the predikat kinerja pegawai (hasil akhir) as the report states it. */
    public abstract Optional<PredikatPegawai> predikat();

    @Value.Check
    final void check() {
        if (nama().isBlank()) {
            throw new IllegalArgumentException("nama of a recap row must not be blank");
        }
        if (nip().isPresent() && nipText().isEmpty()) {
            throw new IllegalArgumentException("nipText is required when nip is present, was empty for " + nama());
        }
    }

    /** Builder of recap rows. */
    public static final class Builder extends ImmutableRecapRow.Builder {
        Builder() {}
    }
}
