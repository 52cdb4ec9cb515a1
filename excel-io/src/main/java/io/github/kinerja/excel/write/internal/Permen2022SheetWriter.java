package io.github.kinerja.excel.write.internal;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.permen2021.IkiTarget;
import io.github.kinerja.core.permen2022.CoreValue;
import io.github.kinerja.core.permen2022.Evaluasi;
import io.github.kinerja.core.permen2022.Iki;
import io.github.kinerja.core.permen2022.JenisRhk;
import io.github.kinerja.core.permen2022.LampiranItem;
import io.github.kinerja.core.permen2022.LampiranSkp;
import io.github.kinerja.core.permen2022.ModelSkp;
import io.github.kinerja.core.permen2022.PenilaianPegawai;
import io.github.kinerja.core.permen2022.Perspektif;
import io.github.kinerja.core.permen2022.PredikatMatrix;
import io.github.kinerja.core.permen2022.PredikatPegawai;
import io.github.kinerja.core.permen2022.Rating;
import io.github.kinerja.core.permen2022.RealisasiIki;
import io.github.kinerja.core.permen2022.Rhk;
import io.github.kinerja.core.permen2022.RhkReference;
import io.github.kinerja.core.permen2022.Skp;
import io.github.kinerja.core.permen2022.UmpanBalik;
import io.github.kinerja.excel.internal.Permen2022Labels;
import io.github.kinerja.excel.write.internal.FormParts.IdentityColumns;
import io.github.kinerja.excel.write.internal.FormStyles.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.annotation.Nullable;
import org.apache.poi.ss.util.CellReference;

/**
 * Writes the PermenPANRB 6/2022 forms: the SKP sheet, the evaluation sheet (the plan repeated with realisasi,
 * umpan balik, ratings and the predikat), the Lampiran sheet and the {@code KUADRAN} sheet with the 3×3 matrix.
 *
 * <p>Columns of the plan table (1-based letters): A NO, B RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI, C RENCANA
 * HASIL KERJA, D ASPEK, E INDIKATOR KINERJA INDIVIDU, F:G TARGET (F the number, a range such as {@code 80-100} or a
 * qualitative description merged over F:G, G the satuan). The evaluation adds H:K REALISASI BERDASARKAN BUKTI
 * DUKUNG (H the number, I the satuan, J the keterangan, K the bukti dukung, one per line) and L UMPAN BALIK
 * BERKELANJUTAN. The NO, the RHK cells and the umpan balik are merged over the IKI rows of their RHK.
 */
public final class Permen2022SheetWriter {

    /** The name of the SKP sheet. */
    public static final String SKP_SHEET = "SKP";
    /** The name of the evaluation sheet. */
    public static final String EVALUASI_SHEET = "EVALUASI";
    /** The name of the Lampiran sheet. */
    public static final String LAMPIRAN_SHEET = "LAMPIRAN SKP";
    /** The name of the matrix sheet that the predikat formula looks up. */
    public static final String KUADRAN_SHEET = "KUADRAN";

    private static final int NO = 0;
    private static final int ATASAN = 1;
    private static final int RHK = 2;
    private static final int ASPEK = 3;
    private static final int IKI = 4;
    private static final int TARGET = 5;
    private static final int SATUAN = 6;
    private static final int REALISASI = 7;
    private static final int REALISASI_SATUAN = 8;
    private static final int KETERANGAN = 9;
    private static final int BUKTI = 10;
    private static final int UMPAN_BALIK = 11;

    private static final int[] WIDTHS = {5, 28, 32, 11, 34, 10, 12, 10, 10, 22, 28, 30};
    private static final Rating[] MATRIX_ORDER = {
        Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI
    };

    private final SheetCells cells;
    private final boolean evaluation;
    private final int last;
    private final Function<RhkReference, String> atasanText;

    private Permen2022SheetWriter(SheetCells cells, boolean evaluation, Function<RhkReference, String> atasanText) {
        this.cells = cells;
        this.evaluation = evaluation;
        this.last = evaluation ? UMPAN_BALIK : SATUAN;
        this.atasanText = atasanText;
    }

    /** The values the writer needs beyond the model: the signing place and date, the instansi and RHK atasan texts. */
    public record Options(Optional<String> place, LocalDate signingDate, Optional<String> instansi,
            Function<RhkReference, String> atasanText) {}

