package io.github.kinerja.excel.write.internal;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.permen2021.HasilIki;
import io.github.kinerja.core.permen2021.HasilPenilaian;
import io.github.kinerja.core.permen2021.HasilRencanaKinerja;
import io.github.kinerja.core.permen2021.Iki;
import io.github.kinerja.core.permen2021.IkiTarget;
import io.github.kinerja.core.permen2021.JenisKinerja;
import io.github.kinerja.core.permen2021.NilaiAkhir;
import io.github.kinerja.core.permen2021.RencanaKinerja;
import io.github.kinerja.core.permen2021.Skp;
import io.github.kinerja.core.permen2021.TargetDirection;
import io.github.kinerja.core.permen2021.TargetKind;
import io.github.kinerja.excel.write.internal.FormParts.IdentityColumns;
import io.github.kinerja.excel.write.internal.FormStyles.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes the SKP sheet of PermenPANRB 8/2021 with live formulas.
 *
 * <p>Columns (1-based letters): A NO, B rencana kinerja atasan, C rencana kinerja, D bobot of the rencana kinerja,
 * E IKI, F bobot of the IKI, G:K TARGET (G the value or the lower end of a range, H the upper end, I satuan, J jenis
 * target, K target maksimal), L realisasi, M capaian IKI, N kategori, O nilai capaian IKI, P nilai of the rencana
 * kinerja, Q nilai tertimbang. A rencana kinerja takes one row per IKI, its own cells merged over them. Rows:
 * title, period, identity blocks, the two-row header with a numbering row, {@code A. KINERJA UTAMA},
 * {@code B. KINERJA TAMBAHAN}, the nilai kinerja utama, tambahan and SKP, then for an appraisal the nilai akhir
 * block with the perilaku kerja, the weights, the predikat and the two flags, and the signatures.
 */
public final class Permen2021SheetWriter {

    static final int NO = 0;
    static final int RK_ATASAN = 1;
    static final int RK = 2;
    static final int BOBOT_RK = 3;
    static final int IKI = 4;
    static final int BOBOT_IKI = 5;
    static final int TARGET = 6;
    static final int TARGET_UPPER = 7;
    static final int SATUAN = 8;
    static final int JENIS_TARGET = 9;
    static final int TARGET_MAKSIMAL = 10;
    static final int REALISASI = 11;
    static final int CAPAIAN = 12;
    static final int KATEGORI = 13;
    static final int NILAI_IKI = 14;
    static final int NILAI_RK = 15;
    static final int TERTIMBANG = 16;
    static final int LAST = TERTIMBANG;

    // Columns of the nilai akhir block: labels B:E, then nilai, bobot and nilai tertimbang.
    static final int AKHIR_LABEL_LAST = IKI;
    static final int AKHIR_NILAI = BOBOT_IKI;
    static final int AKHIR_BOBOT = TARGET;
    static final int AKHIR_HASIL = TARGET_UPPER;

    private static final int[] WIDTHS = {5, 24, 28, 9, 28, 8, 10, 9, 10, 11, 9, 10, 10, 12, 10, 11, 11};
    static final IdentityColumns LEFT = new IdentityColumns(NO, RK_ATASAN, RK_ATASAN, RK, BOBOT_IKI);
    static final IdentityColumns RIGHT = new IdentityColumns(JENIS_TARGET, TARGET_MAKSIMAL, REALISASI,
            CAPAIAN, LAST);
    static final int IDENTITY_ROW = 3;
    static final int IDENTITY_HEIGHT = 7;

    private final SheetCells cells;
    private final Permen2021Formulas formulas;

    Permen2021SheetWriter(SheetCells cells, Permen2021Formulas formulas) {
        this.cells = cells;
        this.formulas = formulas;
    }

