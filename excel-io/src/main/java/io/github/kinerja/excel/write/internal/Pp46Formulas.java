package io.github.kinerja.excel.write.internal;

import io.github.kinerja.core.RoundingPolicy;
import io.github.kinerja.core.RoundingStage;
import io.github.kinerja.core.pp46.KategoriPp46;
import io.github.kinerja.core.pp46.calc.AspekCalculator;
import io.github.kinerja.core.pp46.calc.BandBoundaryPolicy;
import io.github.kinerja.core.pp46.calc.CapaianSkpCalculator;
import io.github.kinerja.core.pp46.calc.KegiatanCalculator;
import io.github.kinerja.core.pp46.calc.KreativitasAggregation;
import io.github.kinerja.core.pp46.calc.PerilakuCalculator;
import io.github.kinerja.core.pp46.calc.Pp46Scorer;
import io.github.kinerja.core.pp46.calc.PrestasiCalculator;
import io.github.kinerja.core.pp46.calc.TugasTambahanCalculator;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The Excel formulas of the PP 46/2011 forms, for the parts of a {@link Pp46Scorer} that have an Excel equivalent.
 *
 * <p>A part replaced by a caller's own calculator has no formula, and the form then shows the library's value as
 * a constant: the sheet stays correct but that cell does not recalculate. The standard calculators, the three
 * {@link BandBoundaryPolicy} readings, both {@link KreativitasAggregation}s, any weights of
 * {@link PrestasiCalculator#weighted(BigDecimal, BigDecimal)} and the rounding modes {@code HALF_UP},
 * {@code DOWN}, {@code UP}, {@code CEILING} and {@code FLOOR} have formulas; {@code HALF_EVEN} and
 * {@code HALF_DOWN} have no Excel function, so categories and rounded items are then constants.
 */
public final class Pp46Formulas {

    // Waktu and biaya choose their branch on efisiensi rounded to 9 decimals, because binary floating point
    // computes 24.000000000000014 for 9.12 of 12 months, which the exact library places in the "at most 24" branch.
    // NOTE: an efisiensi within 5e-10 of 24 but not equal to it takes the "at most 24" branch in the sheet only.
    private static final int BRANCH_DECIMALS = 9;

    private final Pp46Scorer scorer;
    private final Optional<Weights> weights;

    /**
     * The weights of a weighted-sum prestasi calculator.
     *
     * @param skp  the weight of the Nilai Capaian SKP, such as 0.6
     * @param perilaku  the weight of the Nilai Perilaku Kerja, such as 0.4
     */
    public record Weights(BigDecimal skp, BigDecimal perilaku) {}

    /**
     * Obtains the formulas for a scorer.
     *
     * @param scorer  the scorer whose values the form shows, not null
     */
    public Pp46Formulas(Pp46Scorer scorer) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.weights = weightsOf(scorer.prestasiCalculator());
    }

    /** Returns the scorer. */
    public Pp46Scorer scorer() {
        return scorer;
    }

    /** Checks if the aspect values, penghitungan and kegiatan values are formulas. */
    public boolean hasKegiatanFormulas() {
        return scorer.aspekCalculator().equals(AspekCalculator.standard())
                && scorer.kegiatanCalculator().equals(KegiatanCalculator.standard())
                && itemRounding("x").isPresent();
    }

    /** Checks if the Nilai Capaian SKP is a formula: the mean of the kegiatan plus the two additions. */
    public boolean hasCapaianFormula() {
        return scorer.capaianSkpCalculator().equals(CapaianSkpCalculator.standard());
    }

    /** Checks if the perilaku mean is a formula. */
    public boolean hasPerilakuFormula() {
        return scorer.perilakuCalculator().equals(PerilakuCalculator.standard());
    }

    /**
     * Returns the formula of the tugas tambahan value over the cells that list them, if the calculator is the
     * standard one: 0 for none, 1 for 1 to 3, 2 for 4 to 6, 3 for 7 or more.
     *
     * @param range  the cells of the descriptions, such as {@code B20:B24}, not null
     * @return the formula, or empty for another calculator, not null
     */
    public Optional<String> tugasTambahan(String range) {
        if (!scorer.tugasTambahanCalculator().equals(TugasTambahanCalculator.standard())) {
            return Optional.empty();
        }
        String count = "COUNTA(" + range + ")";
        return Optional.of("IF(" + count + "=0,0,IF(" + count + "<=3,1,IF(" + count + "<=6,2,3)))");
    }

    /**
     * Returns the formula of the kreativitas value over the item values, if the aggregation has one.
     *
     * @param range  the cells of the item values, such as {@code S26:S27}, not null
     * @return {@code MAX(range)} or {@code SUM(range)}, or empty for another calculator, not null
     */
    public Optional<String> kreativitas(String range) {
        if (scorer.kreativitasCalculator() == KreativitasAggregation.MAX) {
            return Optional.of("MAX(" + range + ")");
        } else if (scorer.kreativitasCalculator() == KreativitasAggregation.SUM) {
            return Optional.of("SUM(" + range + ")");
        }
        return Optional.empty();
    }

    /**
     * Returns the expression that rounds a value as the policy presents it.
     *
     * @param expression  the Excel expression, not null
     * @return the rounded expression, or empty if the rounding mode has no Excel function, not null
     */
    public Optional<String> round(String expression) {
        RoundingPolicy policy = scorer.roundingPolicy();
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
     * Returns the expression of an item value before aggregation: rounded under {@link RoundingStage#EACH_ITEM},
     * the expression itself otherwise.
     *
     * @param expression  the Excel expression, not null
     * @return the expression, or empty if items are rounded with a mode that has no Excel function, not null
     */
    public Optional<String> itemRounding(String expression) {
        return scorer.roundingPolicy().stage() == RoundingStage.EACH_ITEM ? round(expression)
                : Optional.of(expression);
    }

    /**
     * Returns the formula of a category in brackets, such as {@code (Baik)}, for the value in a cell: the band of
     * the value rounded as presented.
     *
     * @param cell  the cell of the value, such as {@code S30}, not null
     * @return the formula, or empty if the classifier or the rounding mode has no formula, not null
     */
    public Optional<String> kategoriInBrackets(String cell) {
        return kategori(cell).map(chain -> "\"(\"&" + chain + "&\")\"");
    }

    /**
     * Returns the formula of a category, such as {@code Baik}, for the value in a cell.
     *
     * @param cell  the cell of the value, not null
     * @return the formula, or empty if the classifier or the rounding mode has no formula, not null
     */
    public Optional<String> kategori(String cell) {
        if (!(scorer.kategoriClassifier() instanceof BandBoundaryPolicy policy)) {
            return Optional.empty();
        }
        return round(cell).map(x -> switch (policy) {
            case HYBRID -> upperBounds(x, "<91");
            case UPPER_INCLUSIVE -> upperBounds(x, "<=90");
            case LOWER_INCLUSIVE -> "IF(" + x + ">=91," + label(KategoriPp46.SANGAT_BAIK) + ",IF(" + x + ">=76,"
                    + label(KategoriPp46.BAIK) + ",IF(" + x + ">=61," + label(KategoriPp46.CUKUP) + ",IF(" + x
                    + ">=51," + label(KategoriPp46.KURANG) + "," + label(KategoriPp46.BURUK) + "))))";
        });
    }

    /** Returns the weights of SKP and perilaku if the prestasi calculator is a weighted sum. */
    public Optional<Weights> prestasiWeights() {
        return weights;
    }

    /**
     * Returns the capaian of the kuantitas or kualitas aspect: realisasi over target times 100, 0 when the
     * kegiatan was not executed.
     *
     * @param executed  the condition that the kegiatan has a realisasi, not null
     * @param target  the target cell, not null
     * @param realisasi  the realisasi cell, not null
     * @return the formula, not null
     */
    public static String ratio(String executed, String target, String realisasi) {
        return "IF(" + executed + "," + realisasi + "/" + target + "*100,0)";
    }

    /**
     * Returns the efisiensi of the waktu or biaya aspect, {@code 100 - R / T × 100}, or {@code "-"} when the
     * kegiatan was not executed.
     *
     * @param executed  the condition that the kegiatan has a realisasi, not null
     * @param target  the target cell, not null
     * @param realisasi  the realisasi cell, not null
     * @return the formula, not null
     */
    public static String efisiensi(String executed, String target, String realisasi) {
        return "IF(" + executed + ",100-" + realisasi + "/" + target + "*100,\"-\")";
    }

    /**
     * Returns the capaian of the waktu or biaya aspect: {@code X = (1.76 × T - R) / T × 100} when the efisiensi is
     * at most 24, {@code 76 - (X - 100)} above 24, and 0 when the kegiatan was not executed.
     *
     * @param executed  the condition that the kegiatan has a realisasi, not null
     * @param target  the target cell, not null
     * @param realisasi  the realisasi cell, not null
     * @param efisiensi  the cell of the efisiensi, not null
     * @return the formula, not null
     */
    public static String efficiency(String executed, String target, String realisasi, String efisiensi) {
        String x = "(1.76*" + target + "-" + realisasi + ")/" + target + "*100";
        return "IF(" + executed + ",IF(ROUND(" + efisiensi + "," + BRANCH_DECIMALS + ")<=24," + x + ",76-(" + x
                + "-100)),0)";
    }

    private static String upperBounds(String x, String sangatBaikBound) {
        return "IF(" + x + "<=50," + label(KategoriPp46.BURUK) + ",IF(" + x + "<=60," + label(KategoriPp46.KURANG)
                + ",IF(" + x + "<=75," + label(KategoriPp46.CUKUP) + ",IF(" + x + sangatBaikBound + ","
                + label(KategoriPp46.BAIK) + "," + label(KategoriPp46.SANGAT_BAIK) + "))))";
    }

    private static String label(KategoriPp46 kategori) {
        return "\"" + kategori.label() + "\"";
    }

    // A weighted sum returns its weights for the inputs (1, 0) and (0, 1). The calculator is a weighted sum
    // exactly if it equals the one built from those two weights.
    private static Optional<Weights> weightsOf(PrestasiCalculator calculator) {
        try {
            BigDecimal skp = calculator.calculate(BigDecimal.ONE, BigDecimal.ZERO).skpPart();
            BigDecimal perilaku = calculator.calculate(BigDecimal.ZERO, BigDecimal.ONE).perilakuPart();
            if (PrestasiCalculator.weighted(skp, perilaku).equals(calculator)) {
                return Optional.of(new Weights(skp, perilaku));
            }
        } catch (IllegalArgumentException | ArithmeticException e) {
            // Not a weighted sum of valid weights: the form shows the calculator's values as constants.
        }
        return Optional.empty();
    }
}
