package io.github.kinerja.core.pp46;

import java.math.BigDecimal;

/**
 * The reach of the benefit of a kreativitas item, as approved by the pejabat penilai, with the value it adds to the
 * Nilai Capaian SKP.
 */
public enum ManfaatKreativitas {
    /** Benefits the employee's own unit kerja ("bermanfaat bagi unit kerjanya"): 3. */
    UNIT_KERJA(3),
    /** Benefits the organisation, the instansi ("bermanfaat bagi organisasinya"): 6. */
    ORGANISASI(6),
    /** Benefits the state ("bermanfaat bagi negara"): 12. */
    NEGARA(12);

    private final BigDecimal value;

    ManfaatKreativitas(int value) {
        this.value = BigDecimal.valueOf(value);
    }

    /** Returns the value the item adds to the Nilai Capaian SKP: 3, 6 or 12. */
    public BigDecimal value() {
        return value;
    }
}