    /**
     * Writes the sheet into the workbook of the styles.
     *
     * @param styles  the styles of the workbook, not null
     * @param formulas  the formulas of the scorer that scored the appraisal, not null
     * @param hasil  the scorer's result, whose input is the appraisal, not null
     * @param withNilaiAkhir  true to write the nilai akhir block, false for an SKP without perilaku kerja
     * @param place  the place of signing, empty for a dotted line, not null
     * @param signingDate  the date of signing, not null
     */
    public static void write(FormStyles styles, Permen2021Formulas formulas, HasilPenilaian hasil,
            boolean withNilaiAkhir, Optional<String> place, LocalDate signingDate) {
        Sheet sheet = styles.workbook().createSheet(Permen2021Form.SHEET_NAME);
        new Permen2021SheetWriter(new SheetCells(sheet, styles), formulas)
                .writeSheet(hasil, withNilaiAkhir, place, signingDate);
    }

    private void writeSheet(HasilPenilaian hasil, boolean withNilaiAkhir, Optional<String> place,
            LocalDate signingDate) {
        Skp skp = hasil.input().skp();
        top(skp.periode());

        FormParts.identityBlock(cells, IDENTITY_ROW, LEFT, "PEGAWAI YANG DINILAI", Optional.of(skp.pegawai()));
        FormParts.identityBlock(cells, IDENTITY_ROW, RIGHT, "PEJABAT PENILAI KINERJA", skp.pejabatPenilai());
        int headerRow = IDENTITY_ROW + IDENTITY_HEIGHT;
        if (skp.atasanPejabatPenilai().isPresent()) {
            FormParts.identityBlock(cells, headerRow, LEFT, "ATASAN PEJABAT PENILAI KINERJA",
                    skp.atasanPejabatPenilai());
            headerRow += IDENTITY_HEIGHT;
        }
        header(headerRow);

        int row = headerRow + 3;
        int utamaCount = skp.utama().size();
        int utamaFirst = section(row, "A. KINERJA UTAMA");
        row = rencanaRows(utamaFirst, hasil, JenisKinerja.UTAMA, utamaCount);
        int utamaLast = row - 1;
        int tambahanFirst = section(row, "B. KINERJA TAMBAHAN");
        row = rencanaRows(tambahanFirst, hasil, JenisKinerja.TAMBAHAN, utamaCount);
        int tambahanLast = row - 1;

        int utamaRow = row;
        total(utamaRow, "NILAI KINERJA UTAMA", "SUM(" + range(TERTIMBANG, utamaFirst, utamaLast) + ")",
                hasil.nilaiUtama());
        total(utamaRow + 1, "NILAI KINERJA TAMBAHAN", "SUM(" + range(TERTIMBANG, tambahanFirst, tambahanLast) + ")",
                hasil.nilaiTambahan());
        int skpRow = utamaRow + 2;
        total(skpRow, "NILAI SKP", ref(utamaRow, TERTIMBANG) + "+" + ref(utamaRow + 1, TERTIMBANG),
                hasil.nilaiSkp());
        row = skpRow + 2;
        if (withNilaiAkhir) {
            row = nilaiAkhir(row, ref(skpRow, TERTIMBANG), hasil) + 1;
        }

        FormParts.placeAndDate(cells, row, CAPAIAN, KATEGORI, LAST, place, signingDate);
        FormParts.signature(cells, row + 1, RK_ATASAN, RK, "Pegawai yang Dinilai,", Optional.of(skp.pegawai()));
        FormParts.signature(cells, row + 1, CAPAIAN, LAST, "Pejabat Penilai Kinerja,", skp.pejabatPenilai());
        FormParts.pageSetup(cells.sheet(), headerRow, headerRow + 2, LAST, row + 6);
    }

    /** Sets the column widths and writes the title and the period. */
    void top(AssessmentPeriod periode) {
        for (int c = 0; c < WIDTHS.length; c++) {
            cells.width(c, WIDTHS[c]);
        }
        cells.merge(0, 0, NO, LAST, Kind.TITLE);
        cells.text(0, NO, Permen2021Form.TITLE, Kind.TITLE);
        cells.height(0, 20);
        cells.merge(1, 1, NO, LAST, Kind.SUBTITLE);
        cells.text(1, NO, Permen2021Form.PERIOD_PREFIX + IndonesianText.period(periode), Kind.SUBTITLE);
    }

