package io.github.kinerja.core.permen2021;

import io.github.kinerja.core.CalculationStep;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The PermenPANRB 8/2021 table that turns an IKI capaian (percent) into a nilai (score) from 0 to 120.
 *
 * <table>
 *   <caption>Capaian to nilai</caption>
 *   <tr><th>Kategori</th><th>Capaian c</th><th>Nilai</th></tr>
 *   <tr><td>Sangat Baik</td><td>c &gt; 110</td><td>120</td></tr>
 *   <tr><td>Sangat Baik</td><td>101 ≤ c ≤ 110</td><td>110 + (120 - 110) / (110 - 101) × (c - 101)</td></tr>
 *   <tr><td>Baik</td><td>c = 100</td><td>109, or 120 for a maximum attainable target</td></tr>
 *   <tr><td>Cukup</td><td>80 ≤ c ≤ 99</td><td>70 + (89 - 70) / (99 - 80) × (c - 80)</td></tr>
 *   <tr><td>Kurang</td><td>60 ≤ c ≤ 79</td><td>50 + (69 - 50) / (79 - 60) × (c - 60)</td></tr>
 *   <tr><td>Sangat Kurang</td><td>0 ≤ c ≤ 59</td><td>49 / 59 × c</td></tr>
 * </table>
 *
 * <p>A capaian between the printed bands is handled by the {@link CapaianGapPolicy}, {@link
 * CapaianGapPolicy#INTERPOLATE} by default. The table does not cover two more cases, so the library reads them as
 * follows. A negative capaian (kondisi khusus with a realisasi above twice the target) scores like 0. A maximum
 * attainable target scores 120 for any capaian of 100 % or more. Under either policy the nilai never decreases as
 * the capaian grows and always lies between 0 and 120 (a property test checks both).
 *
 * <pre>{@code
 * NilaiCapaianTable.standard().nilai(new BigDecimal("87.5")).nilai();   // 77.5
 * NilaiCapaianTable.of(CapaianGapPolicy.ROUND_CAPAIAN_TO_INTEGER).nilai(new BigDecimal("87.5")).nilai();   // 78
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class NilaiCapaianTable {

    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final BigDecimal C59 = BigDecimal.valueOf(59);
    private static final BigDecimal C60 = BigDecimal.valueOf(60);
    private static final BigDecimal C79 = BigDecimal.valueOf(79);
    private static final BigDecimal C80 = BigDecimal.valueOf(80);
    private static final BigDecimal C99 = BigDecimal.valueOf(99);
    private static final BigDecimal C100 = BigDecimal.valueOf(100);
    private static final BigDecimal C101 = BigDecimal.valueOf(101);
    private static final BigDecimal C110 = BigDecimal.valueOf(110);
    private static final BigDecimal NILAI_BAIK = BigDecimal.valueOf(109);
    private static final BigDecimal NILAI_MAX = BigDecimal.valueOf(120);

    NilaiCapaianTable() {}

    /** Returns the table with the default {@link CapaianGapPolicy#INTERPOLATE}. */
    public static NilaiCapaianTable standard() {
        return of(CapaianGapPolicy.INTERPOLATE);
    }

    /**
     * Obtains the table with a gap policy.
     *
     * @param gapPolicy  how capaian that are not whole percentages are treated, not null
     * @return the table, not null
     */
    public static NilaiCapaianTable of(CapaianGapPolicy gapPolicy) {
        Objects.requireNonNull(gapPolicy, "gapPolicy");
        return ImmutableNilaiCapaianTable.of(gapPolicy);
    }

    /** Returns how capaian that are not whole percentages are treated. */
    @Value.Parameter
    public abstract CapaianGapPolicy gapPolicy();

    /**
     * Scores a capaian for a target that is not maximum attainable.
     *
     * @param capaianPercent  the exact capaian in percent, not null
     * @return the nilai with its kategori and explanation, not null
     */
    public NilaiCapaianIki nilai(BigDecimal capaianPercent) {
        Objects.requireNonNull(capaianPercent, "capaianPercent");
        return score(capaianPercent, false);
    }

    /**
     * Scores a capaian.
     *
     * @param capaianPercent  the exact capaian in percent, not null
     * @param maximumAttainable  true if the IKI target is the maximum attainable value, so that 100 % scores 120
     * @return the nilai with its kategori and explanation, not null
     */
    public NilaiCapaianIki nilai(BigDecimal capaianPercent, boolean maximumAttainable) {
        Objects.requireNonNull(capaianPercent, "capaianPercent");
        return score(capaianPercent, maximumAttainable);
    }

    /**
     * Scores an IKI capaian.
     *
     * @param capaian  the capaian, not null
     * @param maximumAttainable  true if the IKI target is the maximum attainable value, so that 100 % scores 120
     * @return the nilai with its kategori and explanation, not null
     */
    public NilaiCapaianIki nilai(CapaianIki capaian, boolean maximumAttainable) {
        Objects.requireNonNull(capaian, "capaian");
        return score(capaian.percent(), maximumAttainable);
    }

    private NilaiCapaianIki score(BigDecimal capaian, boolean maximumAttainable) {
        ImmutableNilaiCapaianIki.Builder result = ImmutableNilaiCapaianIki.builder().capaian(capaian);
        BigDecimal c = capaian;
        if (c.signum() < 0) {
            c = ZERO;
            result.addStep(CalculationStep.of("permen2021.nilai.capaianNegatif",
                    "capaian " + Decimals.plain(capaian) + " below 0 counted as 0", c));
        }
        if (gapPolicy() == CapaianGapPolicy.ROUND_CAPAIAN_TO_INTEGER && c.stripTrailingZeros().scale() > 0) {
            BigDecimal rounded = c.setScale(0, RoundingMode.HALF_UP);
            result.addStep(CalculationStep.of("permen2021.nilai.capaianDibulatkan",
                    "round(" + Decimals.plain(c) + ") half up", rounded));
            c = rounded;
        }
        result.capaianUsed(c).kategori(kategori(c));
        String cText = Decimals.plain(c);
        BigDecimal nilai;
        String formula;
        if (maximumAttainable && c.compareTo(C100) >= 0) {
            nilai = NILAI_MAX;
            formula = "capaian " + cText + " >= 100 on a maximum attainable target: 120";
        } else if (c.compareTo(C110) > 0) {
            nilai = NILAI_MAX;
            formula = "capaian " + cText + " > 110: 120";
        } else if (c.compareTo(C101) >= 0) {
            nilai = line(C110, NILAI_MAX, C101, C110, c);
            formula = "110 + (120 - 110) / (110 - 101) × (" + cText + " - 101)";
        } else if (c.compareTo(C100) > 0) {
            nilai = line(NILAI_BAIK, C110, C100, C101, c);
            formula = "109 + (110 - 109) / (101 - 100) × (" + cText + " - 100), between the bands";
        } else if (c.compareTo(C100) == 0) {
            nilai = NILAI_BAIK;
            formula = "capaian 100: 109";
        } else if (c.compareTo(C99) > 0) {
            nilai = line(BigDecimal.valueOf(89), NILAI_BAIK, C99, C100, c);
            formula = "89 + (109 - 89) / (100 - 99) × (" + cText + " - 99), between the bands";
        } else if (c.compareTo(C80) >= 0) {
            nilai = line(BigDecimal.valueOf(70), BigDecimal.valueOf(89), C80, C99, c);
            formula = "70 + (89 - 70) / (99 - 80) × (" + cText + " - 80)";
        } else if (c.compareTo(C79) > 0) {
            nilai = line(BigDecimal.valueOf(69), BigDecimal.valueOf(70), C79, C80, c);
            formula = "69 + (70 - 69) / (80 - 79) × (" + cText + " - 79), between the bands";
        } else if (c.compareTo(C60) >= 0) {
            nilai = line(BigDecimal.valueOf(50), BigDecimal.valueOf(69), C60, C79, c);
            formula = "50 + (69 - 50) / (79 - 60) × (" + cText + " - 60)";
        } else if (c.compareTo(C59) > 0) {
            nilai = line(BigDecimal.valueOf(49), BigDecimal.valueOf(50), C59, C60, c);
            formula = "49 + (50 - 49) / (60 - 59) × (" + cText + " - 59), between the bands";
        } else {
            nilai = Decimals.divide(BigDecimal.valueOf(49).multiply(c), C59);
            formula = "49 / 59 × " + cText;
        }
        return result.addStep(CalculationStep.of("permen2021.nilai.iki", formula, nilai)).nilai(nilai).build();
    }

    /** Returns the kategori of a capaian of 0 or more; a capaian in a gap belongs to the band below it. */
    static KategoriCapaianIki kategori(BigDecimal c) {
        if (c.compareTo(C101) >= 0) {
            return KategoriCapaianIki.SANGAT_BAIK;
        }
        if (c.compareTo(C100) >= 0) {
            return KategoriCapaianIki.BAIK;
        }
        if (c.compareTo(C80) >= 0) {
            return KategoriCapaianIki.CUKUP;
        }
        if (c.compareTo(C60) >= 0) {
            return KategoriCapaianIki.KURANG;
        }
        return KategoriCapaianIki.SANGAT_KURANG;
    }

    /** Returns the value at {@code c} of the straight line through (fromC, fromNilai) and (toC, toNilai). */
    private static BigDecimal line(BigDecimal fromNilai, BigDecimal toNilai, BigDecimal fromC, BigDecimal toC,
            BigDecimal c) {
        BigDecimal slope = toNilai.subtract(fromNilai);
        BigDecimal width = toC.subtract(fromC);
        return fromNilai.add(Decimals.divide(slope.multiply(c.subtract(fromC)), width));
    }
}
