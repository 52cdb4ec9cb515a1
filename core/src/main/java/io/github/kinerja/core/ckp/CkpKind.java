package io.github.kinerja.core.ckp;

/**
 * The two CKP forms of a month: the target agreed at its start and the realisation scored at its end.
 */
public enum CkpKind {
    /** CKP-T (Target Kinerja Pegawai): the kegiatan with their target kuantitas. */
    TARGET("CKP-T"),
    /** CKP-R (Capaian Kinerja Pegawai): target, realisasi, capaian and tingkat kualitas of each kegiatan. */
    REALISASI("CKP-R");

    private final String code;

    CkpKind(String code) {
        this.code = code;
    }

    /** Returns the code the form prints in its corner and uses as its sheet name, {@code CKP-T} or {@code CKP-R}. */
    public String code() {
        return code;
    }
}
