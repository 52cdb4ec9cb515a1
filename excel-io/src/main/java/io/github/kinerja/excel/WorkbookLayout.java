package io.github.kinerja.excel;

/**
 * The workbook layouts the readers recognise.
 */
public enum WorkbookLayout {
    /**
     * PP 46/2011 Formulir Sasaran Kerja Pegawai (the plan): identity blocks of pejabat penilai and pegawai, then
     * {@code NO | KEGIATAN TUGAS JABATAN | AK | TARGET} with kuantitas, kualitas, waktu and biaya.
     */
    PP46_FORMULIR_SKP,
    /**
     * PP 46/2011 Penilaian Capaian Sasaran Kerja Pegawai (the evaluation): target and realisasi side by side with
     * penghitungan and nilai capaian per kegiatan, then tugas tambahan, kreativitas and the Nilai Capaian SKP;
     * optionally a summary sheet with the perilaku kerja.
     */
    PP46_PENILAIAN_SKP,
    /** BPS CKP-T (target) and CKP-R (realisation) monthly forms. */
    BPS_CKP
}