    /** Writes the two header rows starting at {@code top} and the numbering row under them. */
    void header(int top) {
        int sub = top + 1;
        spanned(top, sub, NO, NO, "NO");
        spanned(top, sub, RK_ATASAN, RK_ATASAN, "RENCANA KINERJA ATASAN LANGSUNG/ UNIT KERJA/ ORGANISASI");
        spanned(top, sub, RK, RK, "RENCANA KINERJA");
        spanned(top, sub, BOBOT_RK, BOBOT_RK, "BOBOT RENCANA KINERJA (%)");
        spanned(top, sub, IKI, IKI, "INDIKATOR KINERJA INDIVIDU");
        spanned(top, sub, BOBOT_IKI, BOBOT_IKI, "BOBOT IKI (%)");
        spanned(top, top, TARGET, TARGET_MAKSIMAL, "TARGET");
        spanned(sub, sub, TARGET, TARGET, "Nilai");
        spanned(sub, sub, TARGET_UPPER, TARGET_UPPER, "s.d.");
        spanned(sub, sub, SATUAN, SATUAN, "Satuan");
        spanned(sub, sub, JENIS_TARGET, JENIS_TARGET, "Jenis Target");
        spanned(sub, sub, TARGET_MAKSIMAL, TARGET_MAKSIMAL, "Target Maksimal");
        spanned(top, sub, REALISASI, REALISASI, "REALISASI");
        spanned(top, sub, CAPAIAN, CAPAIAN, "CAPAIAN IKI (%)");
        spanned(top, sub, KATEGORI, KATEGORI, "KATEGORI CAPAIAN IKI");
        spanned(top, sub, NILAI_IKI, NILAI_IKI, "NILAI CAPAIAN IKI");
        spanned(top, sub, NILAI_RK, NILAI_RK, "NILAI RENCANA KINERJA");
        spanned(top, sub, TERTIMBANG, TERTIMBANG, "NILAI TERTIMBANG");
        cells.height(top, 30);
        cells.height(sub, 30);
        for (int c = NO; c <= LAST; c++) {
            cells.number(top + 2, c, BigDecimal.valueOf(c + 1L), Kind.NUMBERING);
        }
    }

    private void spanned(int firstRow, int lastRow, int firstColumn, int lastColumn, String text) {
        cells.merge(firstRow, lastRow, firstColumn, lastColumn, Kind.HEADER);
        cells.text(firstRow, firstColumn, text, Kind.HEADER);
    }

    /** Writes a section row; returns the first row after it. */
    int section(int row, String label) {
        cells.merge(row, row, NO, LAST, Kind.SECTION);
        cells.text(row, NO, label, Kind.SECTION);
        return row + 1;
    }

    /** Writes the rencana kinerja of one jenis, or one empty row when there is none; returns the next row. */
    private int rencanaRows(int row, HasilPenilaian hasil, JenisKinerja jenis, int utamaCount) {
        int next = row;
        for (HasilRencanaKinerja rencana : hasil.rencanaKinerja()) {
            if (rencana.rencanaKinerja().jenis() == jenis) {
                next = rencana(next, rencana, utamaCount);
            }
        }
        if (next == row) {
            for (int c = NO; c <= LAST; c++) {
                cells.blank(row, c, Kind.TEXT);
            }
            next++;
        }
        return next;
    }

