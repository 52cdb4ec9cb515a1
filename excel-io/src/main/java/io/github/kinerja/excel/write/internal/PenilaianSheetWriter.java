package io.github.kinerja.excel.write.internal;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.RoundingPolicy;
import io.github.kinerja.core.pp46.AspekSkp;
import io.github.kinerja.core.pp46.Kegiatan;
import io.github.kinerja.core.pp46.Kreativitas;
import io.github.kinerja.core.pp46.ManfaatKreativitas;
import io.github.kinerja.core.pp46.Realisasi;
import io.github.kinerja.core.pp46.SatuanWaktu;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.Target;
import io.github.kinerja.core.pp46.TugasTambahan;
import io.github.kinerja.core.pp46.calc.AspekResult;
import io.github.kinerja.core.pp46.calc.KegiatanResult;
import io.github.kinerja.core.pp46.calc.Pp46Result;
import io.github.kinerja.excel.write.internal.FormParts.IdentityColumns;
import io.github.kinerja.excel.write.internal.FormStyles.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes the Penilaian Capaian SKP sheet of PP 46/2011 with live formulas.
 *
 * <p>Columns (1-based letters): A NO, B:C kegiatan, D AK, E:J TARGET (E kuantitas, F satuan, G kualitas, H waktu,
 * I satuan waktu, J biaya), K AK, L:Q REALISASI in the same order, R PENGHITUNGAN, S NILAI CAPAIAN SKP. Columns T
 * to Y, outside the print area, show the capaian of each aspect and the efisiensi of waktu and biaya that the
 * penghitungan adds up. Rows: title, period, the identity blocks, the two-row header with a numbering row, the
 * kegiatan, {@code II. Tugas Tambahan}, {@code III. Kreativitas}, the Nilai Capaian SKP with its category in
 * words, and the signature of the pejabat penilai.
 */
public final class PenilaianSheetWriter {

    /** The name of the sheet. */
    public static final String SHEET_NAME = "SKP";

    static final int NO = 0;
    static final int URAIAN = 1;
    static final int URAIAN_LAST = 2;
    static final int AK_TARGET = 3;
    static final int TARGET_KUANTITAS = 4;
    static final int TARGET_KUALITAS = 6;
    static final int TARGET_WAKTU = 7;
    static final int TARGET_BIAYA = 9;
    static final int AK_REALISASI = 10;
    static final int REALISASI_KUANTITAS = 11;
    static final int REALISASI_KUALITAS = 13;
    static final int REALISASI_WAKTU = 14;
    static final int REALISASI_BIAYA = 16;
    static final int PENGHITUNGAN = 17;
    static final int NILAI = 18;
    /** The 0-based column of the NILAI CAPAIAN SKP values. */
    public static final int NILAI_COLUMN = NILAI;
    static final int CAPAIAN_KUANTITAS = 19;
    static final int CAPAIAN_KUALITAS = 20;
    static final int EFISIENSI_WAKTU = 21;
    static final int CAPAIAN_WAKTU = 22;
    static final int EFISIENSI_BIAYA = 23;
    static final int CAPAIAN_BIAYA = 24;
    static final int LAST_PRINTED = NILAI;

    static final int HEADER_ROW = 10;
    static final int NUMBERING_ROW = 12;
    static final int FIRST_KEGIATAN_ROW = 13;

    private static final int[] WIDTHS = {5, 18, 32, 7, 9, 11, 9, 7, 8, 15, 7, 9, 11, 9, 7, 8, 15, 14, 14,
        11, 11, 11, 11, 11, 11};
    private static final int URAIAN_WIDTH = WIDTHS[URAIAN] + WIDTHS[URAIAN_LAST];
    private static final IdentityColumns PEJABAT = new IdentityColumns(NO, URAIAN, URAIAN, URAIAN_LAST,
            TARGET_BIAYA);
    private static final IdentityColumns PEGAWAI = new IdentityColumns(AK_REALISASI, REALISASI_KUANTITAS,
            REALISASI_KUALITAS, REALISASI_WAKTU, NILAI);

    private final SheetCells cells;
    private final Pp46Formulas formulas;
    private final RoundingPolicy rounding;