    /**
     * Writes the SKP sheet and the Lampiran sheet into a workbook.
     *
     * @param styles  the styles of the workbook, not null
     * @param skp  the SKP, not null
     * @param options  the signing place and date, the instansi and the text of a superior's RHK, not null
     */
    public static void writeSkp(FormStyles styles, Skp skp, Options options) {
        SheetCells cells = new SheetCells(styles.workbook().createSheet(SKP_SHEET), styles);
        Permen2022SheetWriter writer = new Permen2022SheetWriter(cells, false, options.atasanText());
        int row = writer.heading("SASARAN KINERJA PEGAWAI", skp.model(), approach(skp), options.instansi());
        row = writer.period(row, "Periode", skp.periode());
        writer.finish(skp, Optional.empty(), row + 1, options, null);
        lampiran(styles, skp.periode(), skp.lampiran(), 0);
    }

    /**
     * Writes the evaluation sheet, the Lampiran sheet and the {@code KUADRAN} sheet into a workbook.
     *
     * @param styles  the styles of the workbook, not null
     * @param penilaian  the SKP with its evaluation, not null
     * @param matrix  the matrix the predikat formula looks up, not null
     * @param ratingHasilKerja  the rating hasil kerja the scorer used, empty when it is not set, not null
     * @param predikat  the predikat the scorer gave, empty when a rating is missing, not null
     * @param options  the signing place and date, the instansi and the text of a superior's RHK, not null
     */
    public static void writeEvaluasi(FormStyles styles, PenilaianPegawai penilaian, PredikatMatrix matrix,
            Optional<Rating> ratingHasilKerja, Optional<PredikatPegawai> predikat, Options options) {
        SheetCells cells = new SheetCells(styles.workbook().createSheet(EVALUASI_SHEET), styles);
        Permen2022SheetWriter writer = new Permen2022SheetWriter(cells, true, options.atasanText());
        Skp skp = penilaian.skp();
        // The .xls formula parser resolves sheet names when the formula is set, so KUADRAN must exist first.
        lampiran(styles, skp.periode(), skp.lampiran(), 0);
        kuadran(styles, matrix);
        Evaluasi evaluasi = penilaian.evaluasi();
        int row = writer.heading("EVALUASI KINERJA PEGAWAI", skp.model(), approach(skp), options.instansi());
        row = writer.period(row, "Periode SKP", skp.periode());
        row = writer.period(row, "Periode Penilaian", evaluasi.periode().range());
        writer.labelRow(row++, "Jenis Periode", Permen2022Labels.jenisPeriode(evaluasi.periode().jenis()));
        Ratings ratings = new Ratings(penilaian, ratingHasilKerja, predikat);
        writer.finish(skp, Optional.of(evaluasi), row + 1, options, ratings);
    }

    /** The number of blank rows a template has in each part of the Lampiran. */
    public static final int TEMPLATE_LAMPIRAN_ROWS = 3;

    /**
     * Writes an empty SKP sheet and an empty Lampiran sheet, to be filled in by hand: blank identity blocks, blank
     * RHK rows with one IKI row each under {@code A. Utama} (for JPT under each perspektif) and
     * {@code B. Tambahan}, and blank ekspektasi khusus pimpinan.
     *
     * @param styles  the styles of the workbook, not null
     * @param periode  the period of the SKP, not null
     * @param model  the model, which sets the title and, for JPT, the perspektif groups, not null
     * @param utamaRows  the number of blank rows under {@code A. Utama} (for JPT, under each perspektif), at least 1
     * @param tambahanRows  the number of blank rows under {@code B. Tambahan}, at least 1
     * @param options  the signing place and date and the instansi, not null
     */
    public static void writeSkpTemplate(FormStyles styles, AssessmentPeriod periode, ModelSkp model, int utamaRows,
            int tambahanRows, Options options) {
        SheetCells cells = new SheetCells(styles.workbook().createSheet(SKP_SHEET), styles);
        Permen2022SheetWriter writer = new Permen2022SheetWriter(cells, false, options.atasanText());
        int row = writer.heading("SASARAN KINERJA PEGAWAI", model, templateApproach(model), options.instansi());
        row = writer.period(row, "Periode", periode);
        writer.templateBody(model, row + 1, utamaRows, tambahanRows, options);
        lampiran(styles, periode, List.of(), TEMPLATE_LAMPIRAN_ROWS);
    }

