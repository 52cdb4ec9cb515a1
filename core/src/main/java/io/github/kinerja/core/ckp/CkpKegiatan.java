package io.github.kinerja.core.ckp;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One kegiatan (activity) row of a CKP form.
 *
 * <p>A CKP-T row has a target kuantitas; a CKP-R row also has the realisasi, the capaian in percent the form shows
 * and the tingkat kualitas (quality, 0 to 100). Every number is optional because forms leave cells empty, and no
 * range is enforced: the {@link CkpCalculator calculator} reports a missing or invalid number instead of rejecting
 * the whole form. Text attributes, when present, are not blank.
 *
 * <pre>{@code
 * CkpKegiatan row = CkpKegiatan.builder()
 *         .jenis(JenisKegiatan.UTAMA)
 *         .uraian("Pencacahan SUSENAS Maret 2021")
 *         .satuan("Rumah Tangga")
 *         .targetKuantitas(new BigDecimal("10"))
 *         .realisasiKuantitas(new BigDecimal("10"))
 *         .tingkatKualitas(new BigDecimal("95"))
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CkpKegiatan {

    CkpKegiatan() {}

    /**
     * Obtains a kegiatan with only a section and an uraian.
     *
     * @param jenis  the section, not null
     * @param uraian  the description of the kegiatan, not blank, not null
     * @return the kegiatan, not null
     * @throws IllegalArgumentException if the uraian is blank
     */
    public static CkpKegiatan of(JenisKegiatan jenis, String uraian) {
        Objects.requireNonNull(jenis, "jenis");
        Objects.requireNonNull(uraian, "uraian");
        return builder().jenis(jenis).uraian(uraian).build();
    }

    /** Returns a new builder; {@code jenis} and {@code uraian} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the section the kegiatan is listed in. */
    public abstract JenisKegiatan jenis();

    /**
     * Returns the item number as written, such as {@code 16}; numbers are not unique on real forms, so this is a
     * label and not a key.
     */
    public abstract Optional<String> nomor();

    /** Returns the uraian kegiatan, the description of the activity. */
    public abstract String uraian();

    /**
     * Returns the group heading the kegiatan stands under, such as {@code Bagian Tata Usaha}, on forms that group
     * their rows by organisation unit.
     */
    public abstract Optional<String> kelompok();

    /** Returns the satuan (unit of output), such as {@code Dokumen}. */
    public abstract Optional<String> satuan();

    /** Returns the target kuantitas (planned output count). */
    public abstract Optional<BigDecimal> targetKuantitas();

    /** Returns the realisasi kuantitas (achieved output count); only a CKP-R has it. */
    public abstract Optional<BigDecimal> realisasiKuantitas();

    /**
     * Returns the capaian kuantitas in percent as the form shows it (the {@code %} column), which the calculator
     * compares with its own realisasi / target × 100.
     */
    public abstract Optional<FormValue> shownCapaian();

    /** Returns the tingkat kualitas (quality) in percent, 0 to 100 on valid forms; only a CKP-R has it. */
    public abstract Optional<BigDecimal> tingkatKualitas();

    /** Returns the kode butir kegiatan, the code of the activity in the credit-point catalogue. */
    public abstract Optional<String> kodeButir();

    /** Returns the angka kredit (credit points) of the kegiatan. */
    public abstract Optional<BigDecimal> angkaKredit();

    /** Returns the keterangan (remarks) column. */
    public abstract Optional<String> keterangan();

    /**
     * Returns where the row stands in the source, such as {@code CKP-R!A13}, for the locations of findings; empty
     * when unknown.
     */
    public abstract Optional<String> location();

    @Value.Check
    final void check() {
        if (uraian().isBlank()) {
            throw new IllegalArgumentException("uraian must not be blank, was \"" + uraian() + "\"");
        }
        requireNotBlank("nomor", nomor());
        requireNotBlank("kelompok", kelompok());
        requireNotBlank("satuan", satuan());
        requireNotBlank("kodeButir", kodeButir());
        requireNotBlank("keterangan", keterangan());
    }

    private static void requireNotBlank(String name, Optional<String> text) {
        if (text.map(String::isBlank).orElse(false)) {
            throw new IllegalArgumentException(name + " must not be blank when present; leave it empty instead");
        }
    }

    /** Builder of kegiatan; {@code jenis} and {@code uraian} are required. */
    public static final class Builder extends ImmutableCkpKegiatan.Builder {
        Builder() {}
    }
}
