package io.github.kinerja.excel.write.internal;

import static io.github.kinerja.excel.write.internal.PenilaianSheetWriter.AK_REALISASI;
import static io.github.kinerja.excel.write.internal.PenilaianSheetWriter.CAPAIAN_BIAYA;
import static io.github.kinerja.excel.write.internal.PenilaianSheetWriter.CAPAIAN_KUALITAS;
import static io.github.kinerja.excel.write.internal.PenilaianSheetWriter.CAPAIAN_KUANTITAS;
import static io.github.kinerja.excel.write.internal.PenilaianSheetWriter.CAPAIAN_WAKTU;
import static io.github.kinerja.excel.write.internal.PenilaianSheetWriter.EFISIENSI_BIAYA;
import static io.github.kinerja.excel.write.internal.PenilaianSheetWriter.EFISIENSI_WAKTU;
import static io.github.kinerja.excel.write.internal.PenilaianSheetWriter.FIRST_KEGIATAN_ROW;
import static io.github.kinerja.excel.write.internal.PenilaianSheetWriter.NILAI;
import static io.github.kinerja.excel.write.internal.PenilaianSheetWriter.NO;
import static io.github.kinerja.excel.write.internal.PenilaianSheetWriter.PENGHITUNGAN;
import static io.github.kinerja.excel.write.internal.PenilaianSheetWriter.REALISASI_BIAYA;
import static io.github.kinerja.excel.write.internal.PenilaianSheetWriter.REALISASI_KUALITAS;
import static io.github.kinerja.excel.write.internal.PenilaianSheetWriter.REALISASI_KUANTITAS;
import static io.github.kinerja.excel.write.internal.PenilaianSheetWriter.REALISASI_WAKTU;
import static io.github.kinerja.excel.write.internal.PenilaianSheetWriter.TARGET_BIAYA;
import static io.github.kinerja.excel.write.internal.PenilaianSheetWriter.TARGET_KUALITAS;
import static io.github.kinerja.excel.write.internal.PenilaianSheetWriter.TARGET_KUANTITAS;
import static io.github.kinerja.excel.write.internal.PenilaianSheetWriter.TARGET_WAKTU;
import static io.github.kinerja.excel.write.internal.PenilaianSheetWriter.URAIAN;
import static io.github.kinerja.excel.write.internal.PenilaianSheetWriter.URAIAN_LAST;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.excel.write.internal.FormStyles.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * Writes the empty PP 46/2011 forms that an agency fills in by hand: the Formulir SKP and the Penilaian Capaian SKP
 * with blank identity blocks and a number of blank kegiatan rows.
 *
 * <p>On the Penilaian form every blank kegiatan row already holds the formulas of a written form, each guarded so
 * that it shows nothing until the row has a kegiatan: typing a kegiatan, its target and its realisasi makes the
 * row, the Nilai Capaian SKP and its category calculate. The row number counts the filled rows above it. When the
 * scorer's calculators have no Excel formula, the calculated cells stay blank and only a reader can score the
 * filled form.
 */
public final class Pp46TemplateWriter {

    private static final String NOTHING = "";

    private Pp46TemplateWriter() {
    }

    /**
     * Writes an empty Formulir SKP sheet.
     *
     * @param styles  the styles of the workbook, not null
     * @param period  the period printed under the title, not null
     * @param kegiatanRows  the number of blank kegiatan rows, at least 1
     * @param place  the place of signing, empty for a dotted line, not null
     * @param signingDate  the date of signing, not null
     */
    public static void formulir(FormStyles styles, AssessmentPeriod period, int kegiatanRows, Optional<String> place,
            LocalDate signingDate) {
        SheetCells cells = new SheetCells(styles.workbook().createSheet(FormulirSheetWriter.SHEET_NAME), styles);
        FormulirSheetWriter writer = new FormulirSheetWriter(cells);
        writer.top(period, Optional.empty(), Optional.empty());
        int row = FormulirSheetWriter.FIRST_KEGIATAN_ROW;
        for (int i = 0; i < kegiatanRows; i++, row++) {
            rowNumber(cells, row, FormulirSheetWriter.NO, FormulirSheetWriter.URAIAN,
                    FormulirSheetWriter.FIRST_KEGIATAN_ROW);
            cells.merge(row, row, FormulirSheetWriter.URAIAN, FormulirSheetWriter.URAIAN_LAST, Kind.TEXT);
            for (int c = FormulirSheetWriter.AK; c <= FormulirSheetWriter.LAST; c++) {
                cells.blank(row, c, Kind.TEXT_CENTER);
            }
        }
        writer.bottom(row, BigDecimal.ZERO, Optional.empty(), Optional.empty(), place, signingDate);
    }