    /**
     * Writes an empty evaluation sheet, an empty Lampiran sheet and the {@code KUADRAN} sheet, to be filled in by
     * hand: the SKP template with blank realisasi and umpan balik cells, a blank {@code Periode Penilaian} and
     * {@code Jenis Periode}, blank rating cells and the predikat formula, which shows nothing until both ratings
     * are typed in.
     *
     * @param styles  the styles of the workbook, not null
     * @param periode  the period of the SKP, not null
     * @param model  the model, which sets the title and, for JPT, the perspektif groups, not null
     * @param matrix  the matrix the predikat formula looks up, not null
     * @param utamaRows  the number of blank rows under {@code A. Utama} (for JPT, under each perspektif), at least 1
     * @param tambahanRows  the number of blank rows under {@code B. Tambahan}, at least 1
     * @param options  the signing place and date and the instansi, not null
     */
    public static void writeEvaluasiTemplate(FormStyles styles, AssessmentPeriod periode, ModelSkp model,
            PredikatMatrix matrix, int utamaRows, int tambahanRows, Options options) {
        SheetCells cells = new SheetCells(styles.workbook().createSheet(EVALUASI_SHEET), styles);
        Permen2022SheetWriter writer = new Permen2022SheetWriter(cells, true, options.atasanText());
        // The .xls formula parser resolves sheet names when the formula is set, so KUADRAN must exist first.
        lampiran(styles, periode, List.of(), TEMPLATE_LAMPIRAN_ROWS);
        kuadran(styles, matrix);
        int row = writer.heading("EVALUASI KINERJA PEGAWAI", model, templateApproach(model), options.instansi());
        row = writer.period(row, "Periode SKP", periode);
        writer.blankLabelRow(row++, "Periode Penilaian");
        writer.blankLabelRow(row++, "Jenis Periode");
        writer.templateBody(model, row + 1, utamaRows, tambahanRows, options);
    }

    // A JA/JF plan may take either approach, which only the IKI typed in later decide.
    private static String templateApproach(ModelSkp model) {
        return model == ModelSkp.JPT ? "KUALITATIF" : "KUANTITATIF / KUALITATIF";
    }

    private void blankLabelRow(int row, String label) {
        cells.merge(row, row, NO, ATASAN, Kind.LABEL_BOLD);
        cells.text(row, NO, label, Kind.LABEL_BOLD);
        cells.merge(row, row, RHK, IKI, Kind.LABEL);
    }

    private void templateBody(ModelSkp model, int identityRow, int utamaRows, int tambahanRows, Options options) {
        IdentityColumns pegawai = new IdentityColumns(NO, ATASAN, ATASAN, RHK, RHK);
        IdentityColumns pejabat = new IdentityColumns(ASPEK, IKI, IKI, TARGET, last);
        FormParts.identityBlock(cells, identityRow, pegawai, "PEGAWAI YANG DINILAI", Optional.empty());
        FormParts.identityBlock(cells, identityRow, pejabat, "PEJABAT PENILAI KINERJA", Optional.empty());
        int row = identityRow + 7;
        FormParts.identityBlock(cells, row, pejabat, "ATASAN PEJABAT PENILAI KINERJA", Optional.empty());
        row += 7;

        section(row++, "HASIL KERJA");
        int headerRow = row;
        header(headerRow);
        row = headerRow + 2;
        section(row++, "A. Utama");
        int firstUtama = row;
        if (model == ModelSkp.JPT) {
            for (Perspektif perspektif : Perspektif.values()) {
                subsection(row++, Permen2022Labels.perspektif(perspektif));
                row = blankRhkRows(row, utamaRows, firstUtama);
            }
        } else {
            row = blankRhkRows(row, utamaRows, firstUtama);
        }
        section(row++, "B. Tambahan");
        row = blankRhkRows(row, tambahanRows, firstUtama);

        row = perilaku(row + 1, Map.of(), List.of());
        if (evaluation) {
            row = templateRatings(row + 1);
        }

        int signatureRow = row + 1;
        FormParts.placeAndDate(cells, signatureRow, IKI, IKI, last, options.place(), options.signingDate());
        FormParts.signature(cells, signatureRow + 1, ATASAN, RHK, "Pegawai yang Dinilai,", Optional.empty());
        FormParts.signature(cells, signatureRow + 1, IKI, last, "Pejabat Penilai Kinerja,", Optional.empty());
        FormParts.pageSetup(cells.sheet(), headerRow, headerRow + 1, last, signatureRow + 6);
    }

