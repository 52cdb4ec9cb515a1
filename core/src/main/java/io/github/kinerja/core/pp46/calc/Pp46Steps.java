package io.github.kinerja.core.pp46.calc;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.pp46.AspekSkp;
import java.util.Locale;
import java.util.Objects;

/**
 * The stable {@linkplain CalculationStep#name() names} of the steps the PP 46 calculators explain themselves with.
 *
 * <p>The names are stable across releases, so callers may pick steps by name, for example to print the
 * efisiensi of every kegiatan.
 */
public final class Pp46Steps {

    /** Capaian of the kuantitas aspect: {@code RO / TO × 100}. */
    public static final String KUANTITAS_CAPAIAN = "pp46.kuantitas.capaian";
    /** Capaian of the kualitas aspect: {@code RK / TK × 100}. */
    public static final String KUALITAS_CAPAIAN = "pp46.kualitas.capaian";
    /** Efisiensi of the waktu aspect: {@code 100 - RW / TW × 100}. */
    public static final String WAKTU_EFISIENSI = "pp46.waktu.efisiensi";
    /** Capaian of the waktu aspect, by the branch the efisiensi selects. */
    public static final String WAKTU_CAPAIAN = "pp46.waktu.capaian";
    /** Efisiensi of the biaya aspect: {@code 100 - RB / TB × 100}. */
    public static final String BIAYA_EFISIENSI = "pp46.biaya.efisiensi";
    /** Capaian of the biaya aspect, by the branch the efisiensi selects. */
    public static final String BIAYA_CAPAIAN = "pp46.biaya.capaian";
    /** Penghitungan of a kegiatan: the sum of its aspect capaian. */
    public static final String KEGIATAN_PENGHITUNGAN = "pp46.kegiatan.penghitungan";
    /** Nilai capaian of a kegiatan: the penghitungan divided by 3 or 4. */
    public static final String KEGIATAN_NILAI = "pp46.kegiatan.nilai";
    /** A kegiatan value rounded before averaging, under {@link io.github.kinerja.core.RoundingStage#EACH_ITEM}. */
    public static final String KEGIATAN_ROUNDED = "pp46.kegiatan.rounded";
    /** Mean of the kegiatan values. */
    public static final String SKP_MEAN = "pp46.skp.mean";
    /** Value of the tugas tambahan. */
    public static final String SKP_TUGAS_TAMBAHAN = "pp46.skp.tugasTambahan";
    /** Value of the kreativitas. */
    public static final String SKP_KREATIVITAS = "pp46.skp.kreativitas";
    /** Nilai Capaian SKP: the mean plus tugas tambahan plus kreativitas. */
    public static final String SKP_CAPAIAN = "pp46.skp.capaian";
    /** Nilai Capaian SKP rounded for presentation. */
    public static final String SKP_ROUNDED = "pp46.skp.rounded";
    /** Mean of the perilaku kerja scores. */
    public static final String PERILAKU_MEAN = "pp46.perilaku.mean";
    /** Perilaku mean rounded for presentation. */
    public static final String PERILAKU_ROUNDED = "pp46.perilaku.rounded";
    /** Weighted SKP part of the Nilai Prestasi Kerja. */
    public static final String PRESTASI_SKP = "pp46.prestasi.skp";
    /** Weighted perilaku part of the Nilai Prestasi Kerja. */
    public static final String PRESTASI_PERILAKU = "pp46.prestasi.perilaku";
    /** Nilai Prestasi Kerja: the sum of both weighted parts. */
    public static final String PRESTASI_NILAI = "pp46.prestasi.nilai";
    /** Nilai Prestasi Kerja rounded for presentation. */
    public static final String PRESTASI_ROUNDED = "pp46.prestasi.rounded";

    private Pp46Steps() {}

    /**
     * Returns the name of the capaian step of an aspect, such as {@value #WAKTU_CAPAIAN}.
     *
     * @param aspek  the aspect, not null
     * @return the step name, not null
     */
    public static String capaian(AspekSkp aspek) {
        Objects.requireNonNull(aspek, "aspek");
        return "pp46." + aspek.name().toLowerCase(Locale.ROOT) + ".capaian";
    }

    /**
     * Returns the name of the efisiensi step of the waktu or biaya aspect, such as {@value #WAKTU_EFISIENSI}.
     *
     * @param aspek  the aspect, not null
     * @return the step name, not null
     */
    public static String efisiensi(AspekSkp aspek) {
        Objects.requireNonNull(aspek, "aspek");
        return "pp46." + aspek.name().toLowerCase(Locale.ROOT) + ".efisiensi";
    }
}