    PenilaianSheetWriter(SheetCells cells, Pp46Formulas formulas) {
        this.cells = cells;
        this.formulas = formulas;
        this.rounding = formulas.scorer().roundingPolicy();
    }

    /**
     * Writes the sheet into a workbook.
     *
     * @param styles  the styles of the workbook, not null
     * @param formulas  the formulas of the scorer that scored the SKP, not null
     * @param skp  the SKP, not null
     * @param result  the scorer's result for the SKP, not null
     * @param place  the place of signing, empty for a dotted line, not null
     * @param signingDate  the date of signing, not null
     * @return the 0-based row of the Nilai Capaian SKP, for the summary sheet, not null
     */
    public static int write(FormStyles styles, Pp46Formulas formulas, SkpPp46 skp, Pp46Result result,
            Optional<String> place, LocalDate signingDate) {
        Workbook workbook = styles.workbook();
        Sheet sheet = workbook.createSheet(SHEET_NAME);
        PenilaianSheetWriter writer = new PenilaianSheetWriter(new SheetCells(sheet, styles), formulas);
        return writer.writeSheet(skp, result, place, signingDate);
    }

    private int writeSheet(SkpPp46 skp, Pp46Result result, Optional<String> place, LocalDate signingDate) {
        columns();
        title(skp.period());
        identityBlocks(skp.pejabatPenilai(), Optional.of(skp.pegawai()));
        header();

        int row = FIRST_KEGIATAN_ROW;
        for (int i = 0; i < skp.kegiatan().size(); i++) {
            kegiatan(row++, i + 1, skp.kegiatan().get(i), result.kegiatan().get(i));
        }
        int lastKegiatanRow = row - 1;

        int tugasTambahanRow = row++;
        int firstItem = row;
        row = items(row, skp.tugasTambahan().stream().map(TugasTambahan::description).toList(), List.of());
        section(tugasTambahanRow, "II. Tugas Tambahan",
                formulas.tugasTambahan(range(URAIAN, firstItem, row - 1)), result.capaianSkp().tugasTambahan());

        int kreativitasRow = row++;
        firstItem = row;
        row = items(row, skp.kreativitas().stream().map(Kreativitas::description).toList(), skp.kreativitas());
        section(kreativitasRow, "III. Kreativitas", formulas.kreativitas(range(NILAI, firstItem, row - 1)),
                result.capaianSkp().kreativitas());

        int nilaiRow = row;
        nilaiCapaianSkp(nilaiRow, lastKegiatanRow, tugasTambahanRow, kreativitasRow, result);

        int signatureRow = nilaiRow + 3;
        FormParts.placeAndDate(cells, signatureRow, REALISASI_WAKTU, REALISASI_BIAYA - 1, NILAI, place,
                signingDate);
        FormParts.signature(cells, signatureRow + 1, REALISASI_WAKTU, NILAI, "Pejabat Penilai,",
                skp.pejabatPenilai());
        FormParts.pageSetup(cells.sheet(), HEADER_ROW, NUMBERING_ROW, LAST_PRINTED, signatureRow + 6);
        return nilaiRow;
    }

    void title(AssessmentPeriod period) {
        cells.merge(0, 0, NO, LAST_PRINTED, Kind.TITLE);
        cells.text(0, NO, "PENILAIAN CAPAIAN SASARAN KERJA PEGAWAI NEGERI SIPIL", Kind.TITLE);
        cells.height(0, 20);
        cells.merge(1, 1, NO, LAST_PRINTED, Kind.SUBTITLE);
        cells.text(1, NO, "Jangka Waktu Penilaian " + IndonesianText.period(period), Kind.SUBTITLE);
    }

    void columns() {
        for (int c = 0; c < WIDTHS.length; c++) {
            cells.width(c, WIDTHS[c]);
        }
    }

    void identityBlocks(Optional<Person> pejabatPenilai, Optional<Person> pegawai) {
        FormParts.identityBlock(cells, 3, PEJABAT, "I. PEJABAT PENILAI", pejabatPenilai);
        FormParts.identityBlock(cells, 3, PEGAWAI, "II. PEGAWAI NEGERI SIPIL YANG DINILAI", pegawai);
    }

