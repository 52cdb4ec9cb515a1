package io.github.kinerja.excel.write.internal;

import io.github.kinerja.core.RoundingPolicy;
import io.github.kinerja.core.RoundingStage;
import io.github.kinerja.core.permen2021.CapaianGapPolicy;
import io.github.kinerja.core.permen2021.IkiTarget;
import io.github.kinerja.core.permen2021.KategoriCapaianIki;
import io.github.kinerja.core.permen2021.Permen2021Scorer;
import io.github.kinerja.core.permen2021.PredikatPp30;
import io.github.kinerja.core.permen2021.TargetDirection;
import io.github.kinerja.core.permen2021.TargetKind;
import java.util.Objects;
import java.util.Optional;

/**
 * The Excel formulas of the PermenPANRB 8/2021 SKP form, written for one {@link Permen2021Scorer}.
 *
 * <p>The capaian of an IKI is rounded to 9 decimals in the sheet, because binary floating point can compute a
 * capaian of exactly 100 % as 99.99999999999999 and so pick the wrong kategori; the nilai akhir is rounded the same
 * way before the predikat bands compare it. Rounding modes {@code HALF_EVEN} and {@code HALF_DOWN} have no Excel
 * function, so under {@link RoundingStage#EACH_ITEM} with those modes the rounded items have no formula and the
 * form shows the library's values as constants.
 */
public final class Permen2021Formulas {

    // NOTE: an exact capaian or nilai akhir within 5e-10 of a band edge, but not on it, takes the band of the edge in
    // the sheet while the library keeps it in the other band.
    private static final int BRANCH_DECIMALS = 9;

    private final Permen2021Scorer scorer;

