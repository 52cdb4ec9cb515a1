package io.github.kinerja.excel.write.internal;

import static io.github.kinerja.excel.write.internal.Permen2021SheetWriter.AKHIR_BOBOT;
import static io.github.kinerja.excel.write.internal.Permen2021SheetWriter.AKHIR_HASIL;
import static io.github.kinerja.excel.write.internal.Permen2021SheetWriter.AKHIR_NILAI;
import static io.github.kinerja.excel.write.internal.Permen2021SheetWriter.BOBOT_IKI;
import static io.github.kinerja.excel.write.internal.Permen2021SheetWriter.BOBOT_RK;
import static io.github.kinerja.excel.write.internal.Permen2021SheetWriter.CAPAIAN;
import static io.github.kinerja.excel.write.internal.Permen2021SheetWriter.IDENTITY_HEIGHT;
import static io.github.kinerja.excel.write.internal.Permen2021SheetWriter.IDENTITY_ROW;
import static io.github.kinerja.excel.write.internal.Permen2021SheetWriter.IKI;
import static io.github.kinerja.excel.write.internal.Permen2021SheetWriter.JENIS_TARGET;
import static io.github.kinerja.excel.write.internal.Permen2021SheetWriter.KATEGORI;
import static io.github.kinerja.excel.write.internal.Permen2021SheetWriter.LAST;
import static io.github.kinerja.excel.write.internal.Permen2021SheetWriter.LEFT;
import static io.github.kinerja.excel.write.internal.Permen2021SheetWriter.NILAI_IKI;
import static io.github.kinerja.excel.write.internal.Permen2021SheetWriter.NILAI_RK;
import static io.github.kinerja.excel.write.internal.Permen2021SheetWriter.NO;
import static io.github.kinerja.excel.write.internal.Permen2021SheetWriter.REALISASI;
import static io.github.kinerja.excel.write.internal.Permen2021SheetWriter.RIGHT;
import static io.github.kinerja.excel.write.internal.Permen2021SheetWriter.RK;
import static io.github.kinerja.excel.write.internal.Permen2021SheetWriter.RK_ATASAN;
import static io.github.kinerja.excel.write.internal.Permen2021SheetWriter.SATUAN;
import static io.github.kinerja.excel.write.internal.Permen2021SheetWriter.TARGET;
import static io.github.kinerja.excel.write.internal.Permen2021SheetWriter.TARGET_MAKSIMAL;
import static io.github.kinerja.excel.write.internal.Permen2021SheetWriter.TARGET_UPPER;
import static io.github.kinerja.excel.write.internal.Permen2021SheetWriter.TERTIMBANG;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.excel.write.internal.FormStyles.Kind;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * Writes the empty PermenPANRB 8/2021 SKP form that an agency fills in by hand: blank identity blocks for the
 * pegawai yang dinilai, the pejabat penilai kinerja and the atasan pejabat penilai kinerja, blank rows under
 * {@code A. KINERJA UTAMA} and {@code B. KINERJA TAMBAHAN} with one IKI each, the totals and the nilai akhir block
 * with a blank nilai perilaku kerja.
 *
 * <p>Every blank row already holds the formulas of a written form, each guarded so that it shows nothing until the
 * row has an IKI: typing the rencana kinerja, the IKI, its target, jenis target and realisasi makes the row
 * calculate. The kind of target is read from the typed cells, so one formula covers all of them: {@code Kualitatif}
 * in the jenis target leaves the capaian for the appraiser to type over the formula, an upper end makes a range, and
 * {@code Kondisi Khusus} makes a lower realisasi better. The row number counts the filled rencana kinerja down to
 * the row. The totals show nothing until a kinerja utama has a nilai, and the nilai akhir and the predikat nothing
 * until the nilai perilaku kerja is typed in. When items are rounded with a mode that has no Excel function, the
 * cells that need that rounding stay blank and only a reader can score the filled form.
 */