    // Blank rows of one RHK and one IKI each. The NO counts the RHK typed in since the first row of the table, so
    // tambahan numbers go on from the utama. A row whose RHK cell stays empty has no number, and the reader adds its
    // IKI to the RHK above it.
    private int blankRhkRows(int first, int count, int tableFirst) {
        String start = new CellReference(tableFirst, RHK, true, true).formatAsString();
        for (int row = first; row < first + count; row++) {
            String rhk = SheetCells.ref(row, RHK);
            cells.formula(row, NO, "IF(" + rhk + "=\"\",\"\",COUNTA(" + start + ":" + rhk + "))", "", Kind.INDEX);
            cells.blank(row, ATASAN, Kind.TEXT);
            cells.blank(row, RHK, Kind.TEXT);
            ikiRow(row, Optional.empty(), Optional.empty());
            if (evaluation) {
                cells.blank(row, UMPAN_BALIK, Kind.TEXT);
            }
        }
        return first + count;
    }

    private int templateRatings(int first) {
        int row = first;
        resultRow(row++, "UMPAN BALIK UMUM", UMPAN_BALIK);
        int hasilRow = row++;
        resultRow(hasilRow, "RATING HASIL KERJA", REALISASI);
        int perilakuRow = row++;
        resultRow(perilakuRow, "RATING PERILAKU KERJA", REALISASI);
        int predikatRow = row++;
        resultRow(predikatRow, "PREDIKAT KINERJA PEGAWAI", REALISASI);
        cells.formula(predikatRow, TARGET, predikatFormula(SheetCells.ref(hasilRow, TARGET),
                SheetCells.ref(perilakuRow, TARGET)), "", Kind.SECTION);
        return row;
    }

    private record Ratings(PenilaianPegawai penilaian, Optional<Rating> hasilKerja,
            Optional<PredikatPegawai> predikat) {}

    private int heading(String title, ModelSkp model, String approach, Optional<String> instansi) {
        for (int c = 0; c <= last; c++) {
            cells.width(c, WIDTHS[c]);
        }
        int row = 0;
        if (instansi.isPresent()) {
            cells.merge(row, row, NO, last, Kind.SUBTITLE);
            cells.text(row++, NO, instansi.get().toUpperCase(Locale.ROOT), Kind.SUBTITLE);
        }
        cells.merge(row, row, NO, last, Kind.TITLE);
        cells.text(row, NO, title, Kind.TITLE);
        cells.height(row++, 20);
        cells.merge(row, row, NO, last, Kind.SUBTITLE);
        cells.text(row++, NO, "PENDEKATAN HASIL KERJA " + approach, Kind.SUBTITLE);
        cells.merge(row, row, NO, last, Kind.SUBTITLE);
        cells.text(row++, NO, model == ModelSkp.JPT ? "JABATAN PIMPINAN TINGGI"
                : "JABATAN ADMINISTRASI DAN JABATAN FUNGSIONAL", Kind.SUBTITLE);
        return row + 1;
    }

    private static String approach(Skp skp) {
        return isQuantitative(skp) ? "KUANTITATIF" : "KUALITATIF";
    }

    // The quantitative approach sets an aspek on every IKI; a plan with an IKI without aspek is qualitative.
    private static boolean isQuantitative(Skp skp) {
        return skp.model() == ModelSkp.JA_JF && !skp.allIki().isEmpty()
                && skp.allIki().stream().allMatch(iki -> iki.aspek().isPresent());
    }

    private int period(int row, String label, AssessmentPeriod period) {
        labelRow(row, label, IndonesianText.period(period));
        return row + 1;
    }

    private void labelRow(int row, String label, String value) {
        cells.merge(row, row, NO, ATASAN, Kind.LABEL_BOLD);
        cells.text(row, NO, label, Kind.LABEL_BOLD);
        cells.merge(row, row, RHK, IKI, Kind.LABEL);
        cells.text(row, RHK, value, Kind.LABEL);
    }