    void header() {
        int top = HEADER_ROW;
        int sub = HEADER_ROW + 1;
        spanned(top, sub, NO, NO, "NO");
        spanned(top, sub, URAIAN, URAIAN_LAST, "I. Kegiatan Tugas Jabatan");
        spanned(top, sub, AK_TARGET, AK_TARGET, "AK");
        spanned(top, top, TARGET_KUANTITAS, TARGET_BIAYA, "TARGET");
        spanned(top, sub, AK_REALISASI, AK_REALISASI, "AK");
        spanned(top, top, REALISASI_KUANTITAS, REALISASI_BIAYA, "REALISASI");
        spanned(top, sub, PENGHITUNGAN, PENGHITUNGAN, "PENGHITUNGAN");
        spanned(top, sub, NILAI, NILAI, "NILAI CAPAIAN SKP");
        spanned(top, top, CAPAIAN_KUANTITAS, CAPAIAN_BIAYA, "CAPAIAN PER ASPEK");
        for (int start : new int[] {TARGET_KUANTITAS, REALISASI_KUANTITAS}) {
            spanned(sub, sub, start, start + 1, "Kuant/ Output");
            spanned(sub, sub, start + 2, start + 2, "Kual/ Mutu");
            spanned(sub, sub, start + 3, start + 4, "Waktu");
            spanned(sub, sub, start + 5, start + 5, "Biaya");
        }
        String[] aspects = {"Kuant/ Output", "Kual/ Mutu", "Efisiensi Waktu (%)", "Waktu", "Efisiensi Biaya (%)",
            "Biaya"};
        for (int i = 0; i < aspects.length; i++) {
            spanned(sub, sub, CAPAIAN_KUANTITAS + i, CAPAIAN_KUANTITAS + i, aspects[i]);
        }
        cells.height(top, 28);
        cells.height(sub, 28);

        // The form numbers its columns 1 to 14, counting a two-cell field once.
        int[][] spans = {{NO, NO}, {URAIAN, URAIAN_LAST}, {AK_TARGET, AK_TARGET}, {4, 5}, {6, 6}, {7, 8}, {9, 9},
            {AK_REALISASI, AK_REALISASI}, {11, 12}, {13, 13}, {14, 15}, {16, 16}, {PENGHITUNGAN, PENGHITUNGAN},
            {NILAI, NILAI}};
        for (int i = 0; i < spans.length; i++) {
            cells.merge(NUMBERING_ROW, NUMBERING_ROW, spans[i][0], spans[i][1], Kind.NUMBERING);
            cells.number(NUMBERING_ROW, spans[i][0], BigDecimal.valueOf(i + 1L), Kind.NUMBERING);
        }
    }

    private void spanned(int firstRow, int lastRow, int firstColumn, int lastColumn, String text) {
        cells.merge(firstRow, lastRow, firstColumn, lastColumn, Kind.HEADER);
        cells.text(firstRow, firstColumn, text, Kind.HEADER);
    }

