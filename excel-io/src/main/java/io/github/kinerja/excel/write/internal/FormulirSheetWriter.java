package io.github.kinerja.excel.write.internal;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.pp46.Kegiatan;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.Target;
import io.github.kinerja.excel.write.internal.FormParts.IdentityColumns;
import io.github.kinerja.excel.write.internal.FormStyles.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Writes the Formulir Sasaran Kerja Pegawai Negeri Sipil of PP 46/2011: the plan that the pegawai and the pejabat
 * penilai sign at the start of the period.
 *
 * <p>Columns (1-based letters): A NO, B:C kegiatan, D AK, E:J TARGET (E kuantitas, F satuan, G kualitas, H waktu,
 * I satuan waktu, J biaya). Rows: title, period, the identity blocks {@code I. PEJABAT PENILAI} and
 * {@code II. PEGAWAI NEGERI SIPIL YANG DINILAI}, the header {@code III. KEGIATAN TUGAS JABATAN}, the kegiatan, a
 * {@code JUMLAH} row with the total angka kredit, and the signatures of both. The standard form does not state the
 * period; this one does, so that a reader gets the whole plan back from the file.
 */
public final class FormulirSheetWriter {

    /** The name of the sheet. */
    public static final String SHEET_NAME = "FORMULIR SKP";

    static final int NO = 0;
    static final int URAIAN = 1;
    static final int URAIAN_LAST = 2;
    static final int AK = 3;
    static final int KUANTITAS = 4;
    static final int KUALITAS = 6;
    static final int WAKTU = 7;
    static final int BIAYA = 9;
    static final int LAST = BIAYA;

    private static final int HEADER_ROW = 10;
    private static final int NUMBERING_ROW = 12;
    static final int FIRST_KEGIATAN_ROW = 13;

    private static final int[] WIDTHS = {5, 18, 34, 8, 9, 12, 10, 8, 9, 16};
    private static final int URAIAN_WIDTH = WIDTHS[URAIAN] + WIDTHS[URAIAN_LAST];
    private static final IdentityColumns PEJABAT = new IdentityColumns(NO, URAIAN, URAIAN, URAIAN_LAST,
            URAIAN_LAST);
    private static final IdentityColumns PEGAWAI = new IdentityColumns(AK, KUANTITAS, KUANTITAS + 1, KUALITAS,
            LAST);

    private final SheetCells cells;

    FormulirSheetWriter(SheetCells cells) {
        this.cells = cells;
    }

    /**
     * Writes the sheet into a workbook. Tugas tambahan, kreativitas, realisasi and perilaku are not part of the
     * plan and are left out.
     *
     * @param styles  the styles of the workbook, not null
     * @param skp  the SKP, not null
     * @param place  the place of signing, empty for a dotted line, not null
     * @param signingDate  the date of signing, not null
     */
    public static void write(FormStyles styles, SkpPp46 skp, Optional<String> place, LocalDate signingDate) {
        SheetCells cells = new SheetCells(styles.workbook().createSheet(SHEET_NAME), styles);
        new FormulirSheetWriter(cells).writeSheet(skp, place, signingDate);
    }

    private void writeSheet(SkpPp46 skp, Optional<String> place, LocalDate signingDate) {
        top(skp.period(), skp.pejabatPenilai(), Optional.of(skp.pegawai()));

        int row = FIRST_KEGIATAN_ROW;
        BigDecimal angkaKredit = BigDecimal.ZERO;
        for (int i = 0; i < skp.kegiatan().size(); i++) {
            Kegiatan kegiatan = skp.kegiatan().get(i);
            kegiatan(row++, i + 1, kegiatan);
            angkaKredit = angkaKredit.add(kegiatan.target().flatMap(Target::angkaKredit).orElse(BigDecimal.ZERO));
        }
        bottom(row, angkaKredit, skp.pejabatPenilai(), Optional.of(skp.pegawai()), place, signingDate);
    }

    // The title, the period and the identity blocks above the table, and the table header.
    void top(AssessmentPeriod period, Optional<Person> pejabatPenilai, Optional<Person> pegawai) {
        for (int c = 0; c < WIDTHS.length; c++) {
            cells.width(c, WIDTHS[c]);
        }
        cells.merge(0, 0, NO, LAST, Kind.TITLE);
        cells.text(0, NO, "FORMULIR SASARAN KERJA PEGAWAI NEGERI SIPIL", Kind.TITLE);
        cells.height(0, 20);
        cells.merge(1, 1, NO, LAST, Kind.SUBTITLE);
        cells.text(1, NO, "Jangka Waktu Penilaian " + IndonesianText.period(period), Kind.SUBTITLE);
        FormParts.identityBlock(cells, 3, PEJABAT, "I. PEJABAT PENILAI", pejabatPenilai);
        FormParts.identityBlock(cells, 3, PEGAWAI, "II. PEGAWAI NEGERI SIPIL YANG DINILAI", pegawai);
        header();
    }