    private void finish(Skp skp, Optional<Evaluasi> evaluasi, int identityRow, Options options,
            @Nullable Ratings ratings) {
        IdentityColumns pegawai = new IdentityColumns(NO, ATASAN, ATASAN, RHK, RHK);
        IdentityColumns pejabat = new IdentityColumns(ASPEK, IKI, IKI, TARGET, last);
        FormParts.identityBlock(cells, identityRow, pegawai, "PEGAWAI YANG DINILAI", Optional.of(skp.pegawai()));
        FormParts.identityBlock(cells, identityRow, pejabat, "PEJABAT PENILAI KINERJA", skp.pejabatPenilai());
        int row = identityRow + 7;
        if (skp.atasanPejabatPenilai().isPresent()) {
            FormParts.identityBlock(cells, row, pejabat, "ATASAN PEJABAT PENILAI KINERJA",
                    skp.atasanPejabatPenilai());
            row += 7;
        }

        section(row++, "HASIL KERJA");
        int headerRow = row;
        header(headerRow);
        row = headerRow + 2;
        List<UmpanBalik> umpanBalik = evaluasi.map(Evaluasi::umpanBalik).orElse(List.of());
        for (JenisRhk jenis : JenisRhk.values()) {
            section(row++, jenis == JenisRhk.UTAMA ? "A. Utama" : "B. Tambahan");
            List<Rhk> ofJenis = skp.rhk().stream().filter(r -> r.jenis() == jenis).toList();
            if (skp.model() == ModelSkp.JPT) {
                row = rhkRows(row, ofJenis.stream().filter(r -> r.perspektif().isEmpty()).toList(), evaluasi,
                        umpanBalik);
                for (Perspektif perspektif : Perspektif.values()) {
                    List<Rhk> group = ofJenis.stream().filter(r -> r.perspektif().equals(Optional.of(perspektif)))
                            .toList();
                    if (!group.isEmpty()) {
                        subsection(row++, Permen2022Labels.perspektif(perspektif));
                        row = rhkRows(row, group, evaluasi, umpanBalik);
                    }
                }
            } else {
                row = rhkRows(row, ofJenis, evaluasi, umpanBalik);
            }
        }

        row = perilaku(row + 1, skp.ekspektasiKhususPimpinan(), umpanBalik);
        if (ratings != null) {
            row = ratings(row + 1, umpanBalik, ratings);
        }

        int signatureRow = row + 1;
        FormParts.placeAndDate(cells, signatureRow, IKI, IKI, last, options.place(),
                options.signingDate());
        FormParts.signature(cells, signatureRow + 1, ATASAN, RHK, "Pegawai yang Dinilai,",
                Optional.of(skp.pegawai()));
        FormParts.signature(cells, signatureRow + 1, IKI, last, "Pejabat Penilai Kinerja,", skp.pejabatPenilai());
        FormParts.pageSetup(cells.sheet(), headerRow, headerRow + 1, last, signatureRow + 6);
    }

    private void header(int top) {
        int sub = top + 1;
        spanned(top, sub, NO, NO, "NO");
        spanned(top, sub, ATASAN, ATASAN, "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI");
        spanned(top, sub, RHK, RHK, "RENCANA HASIL KERJA");
        spanned(top, sub, ASPEK, ASPEK, "ASPEK");
        spanned(top, sub, IKI, IKI, "INDIKATOR KINERJA INDIVIDU");
        spanned(top, top, TARGET, SATUAN, "TARGET");
        spanned(sub, sub, TARGET, TARGET, "Jumlah");
        spanned(sub, sub, SATUAN, SATUAN, "Satuan");
        if (evaluation) {
            spanned(top, top, REALISASI, BUKTI, "REALISASI BERDASARKAN BUKTI DUKUNG");
            spanned(sub, sub, REALISASI, REALISASI, "Jumlah");
            spanned(sub, sub, REALISASI_SATUAN, REALISASI_SATUAN, "Satuan");
            spanned(sub, sub, KETERANGAN, KETERANGAN, "Keterangan");
            spanned(sub, sub, BUKTI, BUKTI, "Bukti Dukung");
            spanned(top, sub, UMPAN_BALIK, UMPAN_BALIK, "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG");
        }
        cells.height(top, 30);
        cells.height(sub, 30);
    }

