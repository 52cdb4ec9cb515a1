package io.github.kinerja.excel.write.internal;

import io.github.kinerja.core.RoundingPolicy;
import io.github.kinerja.core.pp46.AspekPerilaku;
import io.github.kinerja.core.pp46.KategoriPp46;
import io.github.kinerja.core.pp46.PerilakuKerja;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.calc.Nilai;
import io.github.kinerja.core.pp46.calc.PerilakuResult;
import io.github.kinerja.core.pp46.calc.Pp46Result;
import io.github.kinerja.core.pp46.calc.PrestasiResult;
import io.github.kinerja.excel.write.internal.FormStyles.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Writes the Penilaian Prestasi Kerja summary of PP 46/2011, the page that replaced the DP3. It shows the Nilai
 * Capaian SKP times its weight, each perilaku aspect with its category, their sum and mean, the mean times its
 * weight, and the Nilai Prestasi Kerja with its category.
 *
 * <p>Columns (1-based letters): B the parts a. to c., C:D the perilaku aspects, E the values, F the categories or
 * {@code x}, G the weights, H the weighted values. An aspect that is not rated, such as Kepemimpinan of a PNS who is
 * not a pejabat struktural, shows {@code -} and the mean leaves it out.
 */
public final class PrestasiSheetWriter {

    /** The name of the sheet. */
    public static final String SHEET_NAME = "PENILAIAN PRESTASI KERJA";

    private static final int PART = 1;
    private static final int LABEL = 2;
    private static final int LABEL_LAST = 3;
    private static final int VALUE = 4;
    private static final int NOTE = 5;
    private static final int WEIGHT = 6;
    private static final int WEIGHTED = 7;
    private static final int[] WIDTHS = {3, 20, 28, 4, 12, 16, 9, 12};

    private static final int SKP_ROW = 4;
    private static final int FIRST_ASPECT_ROW = 5;

    private final SheetCells cells;
    private final Pp46Formulas formulas;
    private final RoundingPolicy rounding;

    private PrestasiSheetWriter(SheetCells cells, Pp46Formulas formulas) {
        this.cells = cells;
        this.formulas = formulas;
        this.rounding = formulas.scorer().roundingPolicy();
    }

    /**
     * Writes the sheet, if the SKP has a perilaku kerja rating.
     *
     * @param styles  the styles of the workbook, not null
     * @param formulas  the formulas of the scorer that scored the SKP, not null
     * @param skp  the SKP, not null
     * @param result  the scorer's result for the SKP, not null
     * @param nilaiCapaianCell  the Nilai Capaian SKP cell of the evaluation sheet, such as {@code SKP!S30}, not null
     * @param place  the place of signing, empty for a dotted line, not null
     * @param signingDate  the date of signing, not null
     */
    public static void write(FormStyles styles, Pp46Formulas formulas, SkpPp46 skp, Pp46Result result,
            String nilaiCapaianCell, Optional<String> place, LocalDate signingDate) {
        if (skp.perilaku().isEmpty() || result.perilaku().isEmpty() || result.prestasi().isEmpty()) {
            return;
        }
        SheetCells cells = new SheetCells(styles.workbook().createSheet(SHEET_NAME), styles);
        new PrestasiSheetWriter(cells, formulas).writeSheet(skp, skp.perilaku().get(), result, nilaiCapaianCell,
                place, signingDate);
    }

