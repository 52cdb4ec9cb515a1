package io.github.kinerja.core.permen2022;

import java.math.BigDecimal;

/**
 * The jenjang (grade) of a jabatan fungsional with its annual angka kredit koefisien (PermenPANRB 1/2023), the base
 * of the {@link AngkaKreditCalculator angka kredit conversion}.
 *
 * <p>Only Ahli Pertama (12.5) and Ahli Muda (25) were confirmed from published examples of the conversion; the
 * other koefisien come from public HR software that uses the reference data of SIASN, BKN's national HR system
 * ({@link #isKoefisienConfirmed()} returns which). Pass an explicit koefisien to the calculator where a jabatan
 * differs.
 */
public enum JenjangJf {
    /** Pemula (keterampilan), koefisien 3.75. */
    PEMULA("Pemula", "3.75", false),
    /** Terampil (keterampilan), koefisien 5. */
    TERAMPIL("Terampil", "5", false),
    /** Mahir (keterampilan), koefisien 12.5. */
    MAHIR("Mahir", "12.5", false),
    /** Penyelia (keterampilan), koefisien 25. */
    PENYELIA("Penyelia", "25", false),
    /** Ahli Pertama (keahlian), koefisien 12.5. */
    AHLI_PERTAMA("Ahli Pertama", "12.5", true),
    /** Ahli Muda (keahlian), koefisien 25. */
    AHLI_MUDA("Ahli Muda", "25", true),
    /** Ahli Madya (keahlian), koefisien 37.5. */
    AHLI_MADYA("Ahli Madya", "37.5", false),
    /** Ahli Utama (keahlian), koefisien 50. */
    AHLI_UTAMA("Ahli Utama", "50", false);

    private final String label;
    private final BigDecimal koefisien;
    private final boolean koefisienConfirmed;

    JenjangJf(String label, String koefisien, boolean koefisienConfirmed) {
        this.label = label;
        this.koefisien = new BigDecimal(koefisien);
        this.koefisienConfirmed = koefisienConfirmed;
    }

    /** Returns the label, such as {@code Ahli Pertama}. */
    public String label() {
        return label;
    }

    /** Returns the annual koefisien, the angka kredit of a full year with predikat Baik. */
    public BigDecimal koefisien() {
        return koefisien;
    }

    /** Checks if the koefisien was confirmed from a published example rather than taken from HR software only. */
    public boolean isKoefisienConfirmed() {
        return koefisienConfirmed;
    }
}
