package io.github.kinerja.core.permen2021;

import java.math.BigDecimal;

/**
 * The weights of nilai SKP and nilai perilaku kerja in the nilai akhir, per PP 30/2019 Pasal 41.
 *
 * <p>An instansi (agency) that rates perilaku kerja with input from peers at the same level and from direct
 * subordinates uses 60/40; one that does not uses 70/30. Pick with {@link #forPeerInput(boolean)}.
 */
public enum PrestasiWeights {
    /** 70 % nilai SKP and 30 % perilaku kerja, for an instansi without peer or subordinate input. */
    SEVENTY_THIRTY(new BigDecimal("0.70"), new BigDecimal("0.30")),
    /** 60 % nilai SKP and 40 % perilaku kerja, for an instansi with peer and subordinate input. */
    SIXTY_FORTY(new BigDecimal("0.60"), new BigDecimal("0.40"));

    private final BigDecimal skp;
    private final BigDecimal perilaku;

    PrestasiWeights(BigDecimal skp, BigDecimal perilaku) {
        this.skp = skp;
        this.perilaku = perilaku;
    }

    /**
     * Returns the weights for an instansi.
     *
     * @param usesPeerOrSubordinateInput  true if perilaku kerja is rated with input from peers and subordinates
     * @return {@link #SIXTY_FORTY} if {@code usesPeerOrSubordinateInput}, else {@link #SEVENTY_THIRTY}, not null
     */
    public static PrestasiWeights forPeerInput(boolean usesPeerOrSubordinateInput) {
        return usesPeerOrSubordinateInput ? SIXTY_FORTY : SEVENTY_THIRTY;
    }

    /** Returns the weight of the nilai SKP as a fraction, such as 0.70. */
    public BigDecimal skp() {
        return skp;
    }

    /** Returns the weight of the nilai perilaku kerja as a fraction, such as 0.30. */
    public BigDecimal perilaku() {
        return perilaku;
    }
}