    // The JUMLAH row under the kegiatan, then the place, date and signatures.
    void bottom(int jumlahRow, BigDecimal angkaKredit, Optional<Person> pejabatPenilai, Optional<Person> pegawai,
            Optional<String> place, LocalDate signingDate) {
        cells.merge(jumlahRow, jumlahRow, NO, URAIAN_LAST, Kind.SECTION);
        cells.text(jumlahRow, NO, "JUMLAH", Kind.SECTION);
        String akRange = SheetCells.ref(FIRST_KEGIATAN_ROW, AK) + ":" + SheetCells.ref(jumlahRow - 1, AK);
        cells.formula(jumlahRow, AK, "SUM(" + akRange + ")", angkaKredit, Kind.SUM);
        for (int c = KUANTITAS; c <= LAST; c++) {
            cells.blank(jumlahRow, c, Kind.TEXT);
        }

        int signatureRow = jumlahRow + 2;
        FormParts.placeAndDate(cells, signatureRow, KUALITAS, WAKTU, LAST, place, signingDate);
        FormParts.signature(cells, signatureRow + 1, URAIAN, URAIAN_LAST, "Pegawai Negeri Sipil Yang Dinilai,",
                pegawai);
        FormParts.signature(cells, signatureRow + 1, KUALITAS, LAST, "Pejabat Penilai,", pejabatPenilai);
        FormParts.pageSetup(cells.sheet(), HEADER_ROW, NUMBERING_ROW, LAST, signatureRow + 6);
    }

    private void header() {
        int top = HEADER_ROW;
        int sub = HEADER_ROW + 1;
        spanned(top, sub, NO, NO, "NO");
        spanned(top, sub, URAIAN, URAIAN_LAST, "III. KEGIATAN TUGAS JABATAN");
        spanned(top, sub, AK, AK, "AK");
        spanned(top, top, KUANTITAS, BIAYA, "TARGET");
        spanned(sub, sub, KUANTITAS, KUANTITAS + 1, "KUANT/ OUTPUT");
        spanned(sub, sub, KUALITAS, KUALITAS, "KUAL/ MUTU");
        spanned(sub, sub, WAKTU, WAKTU + 1, "WAKTU");
        spanned(sub, sub, BIAYA, BIAYA, "BIAYA");
        cells.height(top, 20);
        cells.height(sub, 28);
        int[][] spans = {{NO, NO}, {URAIAN, URAIAN_LAST}, {AK, AK}, {KUANTITAS, KUANTITAS + 1},
            {KUALITAS, KUALITAS}, {WAKTU, WAKTU + 1}, {BIAYA, BIAYA}};
        for (int i = 0; i < spans.length; i++) {
            cells.merge(NUMBERING_ROW, NUMBERING_ROW, spans[i][0], spans[i][1], Kind.NUMBERING);
            cells.number(NUMBERING_ROW, spans[i][0], BigDecimal.valueOf(i + 1L), Kind.NUMBERING);
        }
    }

    private void spanned(int firstRow, int lastRow, int firstColumn, int lastColumn, String text) {
        cells.merge(firstRow, lastRow, firstColumn, lastColumn, Kind.HEADER);
        cells.text(firstRow, firstColumn, text, Kind.HEADER);
    }

    private void kegiatan(int row, int number, Kegiatan kegiatan) {
        cells.number(row, NO, BigDecimal.valueOf(number), Kind.INDEX);
        cells.merge(row, row, URAIAN, URAIAN_LAST, Kind.TEXT);
        cells.text(row, URAIAN, kegiatan.name(), Kind.TEXT);
        FormParts.fitHeight(cells, row, kegiatan.name(), URAIAN_WIDTH);
        for (int c = AK; c <= LAST; c++) {
            cells.blank(row, c, Kind.TEXT_CENTER);
        }
        if (kegiatan.target().isEmpty()) {
            return;
        }
        Target target = kegiatan.target().get();
        target.angkaKredit().ifPresent(ak -> cells.number(row, AK, ak, FormParts.numberKind(ak)));
        cells.number(row, KUANTITAS, target.kuantitas(), FormParts.numberKind(target.kuantitas()));
        kegiatan.satuanOutput().ifPresent(satuan -> cells.text(row, KUANTITAS + 1, satuan, Kind.TEXT_CENTER));
        cells.number(row, KUALITAS, target.kualitas(), FormParts.numberKind(target.kualitas()));
        cells.number(row, WAKTU, target.waktu(), FormParts.numberKind(target.waktu()));
        cells.text(row, WAKTU + 1, PenilaianSheetWriter.satuanWaktu(kegiatan.satuanWaktu()), Kind.TEXT_CENTER);
        if (target.biaya().isPresent()) {
            cells.number(row, BIAYA, target.biaya().get(), FormParts.numberKind(target.biaya().get()));
        } else {
            cells.text(row, BIAYA, "-", Kind.TEXT_CENTER);
        }
    }
}