    private void writeSheet(SkpPp46 skp, PerilakuKerja perilaku, Pp46Result result, String nilaiCapaianCell,
            Optional<String> place, LocalDate signingDate) {
        for (int c = 0; c < WIDTHS.length; c++) {
            cells.width(c, WIDTHS[c]);
        }
        PerilakuResult perilakuResult = result.perilaku().orElseThrow();
        PrestasiResult prestasi = result.prestasi().orElseThrow();
        Optional<Pp46Formulas.Weights> weights = formulas.prestasiWeights();

        cells.merge(0, 0, PART, WEIGHTED, Kind.TITLE);
        cells.text(0, PART, "PENILAIAN PRESTASI KERJA PEGAWAI NEGERI SIPIL", Kind.TITLE);
        cells.merge(1, 1, PART, WEIGHTED, Kind.SUBTITLE);
        cells.text(1, PART, "Jangka Waktu Penilaian " + IndonesianText.period(skp.period()), Kind.SUBTITLE);
        cells.merge(3, 3, PART, WEIGHT, Kind.HEADER);
        cells.text(3, PART, "UNSUR YANG DINILAI", Kind.HEADER);
        cells.text(3, WEIGHTED, "JUMLAH", Kind.HEADER);

        // a. the Nilai Capaian SKP, rounded first when each item is rounded before it is used further
        cells.merge(SKP_ROW, SKP_ROW, PART, LABEL_LAST, Kind.TEXT);
        cells.text(SKP_ROW, PART, "a. Sasaran Kerja Pegawai (SKP)", Kind.TEXT);
        BigDecimal skpValue = rounding.roundItem(result.capaianSkp().value());
        formulaOrNumber(SKP_ROW, VALUE, formulas.itemRounding(nilaiCapaianCell), skpValue, Kind.SCORE);
        cells.text(SKP_ROW, NOTE, "x", Kind.TEXT_CENTER);
        weighted(SKP_ROW, weights.map(Pp46Formulas.Weights::skp), prestasi.skpPart());

        // b. the perilaku aspects, their sum, mean and weighted mean
        int lastAspectRow = FIRST_ASPECT_ROW + AspekPerilaku.values().length - 1;
        int sumRow = lastAspectRow + 1;
        int meanRow = sumRow + 1;
        int perilakuRow = meanRow + 1;
        cells.merge(FIRST_ASPECT_ROW, perilakuRow, PART, PART, Kind.TEXT);
        cells.text(FIRST_ASPECT_ROW, PART, "b. Perilaku Kerja", Kind.TEXT);
        int row = FIRST_ASPECT_ROW;
        for (AspekPerilaku aspek : AspekPerilaku.values()) {
            label(row, (row - FIRST_ASPECT_ROW + 1) + ". " + aspek.label());
            BigDecimal score = perilaku.scores().get(aspek);
            String cached = "";
            if (score == null) {
                cells.text(row, VALUE, "-", Kind.TEXT_CENTER);
            } else {
                cells.number(row, VALUE, score, FormParts.numberKind(score));
                KategoriPp46 kategori = result.kategoriPerilaku().get(aspek);
                cached = kategori == null ? "" : "(" + kategori.label() + ")";
            }
            // The category stays empty while the aspect is not rated and appears when a score is typed in.
            String valueCell = ref(row, VALUE);
            kategori(row, formulas.kategoriInBrackets(valueCell)
                    .map(f -> "IF(ISNUMBER(" + valueCell + ")," + f + ",\"\")"), cached);
            cells.blank(row, WEIGHT, Kind.TEXT);
            cells.blank(row, WEIGHTED, Kind.SCORE);
            row++;
        }
        String scores = range(VALUE, FIRST_ASPECT_ROW, lastAspectRow);
        BigDecimal sum = perilaku.scores().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        label(sumRow, "Jumlah");
        cells.formula(sumRow, VALUE, "SUM(" + scores + ")", sum, Kind.SCORE);
        label(meanRow, "Nilai Rata-rata");
        formulaOrNumber(meanRow, VALUE, formulas.hasPerilakuFormula() ? Optional.of("AVERAGE(" + scores + ")")
                : Optional.empty(), perilakuResult.value(), Kind.SCORE);
        Nilai nilaiPerilaku = result.nilaiPerilaku().orElseThrow();
        kategori(meanRow, formulas.kategoriInBrackets(ref(meanRow, VALUE)),
                "(" + nilaiPerilaku.kategori().label() + ")");
        label(perilakuRow, "Nilai Perilaku Kerja");
        formulaOrNumber(perilakuRow, VALUE, formulas.itemRounding(ref(meanRow, VALUE)),
                rounding.roundItem(perilakuResult.value()), Kind.SCORE);
        cells.text(perilakuRow, NOTE, "x", Kind.TEXT_CENTER);
        weighted(perilakuRow, weights.map(Pp46Formulas.Weights::perilaku), prestasi.perilakuPart());
        cells.blank(sumRow, NOTE, Kind.TEXT);
        cells.blank(sumRow, WEIGHT, Kind.TEXT);
        cells.blank(sumRow, WEIGHTED, Kind.SCORE);
        cells.blank(meanRow, WEIGHT, Kind.TEXT);
        cells.blank(meanRow, WEIGHTED, Kind.SCORE);

        // c. the Nilai Prestasi Kerja and its category
        int prestasiRow = perilakuRow + 1;
        cells.merge(prestasiRow, prestasiRow, PART, WEIGHT, Kind.SECTION);
        cells.text(prestasiRow, PART, "c. Nilai Prestasi Kerja", Kind.SECTION);
        Optional<String> prestasiFormula = weights.isPresent()
                ? Optional.of(ref(SKP_ROW, WEIGHTED) + "+" + ref(perilakuRow, WEIGHTED)) : Optional.empty();
        formulaOrNumber(prestasiRow, WEIGHTED, prestasiFormula, prestasi.value(), Kind.SCORE_BOLD);
        cells.merge(prestasiRow + 1, prestasiRow + 1, PART, WEIGHT, Kind.TEXT);
        Nilai nilaiPrestasi = result.nilaiPrestasiKerja().orElseThrow();
        String cached = "(" + nilaiPrestasi.kategori().label() + ")";
        Optional<String> kategoriFormula = formulas.kategoriInBrackets(ref(prestasiRow, WEIGHTED));
        if (kategoriFormula.isPresent()) {
            cells.formula(prestasiRow + 1, WEIGHTED, kategoriFormula.get(), cached, Kind.TEXT_CENTER);
        } else {
            cells.text(prestasiRow + 1, WEIGHTED, cached, Kind.TEXT_CENTER);
        }

        int signatureRow = prestasiRow + 3;
        FormParts.placeAndDate(cells, signatureRow, VALUE, NOTE, WEIGHTED, place, signingDate);
        FormParts.signature(cells, signatureRow + 1, VALUE, WEIGHTED, "Pejabat Penilai,", skp.pejabatPenilai());
        FormParts.pageSetup(cells.sheet(), 3, 3, WEIGHTED, signatureRow + 6);
        cells.sheet().getPrintSetup().setLandscape(false);
    }