    private int rencana(int first, HasilRencanaKinerja hasil, int utamaCount) {
        RencanaKinerja rencana = hasil.rencanaKinerja();
        int last = first + Math.max(1, hasil.iki().size()) - 1;
        cells.merge(first, last, NO, NO, Kind.TEXT_CENTER);
        if (rencana.id().chars().allMatch(Character::isDigit) && rencana.id().length() < 10) {
            cells.number(first, NO, new BigDecimal(rencana.id()), Kind.INDEX);
        } else {
            cells.text(first, NO, rencana.id(), Kind.TEXT_CENTER);
        }
        cells.merge(first, last, RK_ATASAN, RK_ATASAN, Kind.TEXT);
        rencana.rencanaKinerjaAtasan().ifPresent(text -> cells.text(first, RK_ATASAN, text, Kind.TEXT));
        cells.merge(first, last, RK, RK, Kind.TEXT);
        cells.text(first, RK, rencana.uraian(), Kind.TEXT);
        cells.merge(first, last, BOBOT_RK, BOBOT_RK, Kind.DECIMAL);
        rencana.bobot().ifPresent(bobot -> cells.number(first, BOBOT_RK, bobot, FormParts.numberKind(bobot)));

        for (int i = 0; i < hasil.iki().size(); i++) {
            iki(first + i, hasil.iki().get(i));
        }
        if (hasil.iki().isEmpty()) {
            for (int c = IKI; c <= NILAI_IKI; c++) {
                cells.blank(first, c, Kind.TEXT);
            }
        }
        if (hasil.iki().size() <= 1) {
            FormParts.fitHeight(cells, first, longest(rencana), WIDTHS[RK]);
        }

        cells.merge(first, last, NILAI_RK, NILAI_RK, Kind.SCORE);
        String nilaiIki = range(NILAI_IKI, first, last);
        Optional<String> nilai = hasil.iki().isEmpty() ? Optional.empty()
                : formulas.itemRounding(rencana.iki().get(0).bobot().isPresent()
                        ? "SUMPRODUCT(" + nilaiIki + "," + range(BOBOT_IKI, first, last) + ")/100"
                        : "AVERAGE(" + nilaiIki + ")");
        formulaOrValue(first, NILAI_RK, nilai, hasil.nilai(), Kind.SCORE);

        cells.merge(first, last, TERTIMBANG, TERTIMBANG, Kind.SCORE);
        String nilaiRk = ref(first, NILAI_RK);
        Optional<String> tertimbang;
        if (rencana.bobot().isPresent()) {
            tertimbang = formulas.itemRounding(nilaiRk + "*" + ref(first, BOBOT_RK) + "/100");
        } else if (rencana.jenis() == JenisKinerja.UTAMA) {
            tertimbang = formulas.itemRounding(nilaiRk + "/" + utamaCount);
        } else {
            // A kinerja tambahan without bobot adds nothing, so its nilai tertimbang is the constant 0.
            tertimbang = Optional.empty();
        }
        formulaOrValue(first, TERTIMBANG, tertimbang, hasil.nilaiTertimbang(), Kind.SCORE);
        return last + 1;
    }

    private void iki(int row, HasilIki hasil) {
        Iki iki = hasil.iki();
        cells.text(row, IKI, iki.indikator(), Kind.TEXT);
        FormParts.fitHeight(cells, row, iki.indikator(), WIDTHS[IKI]);
        optionalNumber(row, BOBOT_IKI, iki.bobot());
        IkiTarget target = iki.target();
        switch (target.kind()) {
            case VALUE -> {
                cells.number(row, TARGET, target.value().orElseThrow(), numberKind(target.value()));
                cells.blank(row, TARGET_UPPER, Kind.DECIMAL);
            }
            case RANGE -> {
                cells.number(row, TARGET, target.lower().orElseThrow(), numberKind(target.lower()));
                cells.number(row, TARGET_UPPER, target.upper().orElseThrow(), numberKind(target.upper()));
            }
            case QUALITATIVE -> {
                cells.merge(row, row, TARGET, SATUAN, Kind.TEXT);
                cells.text(row, TARGET, target.description().orElseThrow(), Kind.TEXT);
            }
        }
        if (target.isNumeric()) {
            if (target.satuan().isPresent()) {
                cells.text(row, SATUAN, target.satuan().get(), Kind.TEXT_CENTER);
            } else {
                cells.blank(row, SATUAN, Kind.TEXT_CENTER);
            }
        }
        cells.text(row, JENIS_TARGET, jenisTarget(target), Kind.TEXT_CENTER);
        if (target.maximumAttainable()) {
            cells.text(row, TARGET_MAKSIMAL, Permen2021Form.YES, Kind.TEXT_CENTER);
        } else {
            cells.blank(row, TARGET_MAKSIMAL, Kind.TEXT_CENTER);
        }
        optionalNumber(row, REALISASI, iki.realisasi());

        // The appraiser's capaian is an input the scorer takes over; typing a number over the formula sets it.
        if (iki.capaianPenilai().isPresent()) {
            BigDecimal capaian = iki.capaianPenilai().get();
            cells.number(row, CAPAIAN, capaian, FormParts.numberKind(capaian));
        } else if (target.isNumeric()) {
            cells.formula(row, CAPAIAN, formulas.capaian(target, ref(row, REALISASI), ref(row, TARGET),
                    ref(row, TARGET_UPPER)), hasil.capaian().percent(), Kind.SCORE);
        } else {
            cells.blank(row, CAPAIAN, Kind.SCORE);
        }
        String capaian = ref(row, CAPAIAN);
        cells.formula(row, KATEGORI, formulas.kategori(capaian),
                Permen2021Formulas.label(hasil.nilai().kategori()), Kind.TEXT_CENTER);
        formulaOrValue(row, NILAI_IKI, formulas.nilai(capaian, target.maximumAttainable()), hasil.nilaiUsed(),
                Kind.SCORE);
    }

