package io.github.kinerja.core.pp46;

/**
 * The aspects of a kegiatan tugas jabatan on an SKP under PP 46/2011, in the column order of the form.
 */
public enum AspekSkp {
    /** Kuant/Output: the number of outputs, in the kegiatan's {@linkplain Kegiatan#satuanOutput() satuan}. */
    KUANTITAS,
    /** Kual/Mutu: the quality of the outputs, 0 to 100. */
    KUALITAS,
    /** Waktu: the time taken, in the kegiatan's {@linkplain Kegiatan#satuanWaktu() unit}. */
    WAKTU,
    /** Biaya: the cost in Rupiah; only for a kegiatan with a budget. */
    BIAYA
}