public final class Permen2021TemplateWriter {

    private static final String NOTHING = "";

    private final SheetCells cells;
    private final Permen2021Formulas formulas;

    private Permen2021TemplateWriter(SheetCells cells, Permen2021Formulas formulas) {
        this.cells = cells;
        this.formulas = formulas;
    }

    /**
     * Writes an empty SKP sheet.
     *
     * @param styles  the styles of the workbook, not null
     * @param formulas  the formulas of the scorer that will score the filled form, not null
     * @param periode  the period printed under the title, not null
     * @param utamaRows  the number of blank rows under kinerja utama, at least 1
     * @param tambahanRows  the number of blank rows under kinerja tambahan, at least 1
     * @param place  the place of signing, empty for a dotted line, not null
     * @param signingDate  the date of signing, not null
     */
    public static void write(FormStyles styles, Permen2021Formulas formulas, AssessmentPeriod periode, int utamaRows,
            int tambahanRows, Optional<String> place, LocalDate signingDate) {
        Sheet sheet = styles.workbook().createSheet(Permen2021Form.SHEET_NAME);
        SheetCells cells = new SheetCells(sheet, styles);
        new Permen2021TemplateWriter(cells, formulas).writeSheet(new Permen2021SheetWriter(cells, formulas), periode,
                utamaRows, tambahanRows, place, signingDate);
    }

    private void writeSheet(Permen2021SheetWriter form, AssessmentPeriod periode, int utamaRows, int tambahanRows,
            Optional<String> place, LocalDate signingDate) {
        form.top(periode);
        FormParts.identityBlock(cells, IDENTITY_ROW, LEFT, "PEGAWAI YANG DINILAI", Optional.empty());
        FormParts.identityBlock(cells, IDENTITY_ROW, RIGHT, "PEJABAT PENILAI KINERJA", Optional.empty());
        int atasanRow = IDENTITY_ROW + IDENTITY_HEIGHT;
        FormParts.identityBlock(cells, atasanRow, LEFT, "ATASAN PEJABAT PENILAI KINERJA", Optional.empty());
        int headerRow = atasanRow + IDENTITY_HEIGHT;
        form.header(headerRow);

        int utamaFirst = form.section(headerRow + 3, "A. KINERJA UTAMA");
        int utamaLast = utamaFirst + utamaRows - 1;
        // A kinerja utama without bobot weighs 1 / the number of kinerja utama typed in.
        String utamaCount = "COUNTA(" + absolute(utamaFirst, RK) + ":" + absolute(utamaLast, RK) + ")";
        for (int row = utamaFirst; row <= utamaLast; row++) {
            rencana(row, utamaFirst, "/" + utamaCount);
        }
        int tambahanFirst = form.section(utamaLast + 1, "B. KINERJA TAMBAHAN");
        int tambahanLast = tambahanFirst + tambahanRows - 1;
        for (int row = tambahanFirst; row <= tambahanLast; row++) {
            // A kinerja tambahan without bobot adds nothing.
            rencana(row, utamaFirst, "*0");
        }

        int utamaRow = tambahanLast + 1;
        int tambahanRow = utamaRow + 1;
        int skpRow = utamaRow + 2;
        String utamaRange = range(TERTIMBANG, utamaFirst, utamaLast);
        String nilaiUtama = ref(utamaRow, TERTIMBANG);
        total(utamaRow, "NILAI KINERJA UTAMA", "IF(COUNT(" + utamaRange + ")=0,\"\",SUM(" + utamaRange + "))");
        total(tambahanRow, "NILAI KINERJA TAMBAHAN", "IF(" + nilaiUtama + "=\"\",\"\",SUM("
                + range(TERTIMBANG, tambahanFirst, tambahanLast) + "))");
        total(skpRow, "NILAI SKP", "IF(" + nilaiUtama + "=\"\",\"\"," + nilaiUtama + "+"
                + ref(tambahanRow, TERTIMBANG) + ")");

        int row = nilaiAkhir(form, skpRow + 2, ref(skpRow, TERTIMBANG)) + 1;
        FormParts.placeAndDate(cells, row, CAPAIAN, KATEGORI, LAST, place, signingDate);
        FormParts.signature(cells, row + 1, RK_ATASAN, RK, "Pegawai yang Dinilai,", Optional.empty());
        FormParts.signature(cells, row + 1, CAPAIAN, LAST, "Pejabat Penilai Kinerja,", Optional.empty());
        FormParts.pageSetup(cells.sheet(), headerRow, headerRow + 2, LAST, row + 6);
    }