    private int rhkRows(int first, List<Rhk> rhks, Optional<Evaluasi> evaluasi, List<UmpanBalik> umpanBalik) {
        int row = first;
        for (Rhk rhk : rhks) {
            int rows = Math.max(1, rhk.iki().size());
            int top = row;
            int lastRow = row + rows - 1;
            cells.merge(row, lastRow, NO, NO, Kind.TEXT_CENTER);
            cells.text(row, NO, rhk.id(), Kind.TEXT_CENTER);
            cells.merge(row, lastRow, ATASAN, ATASAN, Kind.TEXT);
            rhk.rhkAtasan().ifPresent(ref -> cells.text(top, ATASAN, atasanText.apply(ref), Kind.TEXT));
            cells.merge(row, lastRow, RHK, RHK, Kind.TEXT);
            cells.text(row, RHK, rhk.uraian(), Kind.TEXT);
            if (evaluation) {
                cells.merge(row, lastRow, UMPAN_BALIK, UMPAN_BALIK, Kind.TEXT);
                String text = lines(umpanBalik.stream().filter(u -> u.rhkId().equals(Optional.of(rhk.id())))
                        .map(UmpanBalik::teks).toList());
                if (!text.isEmpty()) {
                    cells.text(row, UMPAN_BALIK, text, Kind.TEXT);
                }
            }
            for (int i = 0; i < rows; i++) {
                Optional<Iki> iki = i < rhk.iki().size() ? Optional.of(rhk.iki().get(i)) : Optional.empty();
                ikiRow(row + i, iki, evaluasi);
            }
            FormParts.fitHeight(cells, row, rhk.uraian(), WIDTHS[RHK] * 2 / rows + 1);
            row = lastRow + 1;
        }
        return row;
    }

    private void ikiRow(int row, Optional<Iki> iki, Optional<Evaluasi> evaluasi) {
        for (int c = ASPEK; c <= last; c++) {
            if (c != UMPAN_BALIK) {
                cells.blank(row, c, c == TARGET || c == SATUAN || c == REALISASI ? Kind.TEXT_CENTER : Kind.TEXT);
            }
        }
        if (iki.isEmpty()) {
            return;
        }
        Iki value = iki.get();
        value.aspek().ifPresent(a -> cells.text(row, ASPEK, Permen2022Labels.aspek(a), Kind.TEXT));
        cells.text(row, IKI, value.indikator(), Kind.TEXT);
        FormParts.fitHeight(cells, row, value.indikator(), WIDTHS[IKI]);
        target(row, value.target());
        if (evaluasi.isPresent()) {
            evaluasi.get().findRealisasi(value.id()).ifPresent(r -> realisasi(row, r));
        }
    }

    private void target(int row, IkiTarget target) {
        switch (target.kind()) {
            case VALUE -> {
                BigDecimal number = target.value().orElseThrow();
                cells.number(row, TARGET, number, FormParts.numberKind(number));
                target.satuan().ifPresent(s -> cells.text(row, SATUAN, s, Kind.TEXT_CENTER));
            }
            case RANGE -> {
                String range = Permen2022Labels.number(target.lower().orElseThrow()) + "-"
                        + Permen2022Labels.number(target.upper().orElseThrow());
                cells.text(row, TARGET, range, Kind.TEXT_CENTER);
                target.satuan().ifPresent(s -> cells.text(row, SATUAN, s, Kind.TEXT_CENTER));
            }
            case QUALITATIVE -> {
                cells.merge(row, row, TARGET, SATUAN, Kind.TEXT);
                cells.text(row, TARGET, target.description().orElseThrow(), Kind.TEXT);
            }
        }
    }

    private void realisasi(int row, RealisasiIki realisasi) {
        realisasi.nilai().ifPresent(n -> cells.number(row, REALISASI, n, FormParts.numberKind(n)));
        realisasi.satuan().ifPresent(s -> cells.text(row, REALISASI_SATUAN, s, Kind.TEXT_CENTER));
        realisasi.keterangan().ifPresent(k -> cells.text(row, KETERANGAN, k, Kind.TEXT));
        String bukti = lines(realisasi.buktiDukung().stream()
                .map(b -> b.reference() + b.keterangan().map(k -> Permen2022Labels.BUKTI_SEPARATOR + k).orElse(""))
                .toList());
        if (!bukti.isEmpty()) {
            cells.text(row, BUKTI, bukti, Kind.TEXT);
        }
        int longest = Math.max(realisasi.keterangan().map(String::length).orElse(0), bukti.length());
        if (longest > 0) {
            FormParts.fitHeight(cells, row, "x".repeat(longest), WIDTHS[BUKTI]);
        }
    }

