package io.github.kinerja.core.pp46;

import java.util.Locale;
import java.util.Objects;

/**
 * The category (sebutan) of a score under PP 46/2011, used for the Nilai Capaian SKP, each perilaku aspect, the
 * perilaku average and the Nilai Prestasi Kerja.
 *
 * <p>The sources print the bands as integer ranges: Sangat Baik 91 and above, Baik 76 to 90, Cukup 61 to 75,
 * Kurang 51 to 60, Buruk 50 and below. How a fractional score between two ranges is placed is a policy of the
 * calculator. The 51 to 60 band is called Kurang under PP 46/2011; older systems still print the label "Sedang" of
 * the DP3 appraisal that came before it ({@link #legacyLabel()}).
 */
public enum KategoriPp46 {
    /** Sangat Baik (very good): 91 and above. */
    SANGAT_BAIK("Sangat Baik"),
    /** Baik (good): 76 to 90. */
    BAIK("Baik"),
    /** Cukup (sufficient): 61 to 75. */
    CUKUP("Cukup"),
    /** Kurang (poor): 51 to 60; labelled "Sedang" by systems that kept the DP3 wording. */
    KURANG("Kurang"),
    /** Buruk (bad): 50 and below. */
    BURUK("Buruk");

    private final String label;

    KategoriPp46(String label) {
        this.label = label;
    }

    /**
     * Obtains the category from its printed label, in any letter case and with surrounding spaces ignored. The
     * legacy label "Sedang" reads as {@link #KURANG}.
     *
     * @param label  the label, such as {@code Sangat Baik}, not null
     * @return the category, not null
     * @throws IllegalArgumentException if the label is none of Sangat Baik, Baik, Cukup, Kurang, Sedang or Buruk
     */
    public static KategoriPp46 fromLabel(CharSequence label) {
        Objects.requireNonNull(label, "label");
        String normalized = label.toString().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (normalized.equals("sedang")) {
            return KURANG;
        }
        for (KategoriPp46 kategori : values()) {
            if (kategori.label.toLowerCase(Locale.ROOT).equals(normalized)) {
                return kategori;
            }
        }
        throw new IllegalArgumentException("kategori label must be one of Sangat Baik, Baik, Cukup, Kurang, Sedang"
                + " or Buruk, was \"" + label + "\"");
    }

    /** Returns the label printed on PP 46/2011 forms, such as {@code Sangat Baik} or {@code Kurang}. */
    public String label() {
        return label;
    }

    /** Returns the label used by systems that kept the DP3 wording: {@code Sedang} for {@link #KURANG}. */
    public String legacyLabel() {
        return this == KURANG ? "Sedang" : label;
    }
}