    /**
     * Writes one blank rencana kinerja row with one IKI.
     *
     * @param withoutBobot  the operation that turns the nilai of a rencana kinerja without bobot into its nilai
     *     tertimbang, such as {@code /COUNTA(...)}
     */
    private void rencana(int row, int firstRow, String withoutBobot) {
        String rk = ref(row, RK);
        String counted = absolute(firstRow, RK) + ":" + rk;
        cells.formula(row, NO, "IF(" + rk + "=\"\",\"\",COUNTA(" + counted + "))", NOTHING, Kind.INDEX);
        cells.blank(row, RK_ATASAN, Kind.TEXT);
        cells.blank(row, RK, Kind.TEXT);
        cells.blank(row, BOBOT_RK, Kind.GENERAL);
        cells.blank(row, IKI, Kind.TEXT);
        cells.blank(row, BOBOT_IKI, Kind.GENERAL);
        cells.blank(row, TARGET, Kind.GENERAL);
        cells.blank(row, TARGET_UPPER, Kind.GENERAL);
        for (int c = SATUAN; c <= TARGET_MAKSIMAL; c++) {
            cells.blank(row, c, Kind.TEXT_CENTER);
        }
        cells.blank(row, REALISASI, Kind.GENERAL);
        cells.height(row, 30);

        guarded(row, CAPAIAN, Optional.of(formulas.templateCapaian(ref(row, REALISASI), ref(row, TARGET),
                ref(row, TARGET_UPPER), ref(row, JENIS_TARGET))), Kind.SCORE);
        // SUM reads the empty text of a qualitative capaian not yet typed in as 0, as the scorer does.
        String capaian = "SUM(" + ref(row, CAPAIAN) + ")";
        guarded(row, KATEGORI, Optional.of(formulas.kategori(capaian)), Kind.TEXT_CENTER);
        Optional<String> nilai = formulas.templateNilai(capaian, ref(row, TARGET_MAKSIMAL));
        guarded(row, NILAI_IKI, nilai, Kind.SCORE);

        // With one IKI the nilai of the rencana kinerja is that of the IKI, with or without an IKI bobot of 100.
        Optional<String> nilaiRk = nilai.flatMap(n -> formulas.itemRounding(ref(row, NILAI_IKI)));
        guarded(row, NILAI_RK, nilaiRk, Kind.SCORE);
        String bobot = ref(row, BOBOT_RK);
        String nilaiRef = ref(row, NILAI_RK);
        Optional<String> tertimbang = nilaiRk.flatMap(n -> formulas.itemRounding("IF(" + bobot + "=\"\","
                + nilaiRef + withoutBobot + "," + nilaiRef + "*" + bobot + "/100)"));
        guarded(row, TERTIMBANG, tertimbang, Kind.SCORE);
    }

    // A formula that shows nothing while the row's IKI cell is empty, or a blank cell when there is no formula.
    private void guarded(int row, int column, Optional<String> formula, Kind kind) {
        if (formula.isEmpty()) {
            cells.blank(row, column, kind);
            return;
        }
        cells.formula(row, column, "IF(" + ref(row, IKI) + "=\"\",\"\"," + formula.get() + ")", NOTHING, kind);
    }