    private void label(int row, String text) {
        cells.merge(row, row, LABEL, LABEL_LAST, Kind.TEXT);
        cells.text(row, LABEL, text, Kind.TEXT);
    }

    // The weight as a percentage and the weighted value: a formula for a weighted sum, the library's value otherwise.
    private void weighted(int row, Optional<BigDecimal> weight, BigDecimal part) {
        if (weight.isPresent()) {
            cells.number(row, WEIGHT, weight.get(), Kind.PERCENT);
            cells.formula(row, WEIGHTED, ref(row, VALUE) + "*" + ref(row, WEIGHT), part, Kind.SCORE);
        } else {
            cells.blank(row, WEIGHT, Kind.TEXT);
            cells.number(row, WEIGHTED, part, Kind.SCORE);
        }
    }

    private void kategori(int row, Optional<String> formula, String cached) {
        if (formula.isPresent()) {
            cells.formula(row, NOTE, formula.get(), cached, Kind.TEXT_CENTER);
        } else {
            cells.text(row, NOTE, cached, Kind.TEXT_CENTER);
        }
    }

    private void formulaOrNumber(int row, int column, Optional<String> formula, BigDecimal value, Kind kind) {
        if (formula.isPresent()) {
            cells.formula(row, column, formula.get(), value, kind);
        } else {
            cells.number(row, column, value, kind);
        }
    }

    private static String ref(int row, int column) {
        return SheetCells.ref(row, column);
    }

    private static String range(int column, int firstRow, int lastRow) {
        return ref(firstRow, column) + ":" + ref(lastRow, column);
    }
}