    /**
     * Writes an empty Penilaian Capaian SKP sheet.
     *
     * @param styles  the styles of the workbook, not null
     * @param formulas  the formulas of the scorer that will score the filled form, not null
     * @param period  the period printed under the title, not null
     * @param kegiatanRows  the number of blank kegiatan rows, at least 1
     * @param sectionRows  the number of blank rows under tugas tambahan and under kreativitas, at least 1
     * @param place  the place of signing, empty for a dotted line, not null
     * @param signingDate  the date of signing, not null
     */
    public static void penilaian(FormStyles styles, Pp46Formulas formulas, AssessmentPeriod period, int kegiatanRows,
            int sectionRows, Optional<String> place, LocalDate signingDate) {
        Sheet sheet = styles.workbook().createSheet(PenilaianSheetWriter.SHEET_NAME);
        SheetCells cells = new SheetCells(sheet, styles);
        PenilaianSheetWriter writer = new PenilaianSheetWriter(cells, formulas);
        writer.columns();
        writer.title(period);
        writer.identityBlocks(Optional.empty(), Optional.empty());
        writer.header();

        int row = FIRST_KEGIATAN_ROW;
        for (int i = 0; i < kegiatanRows; i++, row++) {
            kegiatan(cells, formulas, row);
        }
        int lastKegiatanRow = row - 1;

        int tugasTambahanRow = row++;
        int firstItem = row;
        row = blankItems(cells, row, sectionRows);
        writer.section(tugasTambahanRow, "II. Tugas Tambahan",
                formulas.tugasTambahan(range(URAIAN, firstItem, row - 1)), BigDecimal.ZERO);

        int kreativitasRow = row++;
        firstItem = row;
        row = blankItems(cells, row, sectionRows);
        writer.section(kreativitasRow, "III. Kreativitas", formulas.kreativitas(range(NILAI, firstItem, row - 1)),
                BigDecimal.ZERO);

        int nilaiRow = row;
        nilaiCapaianSkp(cells, formulas, nilaiRow, lastKegiatanRow, tugasTambahanRow, kreativitasRow);

        int signatureRow = nilaiRow + 3;
        FormParts.placeAndDate(cells, signatureRow, REALISASI_WAKTU, REALISASI_BIAYA - 1, NILAI, place,
                signingDate);
        FormParts.signature(cells, signatureRow + 1, REALISASI_WAKTU, NILAI, "Pejabat Penilai,", Optional.empty());
        FormParts.pageSetup(sheet, PenilaianSheetWriter.HEADER_ROW, PenilaianSheetWriter.NUMBERING_ROW,
                PenilaianSheetWriter.LAST_PRINTED, signatureRow + 6);
    }

    // A blank kegiatan row whose calculated cells wait for the kegiatan to be typed in.
    private static void kegiatan(SheetCells cells, Pp46Formulas formulas, int row) {
        rowNumber(cells, row, NO, URAIAN, FIRST_KEGIATAN_ROW);
        cells.merge(row, row, URAIAN, URAIAN_LAST, Kind.TEXT);
        for (int c = PenilaianSheetWriter.AK_TARGET; c <= REALISASI_BIAYA; c++) {
            cells.blank(row, c, c == AK_REALISASI ? Kind.DECIMAL : Kind.TEXT_CENTER);
        }

        Optional<String> nilai = formulas.itemRounding(ref(row, PENGHITUNGAN) + "/IF("
                + PenilaianSheetWriter.hasBiaya(row) + ",4,3)");
        if (!formulas.hasKegiatanFormulas() || nilai.isEmpty()) {
            for (int c = PENGHITUNGAN; c <= CAPAIAN_BIAYA; c++) {
                cells.blank(row, c, Kind.SCORE);
            }
            return;
        }
        String executed = "COUNT(" + ref(row, REALISASI_KUANTITAS) + "," + ref(row, REALISASI_KUALITAS) + ","
                + ref(row, REALISASI_WAKTU) + "," + ref(row, REALISASI_BIAYA) + ")>0";
        String hasBiaya = PenilaianSheetWriter.hasBiaya(row);
        guarded(cells, row, CAPAIAN_KUANTITAS, Pp46Formulas.ratio(executed, ref(row, TARGET_KUANTITAS),
                ref(row, REALISASI_KUANTITAS)));
        guarded(cells, row, CAPAIAN_KUALITAS, Pp46Formulas.ratio(executed, ref(row, TARGET_KUALITAS),
                ref(row, REALISASI_KUALITAS)));
        guarded(cells, row, EFISIENSI_WAKTU, Pp46Formulas.efisiensi(executed, ref(row, TARGET_WAKTU),
                ref(row, REALISASI_WAKTU)));
        guarded(cells, row, CAPAIAN_WAKTU, Pp46Formulas.efficiency(executed, ref(row, TARGET_WAKTU),
                ref(row, REALISASI_WAKTU), ref(row, EFISIENSI_WAKTU)));
        guarded(cells, row, EFISIENSI_BIAYA, "IF(" + hasBiaya + "," + Pp46Formulas.efisiensi(executed,
                ref(row, TARGET_BIAYA), ref(row, REALISASI_BIAYA)) + ",\"-\")");
        guarded(cells, row, CAPAIAN_BIAYA, "IF(" + hasBiaya + "," + Pp46Formulas.efficiency(executed,
                ref(row, TARGET_BIAYA), ref(row, REALISASI_BIAYA), ref(row, EFISIENSI_BIAYA)) + ",\"-\")");
        guarded(cells, row, PENGHITUNGAN, "SUM(" + ref(row, CAPAIAN_KUANTITAS) + ":" + ref(row, CAPAIAN_KUALITAS)
                + "," + ref(row, CAPAIAN_WAKTU) + "," + ref(row, CAPAIAN_BIAYA) + ")");
        guarded(cells, row, NILAI, nilai.get());
    }