    private int perilaku(int first, Map<CoreValue, String> ekspektasiKhusus, List<UmpanBalik> umpanBalik) {
        int row = first;
        section(row++, "PERILAKU KERJA");

        int ekspektasiLast = evaluation ? BUKTI : SATUAN;
        cells.text(row, NO, "NO", Kind.HEADER);
        spanned(row, row, ATASAN, ATASAN, "NILAI DASAR ASN (BerAKHLAK)");
        spanned(row, row, RHK, IKI, "PANDUAN PERILAKU");
        spanned(row, row, TARGET, ekspektasiLast, "EKSPEKTASI KHUSUS PIMPINAN");
        if (evaluation) {
            spanned(row, row, UMPAN_BALIK, UMPAN_BALIK, "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG");
        }
        cells.height(row++, 30);

        CoreValue[] values = CoreValue.values();
        for (int i = 0; i < values.length; i++) {
            CoreValue value = values[i];
            int current = row;
            cells.number(row, NO, BigDecimal.valueOf(i + 1L), Kind.INDEX);
            cells.text(row, ATASAN, value.label(), Kind.TEXT);
            List<String> guidance = Permen2022Labels.guidance(value);
            cells.merge(row, row, RHK, IKI, Kind.TEXT);
            cells.text(row, RHK, lines(guidance.stream().map(g -> "- " + g).toList()), Kind.TEXT);
            cells.merge(row, row, TARGET, ekspektasiLast, Kind.TEXT);
            Optional<String> ekspektasi = Optional.ofNullable(ekspektasiKhusus.get(value));
            ekspektasi.ifPresent(text -> cells.text(current, TARGET, text, Kind.TEXT));

            if (evaluation) {
                String text = lines(umpanBalik.stream()
                        .filter(u -> u.rhkId().isEmpty() && u.coreValue().equals(Optional.of(value)))
                        .map(UmpanBalik::teks).toList());
                if (text.isEmpty()) {
                    cells.blank(row, UMPAN_BALIK, Kind.TEXT);
                } else {
                    cells.text(row, UMPAN_BALIK, text, Kind.TEXT);
                }
            }
            int guidanceLength = guidance.stream().mapToInt(String::length).sum() + 40;
            FormParts.fitHeight(cells, row, "x".repeat(guidanceLength), WIDTHS[RHK] + WIDTHS[ASPEK] + WIDTHS[IKI]);
            row++;
        }
        return row;
    }

    private int ratings(int first, List<UmpanBalik> umpanBalik, Ratings ratings) {
        int row = first;
        String general = lines(umpanBalik.stream().filter(u -> u.rhkId().isEmpty() && u.coreValue().isEmpty())
                .map(UmpanBalik::teks).toList());
        if (!general.isEmpty()) {
            resultRow(row, "UMPAN BALIK UMUM", UMPAN_BALIK);
            cells.text(row++, TARGET, general, Kind.TEXT);
        }
        Optional<String> unit = ratings.penilaian().predikatUnitDipimpin().map(p -> p.label());
        if (unit.isPresent()) {
            resultRow(row, "PREDIKAT KINERJA ORGANISASI (UNIT YANG DIPIMPIN)", REALISASI);
            cells.text(row++, TARGET, unit.get(), Kind.TEXT);
        }
        int hasilRow = row++;
        resultRow(hasilRow, "RATING HASIL KERJA", REALISASI);
        ratings.hasilKerja().ifPresent(r -> cells.text(hasilRow, TARGET, r.label(), Kind.TEXT));
        int perilakuRow = row++;
        resultRow(perilakuRow, "RATING PERILAKU KERJA", REALISASI);
        ratings.penilaian().evaluasi().ratingPerilaku()
                .ifPresent(r -> cells.text(perilakuRow, TARGET, r.label(), Kind.TEXT));
        int predikatRow = row++;
        resultRow(predikatRow, "PREDIKAT KINERJA PEGAWAI", REALISASI);
        cells.formula(predikatRow, TARGET, predikatFormula(SheetCells.ref(hasilRow, TARGET),
                SheetCells.ref(perilakuRow, TARGET)), ratings.predikat().map(PredikatPegawai::label).orElse(""),
                Kind.SECTION);
        return row;
    }

    private void resultRow(int row, String label, int valueLast) {
        cells.merge(row, row, NO, IKI, Kind.SECTION);
        cells.text(row, NO, label, Kind.SECTION);
        cells.merge(row, row, TARGET, valueLast, Kind.TEXT);
    }

    // The 3x3 lookup in the KUADRAN sheet, empty while a rating is missing.
    static String predikatFormula(String hasilKerja, String perilaku) {
        return "IF(OR(" + hasilKerja + "=\"\"," + perilaku + "=\"\"),\"\",INDEX(" + KUADRAN_SHEET + "!$B$3:$D$5,MATCH("
                + hasilKerja + "," + KUADRAN_SHEET + "!$A$3:$A$5,0),MATCH(" + perilaku + "," + KUADRAN_SHEET
                + "!$B$2:$D$2,0)))";
    }