    private void kegiatan(int row, int number, Kegiatan kegiatan, KegiatanResult result) {
        cells.number(row, NO, BigDecimal.valueOf(number), Kind.INDEX);
        cells.merge(row, row, URAIAN, URAIAN_LAST, Kind.TEXT);
        cells.text(row, URAIAN, kegiatan.name(), Kind.TEXT);
        FormParts.fitHeight(cells, row, kegiatan.name(), URAIAN_WIDTH);

        Target target = kegiatan.target().orElseThrow(() -> new IllegalArgumentException(
                "kegiatan \"" + kegiatan.name() + "\" has no target, so it cannot be written on the evaluation form"));
        String waktu = satuanWaktu(kegiatan.satuanWaktu());
        optionalNumber(row, AK_TARGET, target.angkaKredit());
        sideValues(row, TARGET_KUANTITAS, kegiatan, target.kuantitas(), target.kualitas(), target.waktu(), waktu);
        if (target.biaya().isPresent()) {
            cells.number(row, TARGET_BIAYA, target.biaya().get(), FormParts.numberKind(target.biaya().get()));
        } else {
            cells.text(row, TARGET_BIAYA, "-", Kind.TEXT_CENTER);
        }

        Optional<Realisasi> realisasi = kegiatan.realisasi();
        optionalNumber(row, AK_REALISASI, realisasi.flatMap(Realisasi::angkaKredit));
        if (realisasi.isPresent()) {
            Realisasi r = realisasi.get();
            sideValues(row, REALISASI_KUANTITAS, kegiatan, r.kuantitas(), r.kualitas(), r.waktu(), waktu);
        } else {
            for (int c = REALISASI_KUANTITAS; c < REALISASI_BIAYA; c++) {
                cells.blank(row, c, Kind.TEXT_CENTER);
            }
        }
        Optional<BigDecimal> biaya = realisasi.flatMap(Realisasi::biaya);
        if (biaya.isPresent()) {
            cells.number(row, REALISASI_BIAYA, biaya.get(), FormParts.numberKind(biaya.get()));
        } else if (target.hasBiaya()) {
            cells.blank(row, REALISASI_BIAYA, Kind.WHOLE);
        } else {
            cells.text(row, REALISASI_BIAYA, "-", Kind.TEXT_CENTER);
        }
        calculation(row, result);
    }

    // Writes kuantitas, satuan, kualitas, waktu and satuan waktu of one side, target or realisasi.
    private void sideValues(int row, int first, Kegiatan kegiatan, BigDecimal kuantitas, BigDecimal kualitas,
            BigDecimal waktu, String satuanWaktu) {
        cells.number(row, first, kuantitas, FormParts.numberKind(kuantitas));
        if (kegiatan.satuanOutput().isPresent()) {
            cells.text(row, first + 1, kegiatan.satuanOutput().get(), Kind.TEXT_CENTER);
        } else {
            cells.blank(row, first + 1, Kind.TEXT_CENTER);
        }
        cells.number(row, first + 2, kualitas, FormParts.numberKind(kualitas));
        cells.number(row, first + 3, waktu, FormParts.numberKind(waktu));
        cells.text(row, first + 4, satuanWaktu, Kind.TEXT_CENTER);
    }

    private void optionalNumber(int row, int column, Optional<BigDecimal> value) {
        if (value.isPresent()) {
            cells.number(row, column, value.get(), FormParts.numberKind(value.get()));
        } else {
            cells.blank(row, column, Kind.DECIMAL);
        }
    }