    private void total(int row, String label, String formula, BigDecimal value) {
        cells.merge(row, row, NO, NILAI_RK, Kind.SECTION);
        cells.text(row, NO, label, Kind.SECTION);
        cells.formula(row, TERTIMBANG, formula, value, Kind.SCORE_BOLD);
    }

    /** Writes the nilai akhir block; returns the row after it. */
    private int nilaiAkhir(int top, String nilaiSkp, HasilPenilaian hasil) {
        NilaiAkhir akhir = hasil.nilaiAkhir();
        int skpRow = top + 1;
        int perilakuRow = top + 2;
        int akhirRow = top + 3;
        int predikatRow = top + 4;
        int peerRow = top + 6;
        int inovasiRow = top + 7;
        nilaiAkhirLabels(top);

        String peer = ref(peerRow, AKHIR_NILAI);
        String yes = "\"" + Permen2021Form.YES + "\"";
        cells.formula(skpRow, AKHIR_NILAI, nilaiSkp, hasil.nilaiSkp(), Kind.SCORE);
        cells.formula(skpRow, AKHIR_BOBOT, "IF(" + peer + "=" + yes + ",0.6,0.7)", akhir.weights().skp(),
                Kind.PERCENT);
        formulaOrValue(skpRow, AKHIR_HASIL, formulas.itemRounding(ref(skpRow, AKHIR_NILAI) + "*"
                + ref(skpRow, AKHIR_BOBOT)), step(akhir, "permen2021.nilaiAkhir.skp"), Kind.SCORE);

        BigDecimal perilaku = hasil.input().nilaiPerilaku();
        cells.number(perilakuRow, AKHIR_NILAI, perilaku, FormParts.numberKind(perilaku));
        cells.formula(perilakuRow, AKHIR_BOBOT, "IF(" + peer + "=" + yes + ",0.4,0.3)", akhir.weights().perilaku(),
                Kind.PERCENT);
        formulaOrValue(perilakuRow, AKHIR_HASIL, formulas.itemRounding(ref(perilakuRow, AKHIR_NILAI) + "*"
                + ref(perilakuRow, AKHIR_BOBOT)), step(akhir, "permen2021.nilaiAkhir.perilaku"), Kind.SCORE);

        cells.formula(akhirRow, AKHIR_HASIL, ref(skpRow, AKHIR_HASIL) + "+" + ref(perilakuRow, AKHIR_HASIL),
                akhir.nilai(), Kind.SCORE_BOLD);
        cells.formula(predikatRow, AKHIR_HASIL, formulas.predikat(ref(akhirRow, AKHIR_HASIL),
                ref(inovasiRow, AKHIR_NILAI)), Permen2021Formulas.label(akhir.predikat()), Kind.TEXT_CENTER);

        cells.text(peerRow, AKHIR_NILAI, flag(hasil.input().usesPeerOrSubordinateInput()), Kind.TEXT_CENTER);
        cells.text(inovasiRow, AKHIR_NILAI, flag(akhir.inovasi()), Kind.TEXT_CENTER);
        return inovasiRow + 2;
    }