    // A formula that shows nothing while the row's kegiatan cell is empty.
    private static void guarded(SheetCells cells, int row, int column, String formula) {
        cells.formula(row, column, "IF(" + ref(row, URAIAN) + "=\"\",\"\"," + formula + ")", NOTHING, Kind.SCORE);
    }

    // The row number counts the filled kegiatan cells down to this row, so numbering follows what is typed in.
    private static void rowNumber(SheetCells cells, int row, int numberColumn, int uraianColumn, int firstRow) {
        String uraian = ref(row, uraianColumn);
        String counted = new CellReference(firstRow, uraianColumn, true, true).formatAsString() + ":" + uraian;
        cells.formula(row, numberColumn, "IF(" + uraian + "=\"\",\"\",COUNTA(" + counted + "))", NOTHING,
                Kind.INDEX);
    }

    private static int blankItems(SheetCells cells, int row, int count) {
        for (int r = row; r < row + count; r++) {
            for (int c = NO; c <= NILAI; c++) {
                cells.blank(r, c, c == NILAI ? Kind.SCORE : Kind.TEXT);
            }
            cells.merge(r, r, URAIAN, URAIAN_LAST, Kind.TEXT);
            cells.merge(r, r, PenilaianSheetWriter.AK_TARGET, PENGHITUNGAN, Kind.TEXT);
        }
        return row + count;
    }

    private static void nilaiCapaianSkp(SheetCells cells, Pp46Formulas formulas, int row, int lastKegiatanRow,
            int tugasTambahanRow, int kreativitasRow) {
        cells.merge(row, row + 1, NO, PENGHITUNGAN, Kind.SECTION);
        cells.text(row, NO, "Nilai Capaian SKP", Kind.SECTION);
        String kegiatan = range(NILAI, FIRST_KEGIATAN_ROW, lastKegiatanRow);
        // AVERAGE skips the empty text that unfilled rows show, so only filled kegiatan count.
        if (formulas.hasCapaianFormula()) {
            cells.formula(row, NILAI, "IF(COUNT(" + kegiatan + ")=0,\"\",AVERAGE(" + kegiatan + ")+"
                    + ref(tugasTambahanRow, NILAI) + "+" + ref(kreativitasRow, NILAI) + ")", NOTHING,
                    Kind.SCORE_BOLD);
        } else {
            cells.blank(row, NILAI, Kind.SCORE_BOLD);
        }
        String nilai = ref(row, NILAI);
        Optional<String> kategori = formulas.kategoriInBrackets(nilai);
        if (kategori.isPresent() && formulas.hasCapaianFormula()) {
            cells.formula(row + 1, NILAI, "IF(" + nilai + "=\"\",\"\"," + kategori.get() + ")", NOTHING,
                    Kind.TEXT_CENTER);
        } else {
            cells.blank(row + 1, NILAI, Kind.TEXT_CENTER);
        }
    }

    private static String ref(int row, int column) {
        return SheetCells.ref(row, column);
    }

    private static String range(int column, int firstRow, int lastRow) {
        return ref(firstRow, column) + ":" + ref(lastRow, column);
    }
}
