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
    /**
     * PermenPANRB 8/2021 Sasaran Kinerja Pegawai: identity blocks, then {@code RENCANA KINERJA} with one
     * {@code INDIKATOR KINERJA INDIVIDU} per row, its target, realisasi, capaian and nilai, the nilai SKP and, for an
     * appraisal, the nilai akhir and the predikat.
     */
    PERMEN2021_SKP,
    /** BPS CKP-T (target) and CKP-R (realisation) monthly forms. */
    BPS_CKP,
    /**
     * BKN e-Kinerja <i>Laporan Penilaian SKP</i> export of PermenPANRB 6/2022: metadata rows, then one row per
     * employee with {@code nip}, {@code nama}, {@code hasil_kerja}, {@code perilaku_kerja} and {@code hasil_akhir}.
     */
    BKN_LAPORAN_PENILAIAN_SKP,
    /**
     * PP 46/2011 recap of the Nilai Prestasi Kerja, one row per employee: {@code NIP | Nama | SKP | SKPx60% |} the
     * perilaku aspects {@code | … | Nilai Prestasi Kerja}, often over a row of machine keys such as {@code skp_nilai}.
     */
    PP46_PRESTASI_KERJA_RECAP,
    /** KiPApp export of annual RHK: {@code rkid | rencana_kinerja | rencana_kinerja_atasan | tahun | tim}. */
    KIPAPP_RENCANA_KINERJA,
    /** KiPApp export of the monthly activity log: {@code tanggal | waktu | deskripsi | tahun | bulan}. */
    KIPAPP_PELAKSANAAN_BULANAN,
    /** e-Kinerja activity list: {@code NO | URAIAN AKTIVITAS | SATUAN/ HASIL AKHIR | WAKTU}. */
    EKINERJA_AKTIVITAS,
    /**
     * PermenPANRB 6/2022 Sasaran Kinerja Pegawai (the plan), as the library writes it or BKN e-Kinerja prints it:
     * identity blocks, then {@code NO | RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI | RENCANA HASIL KERJA | ASPEK |
     * INDIKATOR KINERJA INDIVIDU | TARGET}, the perilaku kerja with the ekspektasi khusus pimpinan and the Lampiran.
     */
    PERMEN2022_SKP,
    /**
     * PermenPANRB 6/2022 evaluation document: the plan table with {@code REALISASI BERDASARKAN BUKTI DUKUNG} and
     * {@code UMPAN BALIK BERKELANJUTAN} columns, then the rating hasil kerja, the rating perilaku kerja and the
     * predikat kinerja pegawai.
     */
    PERMEN2022_EVALUASI,
    /**
     * PermenPANRB 6/2022 recap of a unit kerja as {@code io.github.kinerja.excel.write.Permen2022RecapWriter} writes
     * it: the title {@code REKAPITULASI PREDIKAT KINERJA PEGAWAI}, unit kerja and periode, then
     * {@code NO | NIP | NAMA | JABATAN | RATING HASIL KERJA | RATING PERILAKU KERJA | PREDIKAT KINERJA PEGAWAI} with
     * one row per employee, continued on further sheets with the same header row, and the distribution table below.
     */
    PERMEN2022_UNIT_RECAP
}