    /**
     * Writes the fixed texts of the nilai akhir block that starts at {@code top}: the header row, then the rows
     * Nilai SKP, Nilai Perilaku Kerja, NILAI AKHIR and PREDIKAT KINERJA, an empty row and the rows of the peer-input
     * and innovation flags, whose values go into column {@link #AKHIR_NILAI}.
     */
    void nilaiAkhirLabels(int top) {
        label(top, "UNSUR PENILAIAN KINERJA", AKHIR_LABEL_LAST, Kind.HEADER);
        cells.text(top, AKHIR_NILAI, "NILAI", Kind.HEADER);
        cells.text(top, AKHIR_BOBOT, "BOBOT", Kind.HEADER);
        cells.text(top, AKHIR_HASIL, "NILAI TERTIMBANG", Kind.HEADER);
        cells.height(top, 28);
        label(top + 1, "Nilai SKP", AKHIR_LABEL_LAST, Kind.TEXT);
        label(top + 2, "Nilai Perilaku Kerja", AKHIR_LABEL_LAST, Kind.TEXT);
        label(top + 3, "NILAI AKHIR", AKHIR_BOBOT, Kind.SECTION);
        label(top + 4, "PREDIKAT KINERJA", AKHIR_BOBOT, Kind.SECTION);
        cells.merge(top + 4, top + 4, AKHIR_HASIL, JENIS_TARGET, Kind.TEXT_CENTER);
        label(top + 6, "Perilaku kerja dinilai dengan masukan rekan kerja setingkat dan bawahan langsung",
                AKHIR_LABEL_LAST, Kind.TEXT);
        label(top + 7, "Inovasi yang bermanfaat bagi organisasi atau negara", AKHIR_LABEL_LAST, Kind.TEXT);
    }

    private void label(int row, String text, int lastColumn, Kind kind) {
        cells.merge(row, row, RK_ATASAN, lastColumn, kind);
        cells.text(row, RK_ATASAN, text, kind);
    }

    private void formulaOrValue(int row, int column, Optional<String> formula, BigDecimal value, Kind kind) {
        if (formula.isPresent()) {
            cells.formula(row, column, formula.get(), value, kind);
        } else {
            cells.number(row, column, value, kind);
        }
    }

    private void optionalNumber(int row, int column, Optional<BigDecimal> value) {
        if (value.isPresent()) {
            cells.number(row, column, value.get(), FormParts.numberKind(value.get()));
        } else {
            cells.blank(row, column, Kind.DECIMAL);
        }
    }

    private static Kind numberKind(Optional<BigDecimal> value) {
        return FormParts.numberKind(value.orElseThrow());
    }

    private static String jenisTarget(IkiTarget target) {
        if (target.kind() == TargetKind.QUALITATIVE) {
            return Permen2021Form.JENIS_KUALITATIF;
        }
        return target.direction() == TargetDirection.LOWER_IS_BETTER ? Permen2021Form.JENIS_KONDISI_KHUSUS
                : Permen2021Form.JENIS_NORMAL;
    }

    private static String flag(boolean value) {
        return value ? Permen2021Form.YES : Permen2021Form.NO;
    }

    // The value of a named step of the nilai akhir, as the scorer computed it.
    private static BigDecimal step(NilaiAkhir akhir, String name) {
        List<CalculationStep> steps = akhir.steps();
        return steps.stream().filter(s -> s.name().equals(name)).findFirst().map(CalculationStep::value)
                .orElseThrow(() -> new IllegalStateException("the scorer recorded no step " + name));
    }

    // The longest text of a one-row rencana kinerja, whose row height it sets.
    private static String longest(RencanaKinerja rencana) {
        String longest = rencana.uraian();
        for (String text : List.of(rencana.rencanaKinerjaAtasan().orElse(""),
                rencana.iki().isEmpty() ? "" : rencana.iki().get(0).indikator())) {
            longest = text.length() > longest.length() ? text : longest;
        }
        return longest;
    }

    private static String ref(int row, int column) {
        return SheetCells.ref(row, column);
    }

    private static String range(int column, int firstRow, int lastRow) {
        return ref(firstRow, column) + ":" + ref(lastRow, column);
    }
}