    /**
     * Obtains the formulas for a scorer.
     *
     * @param scorer  the scorer whose values the form shows, not null
     */
    public Permen2021Formulas(Permen2021Scorer scorer) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
    }

    /** Returns the scorer. */
    public Permen2021Scorer scorer() {
        return scorer;
    }

    /**
     * Returns the formula of an IKI capaian in percent: 0 without realisasi; against a value target
     * {@code realisasi / target × 100}, or {@code (1 + (1 - realisasi / target)) × 100} in the kondisi khusus; against
     * a range the lower end below it, the upper end above it and 100 inside it; a zero target counts as met unless a
     * lower-is-better target has a realisasi above zero.
     *
     * @param target  the target, numeric, not null
     * @param realisasi  the cell of the realisasi, not null
     * @param value  the cell of the target value, or of the lower end of a range, not null
     * @param upper  the cell of the upper end of a range, ignored for a value target, not null
     * @return the formula, not null
     */
    public String capaian(IkiTarget target, String realisasi, String value, String upper) {
        boolean lowerIsBetter = target.direction() == TargetDirection.LOWER_IS_BETTER;
        String result;
        if (target.kind() == TargetKind.RANGE) {
            result = "IF(" + realisasi + "<" + value + "," + against(realisasi, value, lowerIsBetter) + ",IF("
                    + realisasi + ">" + upper + "," + against(realisasi, upper, lowerIsBetter) + ",100))";
        } else {
            result = against(realisasi, value, lowerIsBetter);
        }
        return "ROUND(IF(ISBLANK(" + realisasi + "),0," + result + ")," + BRANCH_DECIMALS + ")";
    }

    /**
     * Returns the formula of an IKI capaian in percent on a template row, where the kind of target is known only
     * once the user has typed it. The jenis target {@code Kualitatif} gives empty text, because the appraiser types
     * the capaian of a qualitative target over the formula. A filled upper end makes a range, and {@code Kondisi
     * Khusus} makes a lower realisasi better. The arithmetic is that of
     * {@link #capaian(IkiTarget, String, String, String)}, and the texts compare without regard to case.
     *
     * @param realisasi  the cell of the realisasi, not null
     * @param value  the cell of the target value, or of the lower end of a range, not null
     * @param upper  the cell of the upper end of a range, not null
     * @param jenis  the cell of the jenis target, not null
     * @return the formula, not null
     */
    public String templateCapaian(String realisasi, String value, String upper, String jenis) {
        String lowerIsBetter = jenis + "=" + quoted(Permen2021Form.JENIS_KONDISI_KHUSUS);
        String toValue = "IF(" + lowerIsBetter + "," + against(realisasi, value, true) + ","
                + against(realisasi, value, false) + ")";
        String toUpper = "IF(" + lowerIsBetter + "," + against(realisasi, upper, true) + ","
                + against(realisasi, upper, false) + ")";
        String range = "IF(" + realisasi + "<" + value + "," + toValue + ",IF(" + realisasi + ">" + upper + ","
                + toUpper + ",100))";
        String numeric = "ROUND(IF(ISBLANK(" + realisasi + "),0,IF(ISBLANK(" + upper + ")," + toValue + "," + range
                + "))," + BRANCH_DECIMALS + ")";
        return "IF(" + jenis + "=" + quoted(Permen2021Form.JENIS_KUALITATIF) + ",\"\"," + numeric + ")";
    }

    private static String against(String realisasi, String target, boolean lowerIsBetter) {
        if (lowerIsBetter) {
            return "IF(" + target + "=0,IF(" + realisasi + "=0,100,0),(1+(1-" + realisasi + "/" + target + "))*100)";
        }
        return "IF(" + target + "=0,100," + realisasi + "/" + target + "*100)";
    }

    /**
     * Returns the formula of the nilai of an IKI from its capaian, as {@code NilaiCapaianTable} scores it with the
     * scorer's gap policy, rounded under {@link RoundingStage#EACH_ITEM}.
     *
     * @param capaian  the cell of the capaian, not null
     * @param maximumAttainable  true if the target is the maximum attainable value, so that 100 % or more scores 120
     * @return the formula, or empty if items are rounded with a mode that has no Excel function, not null
     */
    public Optional<String> nilai(String capaian, boolean maximumAttainable) {
        String c = usedCapaian(capaian);
        String table = table(c);
        if (maximumAttainable) {
            table = "IF(" + c + ">=100,120," + table + ")";
        }
        return itemRounding(table);
    }

    /**
     * Returns the formula of the nilai of an IKI on a template row, as {@link #nilai(String, boolean)} does, with
     * the target maksimal read from a cell: {@code Ya} there makes a capaian of 100 % or more score 120.
     *
     * @param capaian  the expression of the capaian, a number, not null
     * @param maximumAttainable  the cell of the target maksimal mark, not null
     * @return the formula, or empty if items are rounded with a mode that has no Excel function, not null
     */
    public Optional<String> templateNilai(String capaian, String maximumAttainable) {
        String c = usedCapaian(capaian);
        return itemRounding("IF(AND(" + maximumAttainable + "=" + quoted(Permen2021Form.YES) + "," + c
                + ">=100),120," + table(c) + ")");
    }

    // The capaian table for the used capaian c, as NilaiCapaianTable applies it with the scorer's gap policy.
    private String table(String c) {
        String table;
        if (scorer.table().gapPolicy() == CapaianGapPolicy.INTERPOLATE) {
            // Between the printed bands a straight line joins the end of one band to the start of the next.
            table = "IF(" + c + ">110,120,IF(" + c + ">=101,110+(120-110)/(110-101)*(" + c + "-101),IF(" + c
                    + ">100,109+(" + c + "-100),IF(" + c + "=100,109,IF(" + c + ">99,89+20*(" + c + "-99),IF(" + c
                    + ">=80,70+(89-70)/(99-80)*(" + c + "-80),IF(" + c + ">79,69+(" + c + "-79),IF(" + c
                    + ">=60,50+(69-50)/(79-60)*(" + c + "-60),IF(" + c + ">59,49+(" + c + "-59),MAX(0,49/59*" + c
                    + "))))))))))";
        } else {
            // A whole capaian never falls between the printed bands.
            table = "IF(" + c + ">110,120,IF(" + c + ">=101,110+(120-110)/(110-101)*(" + c + "-101),IF(" + c
                    + "=100,109,IF(" + c + ">=80,70+(89-70)/(99-80)*(" + c + "-80),IF(" + c
                    + ">=60,50+(69-50)/(79-60)*(" + c + "-60),MAX(0,49/59*" + c + "))))))";
        }
        return table;
    }

    /**
     * Returns the formula of the kategori capaian IKI, such as {@code Cukup}, for the capaian in a cell.
     *
     * @param capaian  the cell of the capaian, not null
     * @return the formula, not null
     */
    public String kategori(String capaian) {
        String c = usedCapaian(capaian);
        return "IF(" + c + ">=101," + quoted(label(KategoriCapaianIki.SANGAT_BAIK)) + ",IF(" + c + ">=100,"
                + quoted(label(KategoriCapaianIki.BAIK)) + ",IF(" + c + ">=80," + quoted(label(KategoriCapaianIki.CUKUP))
                + ",IF(" + c + ">=60," + quoted(label(KategoriCapaianIki.KURANG)) + ","
                + quoted(label(KategoriCapaianIki.SANGAT_KURANG)) + "))))";
    }

    /**
     * Returns the formula of the predikat kinerja for the nilai akhir in a cell.
     *
     * @param nilaiAkhir  the cell of the nilai akhir, not null
     * @param inovasi  the cell that contains {@code Ya} when the innovation required for Sangat Baik was present, not
     *     null
     * @return the formula, not null
     */
    public String predikat(String nilaiAkhir, String inovasi) {
        String x = "ROUND(" + nilaiAkhir + "," + BRANCH_DECIMALS + ")";
        return "IF(AND(" + x + ">=110," + inovasi + "=" + quoted(Permen2021Form.YES) + "),"
                + quoted(label(PredikatPp30.SANGAT_BAIK)) + ",IF(" + x + ">=90," + quoted(label(PredikatPp30.BAIK))
                + ",IF(" + x + ">=70," + quoted(label(PredikatPp30.CUKUP)) + ",IF(" + x + ">=50,"
                + quoted(label(PredikatPp30.KURANG)) + "," + quoted(label(PredikatPp30.SANGAT_KURANG)) + "))))";
    }

    /**
     * Returns the expression of an item value before aggregation: rounded under {@link RoundingStage#EACH_ITEM},
     * the expression itself otherwise.
     *
     * @param expression  the Excel expression, not null
     * @return the expression, or empty if items are rounded with a mode that has no Excel function, not null
     */
    public Optional<String> itemRounding(String expression) {
        RoundingPolicy policy = scorer.rounding();
        if (policy.stage() != RoundingStage.EACH_ITEM) {
            return Optional.of(expression);
        }
        String arguments = expression + "," + policy.scale() + ")";
        return switch (policy.mode()) {
            case HALF_UP -> Optional.of("ROUND(" + arguments);
            case DOWN -> Optional.of("ROUNDDOWN(" + arguments);
            case UP -> Optional.of("ROUNDUP(" + arguments);
            case CEILING -> Optional.of("IF(" + expression + "<0,ROUNDDOWN(" + arguments + ",ROUNDUP(" + arguments
                    + ")");
            case FLOOR -> Optional.of("IF(" + expression + "<0,ROUNDUP(" + arguments + ",ROUNDDOWN(" + arguments
                    + ")");
            default -> Optional.empty();
        };
    }

    /**
     * Returns the label of a kategori capaian IKI as the form prints it, such as {@code Sangat Baik}.
     *
     * @param kategori  the kategori, not null
     * @return the label, not null
     */
    public static String label(KategoriCapaianIki kategori) {
        return switch (kategori) {
            case SANGAT_BAIK -> "Sangat Baik";
            case BAIK -> "Baik";
            case CUKUP -> "Cukup";
            case KURANG -> "Kurang";
            case SANGAT_KURANG -> "Sangat Kurang";
        };
    }

    /**
     * Returns the label of a predikat as the form prints it, such as {@code Sangat Kurang}.
     *
     * @param predikat  the predikat, not null
     * @return the label, not null
     */
    public static String label(PredikatPp30 predikat) {
        return switch (predikat) {
            case SANGAT_BAIK -> "Sangat Baik";
            case BAIK -> "Baik";
            case CUKUP -> "Cukup";
            case KURANG -> "Kurang";
            case SANGAT_KURANG -> "Sangat Kurang";
        };
    }

    // The capaian the table is applied to: whole under ROUND_CAPAIAN_TO_INTEGER. A negative capaian needs no
    // clamp here, because every band above the last compares against a positive edge and the last clamps at 0.
    private String usedCapaian(String capaian) {
        return scorer.table().gapPolicy() == CapaianGapPolicy.ROUND_CAPAIAN_TO_INTEGER ? "ROUND(" + capaian + ",0)"
                : capaian;
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