    private static void kuadran(FormStyles styles, PredikatMatrix matrix) {
        SheetCells cells = new SheetCells(styles.workbook().createSheet(KUADRAN_SHEET), styles);
        cells.width(0, 26);
        for (int c = 1; c <= 3; c++) {
            cells.width(c, 22);
        }
        cells.merge(0, 0, 0, 3, Kind.TITLE);
        cells.text(0, 0, "KUADRAN KINERJA PEGAWAI", Kind.TITLE);
        cells.text(1, 0, "Hasil Kerja \u2193 / Perilaku Kerja \u2192", Kind.HEADER);
        for (int i = 0; i < MATRIX_ORDER.length; i++) {
            cells.text(1, i + 1, MATRIX_ORDER[i].label(), Kind.HEADER);
            cells.text(i + 2, 0, MATRIX_ORDER[i].label(), Kind.HEADER);
            for (int j = 0; j < MATRIX_ORDER.length; j++) {
                cells.text(i + 2, j + 1, matrix.predikat(MATRIX_ORDER[i], MATRIX_ORDER[j]).label(),
                        Kind.TEXT_CENTER);
            }
        }
    }

    // The Lampiran sheet; with blank rows, every section gets that many empty rows instead of its entries.
    private static void lampiran(FormStyles styles, AssessmentPeriod periode, List<LampiranItem> lampiran,
            int blankRows) {
        SheetCells cells = new SheetCells(styles.workbook().createSheet(LAMPIRAN_SHEET), styles);
        int lastColumn = 6;
        cells.width(0, 5);
        cells.width(1, 90);
        cells.merge(0, 0, 0, 1, Kind.TITLE);
        cells.text(0, 0, "LAMPIRAN SASARAN KINERJA PEGAWAI", Kind.TITLE);
        cells.merge(1, 1, 0, 1, Kind.SUBTITLE);
        cells.text(1, 0, "Periode " + IndonesianText.period(periode), Kind.SUBTITLE);
        int row = 3;
        for (LampiranSkp bagian : LampiranSkp.values()) {
            cells.merge(row, row, 0, 1, Kind.SECTION);
            cells.text(row++, 0, Permen2022Labels.lampiran(bagian).toUpperCase(Locale.ROOT), Kind.SECTION);
            List<LampiranItem> items = lampiran.stream().filter(i -> i.bagian() == bagian).toList();
            for (int i = 0; i < blankRows; i++, row++) {
                cells.blank(row, 0, Kind.INDEX);
                cells.blank(row, 1, Kind.TEXT);
            }
            if (items.isEmpty() && blankRows == 0) {
                cells.blank(row, 0, Kind.TEXT);
                cells.text(row++, 1, "-", Kind.TEXT);
            }
            for (int i = 0; i < items.size(); i++) {
                cells.number(row, 0, BigDecimal.valueOf(i + 1L), Kind.INDEX);
                cells.text(row, 1, items.get(i).uraian(), Kind.TEXT);
                FormParts.fitHeight(cells, row++, items.get(i).uraian(), 90);
            }
            row++;
        }
        FormParts.pageSetup(cells.sheet(), 0, 1, Math.min(lastColumn, 1), row);
    }

    private void section(int row, String text) {
        cells.merge(row, row, NO, last, Kind.SECTION);
        cells.text(row, NO, text, Kind.SECTION);
    }

    private void subsection(int row, String text) {
        cells.blank(row, NO, Kind.TEXT);
        cells.merge(row, row, ATASAN, last, Kind.SECTION);
        cells.text(row, ATASAN, text, Kind.SECTION);
    }

    private void spanned(int firstRow, int lastRow, int firstColumn, int lastColumn, String text) {
        cells.merge(firstRow, lastRow, firstColumn, lastColumn, Kind.HEADER);
        cells.text(firstRow, firstColumn, text, Kind.HEADER);
    }

    private static String lines(List<String> texts) {
        return texts.stream().collect(Collectors.joining("\n"));
    }

    /** Returns the text that names a superior's RHK when no superior SKP is known: {@code skpId/rhkId}. */
    public static String referenceText(RhkReference reference) {
        return reference.skpId() + "/" + reference.rhkId();
    }
}
