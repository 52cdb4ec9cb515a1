package io.github.kinerja.excel.write.internal;

/**
 * The fixed texts of the PermenPANRB 8/2021 SKP form that the writer prints and the reader looks for.
 */
public final class Permen2021Form {

    /** The name of the sheet. */
    public static final String SHEET_NAME = "SKP";
    /** The form title. */
    public static final String TITLE = "SASARAN KINERJA PEGAWAI";
    /** The text before the period under the title. */
    public static final String PERIOD_PREFIX = "Periode Penilaian ";
    /** The text of a flag cell that means yes. */
    public static final String YES = "Ya";
    /** The text of a flag cell that means no. */
    public static final String NO = "Tidak";
    /** The jenis target of a numeric target where a higher realisasi is better. */
    public static final String JENIS_NORMAL = "Normal";
    /** The jenis target of a numeric target where a lower realisasi is better. */
    public static final String JENIS_KONDISI_KHUSUS = "Kondisi Khusus";
    /** The jenis target of a qualitative target. */
    public static final String JENIS_KUALITATIF = "Kualitatif";

    private Permen2021Form() {}
}