    // The aspect values, penghitungan and nilai of one kegiatan: formulas over the row's cells, or the library's
    // values as constants when the scorer's calculators have no formula.
    private void calculation(int row, KegiatanResult result) {
        BigDecimal kuantitas = aspect(result, AspekSkp.KUANTITAS);
        BigDecimal kualitas = aspect(result, AspekSkp.KUALITAS);
        BigDecimal waktu = aspect(result, AspekSkp.WAKTU);
        Optional<AspekResult> biaya = result.aspect(AspekSkp.BIAYA);
        Optional<BigDecimal> efisiensiWaktu = result.aspect(AspekSkp.WAKTU).flatMap(AspekResult::efisiensi);
        Optional<BigDecimal> efisiensiBiaya = biaya.flatMap(AspekResult::efisiensi);
        BigDecimal nilai = rounding.roundItem(result.value());
        Optional<String> nilaiFormula = formulas.itemRounding(ref(row, PENGHITUNGAN) + "/IF(" + hasBiaya(row)
                + ",4,3)");

        if (!formulas.hasKegiatanFormulas() || nilaiFormula.isEmpty()) {
            cells.number(row, CAPAIAN_KUANTITAS, kuantitas, Kind.SCORE);
            cells.number(row, CAPAIAN_KUALITAS, kualitas, Kind.SCORE);
            numberOrDash(row, EFISIENSI_WAKTU, efisiensiWaktu);
            cells.number(row, CAPAIAN_WAKTU, waktu, Kind.SCORE);
            numberOrDash(row, EFISIENSI_BIAYA, efisiensiBiaya);
            numberOrDash(row, CAPAIAN_BIAYA, biaya.map(AspekResult::value));
            cells.number(row, PENGHITUNGAN, result.penghitungan(), Kind.SCORE);
            cells.number(row, NILAI, nilai, Kind.SCORE);
            return;
        }
        String executed = "COUNT(" + ref(row, REALISASI_KUANTITAS) + "," + ref(row, REALISASI_KUALITAS) + ","
                + ref(row, REALISASI_WAKTU) + "," + ref(row, REALISASI_BIAYA) + ")>0";
        cells.formula(row, CAPAIAN_KUANTITAS, Pp46Formulas.ratio(executed, ref(row, TARGET_KUANTITAS),
                ref(row, REALISASI_KUANTITAS)), kuantitas, Kind.SCORE);
        cells.formula(row, CAPAIAN_KUALITAS, Pp46Formulas.ratio(executed, ref(row, TARGET_KUALITAS),
                ref(row, REALISASI_KUALITAS)), kualitas, Kind.SCORE);
        efficiency(row, executed, TARGET_WAKTU, REALISASI_WAKTU, EFISIENSI_WAKTU, CAPAIAN_WAKTU, Optional.empty(),
                efisiensiWaktu, Optional.of(waktu));
        efficiency(row, executed, TARGET_BIAYA, REALISASI_BIAYA, EFISIENSI_BIAYA, CAPAIAN_BIAYA,
                Optional.of(hasBiaya(row)), efisiensiBiaya, biaya.map(AspekResult::value));
        cells.formula(row, PENGHITUNGAN, "SUM(" + ref(row, CAPAIAN_KUANTITAS) + ":" + ref(row, CAPAIAN_KUALITAS)
                + "," + ref(row, CAPAIAN_WAKTU) + "," + ref(row, CAPAIAN_BIAYA) + ")", result.penghitungan(),
                Kind.SCORE);
        cells.formula(row, NILAI, nilaiFormula.get(), nilai, Kind.SCORE);
    }

    // The efisiensi and capaian of waktu or biaya. An aspect with a condition (biaya applies only to a kegiatan
    // with a budget) shows "-" where the condition is false.
    private void efficiency(int row, String executed, int targetColumn, int realisasiColumn, int efisiensiColumn,
            int capaianColumn, Optional<String> applies, Optional<BigDecimal> efisiensi,
            Optional<BigDecimal> capaian) {
        String target = ref(row, targetColumn);
        String realisasi = ref(row, realisasiColumn);
        String efisiensiFormula = Pp46Formulas.efisiensi(executed, target, realisasi);
        String capaianFormula = Pp46Formulas.efficiency(executed, target, realisasi, ref(row, efisiensiColumn));
        if (applies.isPresent()) {
            efisiensiFormula = "IF(" + applies.get() + "," + efisiensiFormula + ",\"-\")";
            capaianFormula = "IF(" + applies.get() + "," + capaianFormula + ",\"-\")";
        }
        if (efisiensi.isPresent()) {
            cells.formula(row, efisiensiColumn, efisiensiFormula, efisiensi.get(), Kind.SCORE);
        } else {
            cells.formula(row, efisiensiColumn, efisiensiFormula, "-", Kind.SCORE);
        }
        if (capaian.isPresent()) {
            cells.formula(row, capaianColumn, capaianFormula, capaian.get(), Kind.SCORE);
        } else {
            cells.formula(row, capaianColumn, capaianFormula, "-", Kind.SCORE);
        }
    }

    private void numberOrDash(int row, int column, Optional<BigDecimal> value) {
        if (value.isPresent()) {
            cells.number(row, column, value.get(), Kind.SCORE);
        } else {
            cells.text(row, column, "-", Kind.TEXT_CENTER);
        }
    }

    // A kegiatan has a budget when its biaya target is a number other than 0; "-" or 0 means three aspects.
    static String hasBiaya(int row) {
        String biaya = ref(row, TARGET_BIAYA);
        return "AND(ISNUMBER(" + biaya + ")," + biaya + "<>0)";
    }

