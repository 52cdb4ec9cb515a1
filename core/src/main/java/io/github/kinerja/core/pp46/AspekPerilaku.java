package io.github.kinerja.core.pp46;

import java.util.EnumSet;
import java.util.Set;

/**
 * The aspects of perilaku kerja (work behaviour) under PP 46/2011, each scored 0 to 100 by the pejabat penilai.
 *
 * <p>Every PNS is rated on the first five, and {@link #KEPEMIMPINAN} only a pejabat struktural.
 */
public enum AspekPerilaku {
    /** Orientasi pelayanan (service orientation). */
    ORIENTASI_PELAYANAN("Orientasi Pelayanan"),
    /** Integritas (integrity). */
    INTEGRITAS("Integritas"),
    /** Komitmen (commitment). */
    KOMITMEN("Komitmen"),
    /** Disiplin (discipline). */
    DISIPLIN("Disiplin"),
    /** Kerja sama (cooperation). */
    KERJA_SAMA("Kerja Sama"),
    /** Kepemimpinan (leadership), only for pejabat struktural. */
    KEPEMIMPINAN("Kepemimpinan");

    private final String label;

    AspekPerilaku(String label) {
        this.label = label;
    }

    /** Returns the five aspects of a PNS who is not a pejabat struktural, as a new mutable set. */
    public static Set<AspekPerilaku> nonStruktural() {
        return EnumSet.range(ORIENTASI_PELAYANAN, KERJA_SAMA);
    }

    /** Returns the six aspects of a pejabat struktural, as a new mutable set. */
    public static Set<AspekPerilaku> struktural() {
        return EnumSet.allOf(AspekPerilaku.class);
    }

    /** Returns the label printed on the form, such as {@code Orientasi Pelayanan}. */
    public String label() {
        return label;
    }
}
