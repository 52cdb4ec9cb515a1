package io.github.kinerja.core.ckp;

/**
 * The section of a CKP form a kegiatan is listed in.
 */
public enum JenisKegiatan {
    /** Kegiatan utama: the main tasks of the position. */
    UTAMA,
    /** Kegiatan tambahan: additional tasks assigned during the month. */
    TAMBAHAN
}