    private static BigDecimal aspect(KegiatanResult result, AspekSkp aspek) {
        return result.aspect(aspek).map(AspekResult::value).orElse(BigDecimal.ZERO);
    }

    // Writes the items of a section and returns the next free row; an empty section gets one blank row to fill in.
    private int items(int row, List<String> descriptions, List<Kreativitas> kreativitas) {
        if (descriptions.isEmpty()) {
            for (int c = NO; c <= NILAI; c++) {
                cells.blank(row, c, Kind.TEXT);
            }
            cells.merge(row, row, URAIAN, URAIAN_LAST, Kind.TEXT);
            return row + 1;
        }
        for (int i = 0; i < descriptions.size(); i++) {
            int r = row + i;
            cells.number(r, NO, BigDecimal.valueOf(i + 1L), Kind.INDEX);
            cells.merge(r, r, URAIAN, URAIAN_LAST, Kind.TEXT);
            cells.text(r, URAIAN, descriptions.get(i), Kind.TEXT);
            FormParts.fitHeight(cells, r, descriptions.get(i), URAIAN_WIDTH);
            cells.merge(r, r, AK_TARGET, PENGHITUNGAN, Kind.TEXT);
            if (kreativitas.isEmpty()) {
                cells.blank(r, NILAI, Kind.SCORE);
            } else {
                ManfaatKreativitas manfaat = kreativitas.get(i).manfaat();
                cells.text(r, AK_TARGET, manfaatText(manfaat), Kind.TEXT);
                cells.number(r, NILAI, manfaat.value(), Kind.SCORE);
            }
        }
        return row + descriptions.size();
    }

    void section(int row, String label, Optional<String> formula, BigDecimal value) {
        cells.blank(row, NO, Kind.SECTION);
        cells.merge(row, row, URAIAN, PENGHITUNGAN, Kind.SECTION);
        cells.text(row, URAIAN, label, Kind.SECTION);
        if (formula.isPresent()) {
            cells.formula(row, NILAI, formula.get(), value, Kind.SCORE);
        } else {
            cells.number(row, NILAI, value, Kind.SCORE);
        }
    }

    private void nilaiCapaianSkp(int row, int lastKegiatanRow, int tugasTambahanRow, int kreativitasRow,
            Pp46Result result) {
        cells.merge(row, row + 1, NO, PENGHITUNGAN, Kind.SECTION);
        cells.text(row, NO, "Nilai Capaian SKP", Kind.SECTION);
        String nilai = ref(row, NILAI);
        BigDecimal value = result.capaianSkp().value();
        if (formulas.hasCapaianFormula()) {
            cells.formula(row, NILAI, "AVERAGE(" + range(NILAI, FIRST_KEGIATAN_ROW, lastKegiatanRow) + ")+"
                    + ref(tugasTambahanRow, NILAI) + "+" + ref(kreativitasRow, NILAI), value, Kind.SCORE_BOLD);
        } else {
            cells.number(row, NILAI, value, Kind.SCORE_BOLD);
        }
        String kategori = "(" + result.nilaiCapaianSkp().kategori().label() + ")";
        Optional<String> kategoriFormula = formulas.kategoriInBrackets(nilai);
        if (kategoriFormula.isPresent()) {
            cells.formula(row + 1, NILAI, kategoriFormula.get(), kategori, Kind.TEXT_CENTER);
        } else {
            cells.text(row + 1, NILAI, kategori, Kind.TEXT_CENTER);
        }
    }

    static String satuanWaktu(SatuanWaktu satuan) {
        return satuan == SatuanWaktu.HARI ? "Hari" : "Bulan";
    }

    private static String manfaatText(ManfaatKreativitas manfaat) {
        return switch (manfaat) {
            case UNIT_KERJA -> "Bermanfaat bagi unit kerjanya";
            case ORGANISASI -> "Bermanfaat bagi organisasinya";
            case NEGARA -> "Bermanfaat bagi negara";
        };
    }

    private static String ref(int row, int column) {
        return SheetCells.ref(row, column);
    }

    private static String range(int column, int firstRow, int lastRow) {
        return ref(firstRow, column) + ":" + ref(lastRow, column);
    }
}