    private void total(int row, String label, String formula) {
        cells.merge(row, row, NO, NILAI_RK, Kind.SECTION);
        cells.text(row, NO, label, Kind.SECTION);
        cells.formula(row, TERTIMBANG, formula, NOTHING, Kind.SCORE_BOLD);
    }

    /** Writes the nilai akhir block with a blank nilai perilaku kerja; returns the row after it. */
    private int nilaiAkhir(Permen2021SheetWriter form, int top, String nilaiSkp) {
        int skpRow = top + 1;
        int perilakuRow = top + 2;
        int akhirRow = top + 3;
        int predikatRow = top + 4;
        int peerRow = top + 6;
        int inovasiRow = top + 7;
        form.nilaiAkhirLabels(top);

        String peer = ref(peerRow, AKHIR_NILAI) + "=\"" + Permen2021Form.YES + "\"";
        cells.formula(skpRow, AKHIR_NILAI, "IF(" + nilaiSkp + "=\"\",\"\"," + nilaiSkp + ")", NOTHING, Kind.SCORE);
        weighted(skpRow, "IF(" + peer + ",0.6,0.7)");
        cells.blank(perilakuRow, AKHIR_NILAI, Kind.GENERAL);
        weighted(perilakuRow, "IF(" + peer + ",0.4,0.3)");

        String skpHasil = ref(skpRow, AKHIR_HASIL);
        String perilakuHasil = ref(perilakuRow, AKHIR_HASIL);
        String akhir = ref(akhirRow, AKHIR_HASIL);
        // The nilai tertimbang above have no formula when the scorer rounds items with a mode Excel lacks.
        if (formulas.itemRounding("0").isPresent()) {
            cells.formula(akhirRow, AKHIR_HASIL, "IF(OR(" + skpHasil + "=\"\"," + perilakuHasil + "=\"\"),\"\","
                    + skpHasil + "+" + perilakuHasil + ")", NOTHING, Kind.SCORE_BOLD);
            cells.formula(predikatRow, AKHIR_HASIL, "IF(" + akhir + "=\"\",\"\"," + formulas.predikat(akhir,
                    ref(inovasiRow, AKHIR_NILAI)) + ")", NOTHING, Kind.TEXT_CENTER);
        } else {
            cells.blank(akhirRow, AKHIR_HASIL, Kind.SCORE_BOLD);
            cells.blank(predikatRow, AKHIR_HASIL, Kind.TEXT_CENTER);
        }

        cells.text(peerRow, AKHIR_NILAI, Permen2021Form.NO, Kind.TEXT_CENTER);
        cells.text(inovasiRow, AKHIR_NILAI, Permen2021Form.NO, Kind.TEXT_CENTER);
        return inovasiRow + 2;
    }

    // The bobot and the nilai tertimbang of a row of the nilai akhir block, both empty until the row has a nilai.
    // An empty bobot also keeps a reader from taking it for the missing nilai perilaku kerja.
    private void weighted(int row, String bobot) {
        String nilai = ref(row, AKHIR_NILAI);
        String empty = "IF(" + nilai + "=\"\",\"\",";
        cells.formula(row, AKHIR_BOBOT, empty + bobot + ")", NOTHING, Kind.PERCENT);
        Optional<String> hasil = formulas.itemRounding(nilai + "*" + ref(row, AKHIR_BOBOT));
        if (hasil.isPresent()) {
            cells.formula(row, AKHIR_HASIL, empty + hasil.get() + ")", NOTHING, Kind.SCORE);
        } else {
            cells.blank(row, AKHIR_HASIL, Kind.SCORE);
        }
    }

    private static String ref(int row, int column) {
        return SheetCells.ref(row, column);
    }

    private static String absolute(int row, int column) {
        return new CellReference(row, column, true, true).formatAsString();
    }

    private static String range(int column, int firstRow, int lastRow) {
        return ref(firstRow, column) + ":" + ref(lastRow, column);
    }
}
