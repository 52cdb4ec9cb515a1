package io.github.kinerja.excel.write;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.permen2022.HasilPenilaianPegawai;
import io.github.kinerja.core.permen2022.ModelSkp;
import io.github.kinerja.core.permen2022.PenilaianPegawai;
import io.github.kinerja.core.permen2022.Permen2022Scorer;
import io.github.kinerja.core.permen2022.PredikatPegawai;
import io.github.kinerja.core.permen2022.Rating;
import io.github.kinerja.core.permen2022.Rhk;
import io.github.kinerja.core.permen2022.RhkReference;
import io.github.kinerja.core.permen2022.Skp;
import io.github.kinerja.excel.write.internal.FormStyles;
import io.github.kinerja.excel.write.internal.Permen2022SheetWriter;
import io.github.kinerja.excel.write.internal.WorkbookFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes the documents of PermenPANRB 6/2022 as .xls or .xlsx workbooks: the SKP (Sasaran Kinerja Pegawai, the
 * plan) and the Dokumen Evaluasi Kinerja Pegawai (the evaluation of one period).
 *
 * <p>The SKP workbook has the sheet {@code SKP}: the title {@code SASARAN KINERJA PEGAWAI}, the approach
 * ({@code PENDEKATAN HASIL KERJA KUANTITATIF} when every IKI of a JA/JF plan has an aspek, {@code KUALITATIF}
 * otherwise), the model, the instansi if set and the period; the identity blocks {@code PEGAWAI YANG DINILAI},
 * {@code PEJABAT PENILAI KINERJA} and, when named, {@code ATASAN PEJABAT PENILAI KINERJA}; the {@code HASIL KERJA}
 * table grouped into {@code A. Utama} and {@code B. Tambahan}, one IKI per row with the NO and the RHK cells merged
 * over the IKI rows of their RHK, and for the JPT model a {@code Perspektif ...} row over each group of RHK; the
 * {@code PERILAKU KERJA} table with the seven BerAKHLAK core values, their guidance and the ekspektasi khusus
 * pimpinan; the signatures. The sheet {@code LAMPIRAN SKP} contains the Lampiran: Dukungan Sumber Daya, Skema
 * Pertanggungjawaban and Konsekuensi.
 *
 * <p>The evaluation workbook has the sheet {@code EVALUASI}, which repeats the plan with the columns
 * {@code REALISASI BERDASARKAN BUKTI DUKUNG} (value, satuan, keterangan, one bukti dukung per line) and
 * {@code UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG}, then the {@code RATING HASIL KERJA}, the
 * {@code RATING PERILAKU KERJA} and the {@code PREDIKAT KINERJA PEGAWAI}. The predikat is a live formula that looks
 * the two rating cells up in the sheet {@code KUADRAN}, which contains the scorer's 3×3 matrix; its cached value is
 * the scorer's predikat, so the file shows the library's result before any recalculation, and Excel or
 * LibreOffice recompute it when a user changes a rating. For a unit leader the rating hasil kerja cell contains the
 * rating the scorer derived from the unit's predikat kinerja organisasi, which a row above it shows.
 *
 * <p>Layout and format choices:
 * <ul>
 *   <li>A4 landscape, one page wide, the table header repeated on every printed page;
 *   <li>a numeric target and a realisasi are number cells with the formats {@code #,##0} or {@code #,##0.00},
 *       which Excel and LibreOffice show with the reader's separators ({@code 1.234,5} in Indonesian); a range
 *       target is text such as {@code 7,5-8} with a decimal comma; the signing date is a date cell shown with
 *       Indonesian month names;
 *   <li>every text from the model is a text cell. Text that starts with {@code =}, {@code +}, {@code -} or
 *       {@code @} is never a formula, and its cell is quote-prefixed so that it stays text when a user edits it.
 * </ul>
 *
 * <p>The forms do not print the SKP id, the plan status, the unit id, the IKI ids (the reader numbers IKI as
 * {@code <RHK id>.<n>}), the direction, baseline, maximum-attainable mark and note of an IKI target, or which of
 * several realisasi of one IKI came first: only the first realisasi of each IKI is written. Realisasi and umpan
 * balik that name an IKI or RHK the SKP lacks are not written, and an umpan balik on an RHK is printed with the RHK
 * only, so a core value it also names is lost. RHK are written utama
 * before tambahan and, for JPT, grouped by perspektif; Lampiran entries and umpan balik are grouped by section.
 * The RHK atasan yang diintervensi is printed as the uraian of that RHK when the superior's SKP was given with
 * {@link #withAtasanSkp(Skp)}, and as {@code skpId/rhkId} otherwise.
 *
 * <pre>{@code
 * Permen2022FormWriter writer = Permen2022FormWriter.standard().withSigningPlace("Jakarta");
 * writer.writeSkp(skp, Path.of("skp-2023.xlsx"));
 * writer.writeEvaluasi(penilaian, Path.of("evaluasi-2023-01.xls"));
 * }</pre>
 *
 * <p>The template methods write the same documents empty, to be filled in by hand: blank identity blocks, blank
 * RHK rows of one IKI each under {@code A. Utama} (for JPT under each perspektif) and {@value #TEMPLATE_TAMBAHAN_ROWS}
 * under {@code B. Tambahan}, blank ekspektasi khusus pimpinan and a blank Lampiran. The NO of a blank row counts the
 * RHK typed in, and a row whose RHK cell is left empty adds its IKI to the RHK above it. A filled template reads
 * back with {@code WorkbookReader} like a written form.
 *
 * <p>Instances are immutable and thread-safe; each call builds its own workbook.
 */
public final class Permen2022FormWriter {

    /** The largest number of blank RHK rows a template can have, the same as {@link Pp46FormWriter}'s. */
    public static final int MAX_TEMPLATE_ROWS = Pp46FormWriter.MAX_TEMPLATE_ROWS;

    /** The number of blank RHK rows a template has under {@code B. Tambahan}. */
    public static final int TEMPLATE_TAMBAHAN_ROWS = 3;

    private static final Permen2022FormWriter STANDARD =
            new Permen2022FormWriter(Permen2022Scorer.standard(), null, null, null, List.of());

    private final Permen2022Scorer scorer;
    @Nullable private final String signingPlace;
    @Nullable private final LocalDate signingDate;
    @Nullable private final String instansi;
    private final List<Skp> atasanSkp;

    private Permen2022FormWriter(Permen2022Scorer scorer, @Nullable String signingPlace,
            @Nullable LocalDate signingDate, @Nullable String instansi, List<Skp> atasanSkp) {
        this.scorer = scorer;
        this.signingPlace = signingPlace;
        this.signingDate = signingDate;
        this.instansi = instansi;
        this.atasanSkp = List.copyOf(atasanSkp);
    }

    /**
     * Returns the writer that scores with {@link Permen2022Scorer#standard()}, prints no instansi, leaves the place
     * of signing as a dotted line and dates the SKP on the first day of its period and the evaluation on the last
     * day of the evaluation period.
     */
    public static Permen2022FormWriter standard() {
        return STANDARD;
    }

    /**
     * Returns a copy of this writer that sets the predikat of evaluations with the given scorer; the
     * {@code KUADRAN} sheet then contains that scorer's matrix.
     *
     * @param scorer  the scorer, not null
     * @return the writer, not null
     */
    public Permen2022FormWriter withScorer(Permen2022Scorer scorer) {
        return new Permen2022FormWriter(Objects.requireNonNull(scorer, "scorer"), signingPlace, signingDate,
                instansi, atasanSkp);
    }

    /**
     * Returns a copy of this writer that prints the place of signing, such as {@code Jakarta}, before the date.
     *
     * @param place  the place, not blank, not null
     * @return the writer, not null
     * @throws IllegalArgumentException if the place is blank
     */
    public Permen2022FormWriter withSigningPlace(String place) {
        Objects.requireNonNull(place, "place");
        if (place.isBlank()) {
            throw new IllegalArgumentException("signing place must not be blank, leave it unset for a dotted line");
        }
        return new Permen2022FormWriter(scorer, place.strip(), signingDate, instansi, atasanSkp);
    }

    /**
     * Returns a copy of this writer that dates the signatures with the given date instead of the start of the SKP
     * period or the end of the evaluation period.
     *
     * @param date  the date, not null
     * @return the writer, not null
     */
    public Permen2022FormWriter withSigningDate(LocalDate date) {
        return new Permen2022FormWriter(scorer, signingPlace, Objects.requireNonNull(date, "date"), instansi,
                atasanSkp);
    }

    /**
     * Returns a copy of this writer that prints the instansi, such as {@code Pemerintah Kabupaten Contoh}, above
     * the title.
     *
     * @param name  the instansi, not blank, not null
     * @return the writer, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public Permen2022FormWriter withInstansi(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("instansi must not be blank, leave it unset to print none");
        }
        return new Permen2022FormWriter(scorer, signingPlace, signingDate, name.strip(), atasanSkp);
    }

    /**
     * Returns a copy of this writer that is given a superior's SKP, so that an RHK that intervenes one of its RHK
     * prints that RHK's uraian in the column {@code RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI}.
     *
     * @param skp  the superior's SKP, not null
     * @return the writer, not null
     */
    public Permen2022FormWriter withAtasanSkp(Skp skp) {
        Objects.requireNonNull(skp, "skp");
        List<Skp> all = new ArrayList<>(atasanSkp);
        all.add(skp);
        return new Permen2022FormWriter(scorer, signingPlace, signingDate, instansi, all);
    }

    /**
     * Creates the SKP workbook: the sheet {@code SKP} and the sheet {@code LAMPIRAN SKP}.
     *
     * @param skp  the SKP, not null
     * @param format  the file format, not null
     * @return the workbook, which the caller writes and closes, not null
     */
    public Workbook createSkp(Skp skp, WorkbookFormat format) {
        Objects.requireNonNull(skp, "skp");
        Objects.requireNonNull(format, "format");
        Workbook workbook = format.createWorkbook();
        LocalDate date = signingDate == null ? skp.periode().start() : signingDate;
        Permen2022SheetWriter.writeSkp(new FormStyles(workbook), skp, options(date));
        return workbook;
    }

    /**
     * Creates the evaluation workbook: the sheets {@code EVALUASI}, {@code LAMPIRAN SKP} and {@code KUADRAN}. When
     * a rating the predikat needs is not set, the rating cell stays empty and so does the predikat, whose formula
     * fills in once a user types the rating.
     *
     * @param penilaian  the SKP with its evaluation, not null
     * @param format  the file format, not null
     * @return the workbook, which the caller writes and closes, not null
     */
    public Workbook createEvaluasi(PenilaianPegawai penilaian, WorkbookFormat format) {
        Objects.requireNonNull(penilaian, "penilaian");
        Objects.requireNonNull(format, "format");
        Optional<Rating> hasilKerja = penilaian.evaluasi().ratingHasilKerja();
        Optional<PredikatPegawai> predikat = Optional.empty();
        boolean scorable = (penilaian.predikatUnitDipimpin().isPresent() || hasilKerja.isPresent())
                && penilaian.evaluasi().ratingPerilaku().isPresent();
        if (scorable) {
            HasilPenilaianPegawai hasil = scorer.score(penilaian);
            hasilKerja = Optional.of(hasil.ratingHasilKerja());
            predikat = Optional.of(hasil.predikat());
        } else if (penilaian.predikatUnitDipimpin().isPresent()) {
            hasilKerja = Optional.of(scorer.leaderPolicy().ratingHasilKerja(penilaian.predikatUnitDipimpin().get()));
        }
        Workbook workbook = format.createWorkbook();
        LocalDate date = signingDate == null ? penilaian.evaluasi().periode().range().end() : signingDate;
        Permen2022SheetWriter.writeEvaluasi(new FormStyles(workbook), penilaian, scorer.matrix(), hasilKerja,
                predikat, options(date));
        return workbook;
    }

    /**
     * Writes the SKP workbook to a stream, which stays open.
     *
     * @param skp  the SKP, not null
     * @param format  the file format, not null
     * @param out  the stream, not null
     * @throws IOException if writing to the stream fails
     */
    public void writeSkp(Skp skp, WorkbookFormat format, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        try (Workbook workbook = createSkp(skp, format)) {
            workbook.write(out);
        }
    }

    /**
     * Writes the SKP workbook to a file, in the format its extension names.
     *
     * @param skp  the SKP, not null
     * @param file  the file, ending in {@code .xls} or {@code .xlsx}; an existing file is replaced only once the
     *     workbook is written completely, not null
     * @throws IOException if writing the file fails
     * @throws IllegalArgumentException if the file name ends in neither extension
     */
    public void writeSkp(Skp skp, Path file) throws IOException {
        WorkbookFormat format = WorkbookFormat.fromFileName(file);
        try (Workbook workbook = createSkp(skp, format)) {
            WorkbookFiles.write(workbook, file);
        }
    }

    /**
     * Writes the evaluation workbook to a stream, which stays open.
     *
     * @param penilaian  the SKP with its evaluation, not null
     * @param format  the file format, not null
     * @param out  the stream, not null
     * @throws IOException if writing to the stream fails
     */
    public void writeEvaluasi(PenilaianPegawai penilaian, WorkbookFormat format, OutputStream out)
            throws IOException {
        Objects.requireNonNull(out, "out");
        try (Workbook workbook = createEvaluasi(penilaian, format)) {
            workbook.write(out);
        }
    }

    /**
     * Writes the evaluation workbook to a file, in the format its extension names.
     *
     * @param penilaian  the SKP with its evaluation, not null
     * @param file  the file, ending in {@code .xls} or {@code .xlsx}; an existing file is replaced only once the
     *     workbook is written completely, not null
     * @throws IOException if writing the file fails
     * @throws IllegalArgumentException if the file name ends in neither extension
     */
    public void writeEvaluasi(PenilaianPegawai penilaian, Path file) throws IOException {
        WorkbookFormat format = WorkbookFormat.fromFileName(file);
        try (Workbook workbook = createEvaluasi(penilaian, format)) {
            WorkbookFiles.write(workbook, file);
        }
    }

    /**
     * Creates an empty SKP workbook to be filled in by hand: the sheet {@code SKP} with blank identity blocks, the
     * given number of blank RHK rows of one IKI each under {@code A. Utama} (for JPT under each perspektif),
     * {@value #TEMPLATE_TAMBAHAN_ROWS} under {@code B. Tambahan} and blank ekspektasi khusus pimpinan, and the sheet
     * {@code LAMPIRAN SKP} with blank rows in each part. The filled form reads back with {@code WorkbookReader} like
     * a written one.
     *
     * @param periode  the period of the SKP, printed under the title, not null
     * @param model  the model, which sets the title and, for JPT, the perspektif groups, not null
     * @param rhkRows  the number of blank RHK rows, 1 to {@value #MAX_TEMPLATE_ROWS}
     * @param format  the file format, not null
     * @return the workbook, which the caller writes and closes, not null
     * @throws IllegalArgumentException if the number of rows is out of range
     */
    public Workbook createSkpTemplate(AssessmentPeriod periode, ModelSkp model, int rhkRows, WorkbookFormat format) {
        Objects.requireNonNull(periode, "periode");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(format, "format");
        checkTemplateRows(rhkRows);
        Workbook workbook = format.createWorkbook();
        LocalDate date = signingDate == null ? periode.start() : signingDate;
        Permen2022SheetWriter.writeSkpTemplate(new FormStyles(workbook), periode, model, rhkRows,
                TEMPLATE_TAMBAHAN_ROWS, options(date));
        return workbook;
    }

    /**
     * Creates an empty evaluation workbook to be filled in by hand: the SKP template of
     * {@link #createSkpTemplate(AssessmentPeriod, ModelSkp, int, WorkbookFormat)} with blank realisasi and umpan
     * balik cells, a blank {@code Periode Penilaian} and {@code Jenis Periode} under the SKP period, blank
     * {@code UMPAN BALIK UMUM}, {@code RATING HASIL KERJA} and {@code RATING PERILAKU KERJA} cells, and the
     * predikat formula, which shows nothing until both ratings are typed in as this writer's scorer names them
     * (such as {@code Sesuai Ekspektasi}), then looks them up in the {@code KUADRAN} sheet. The signatures are
     * dated on the last day of the SKP period unless a signing date is set.
     *
     * @param periode  the period of the SKP, not null
     * @param model  the model, which sets the title and, for JPT, the perspektif groups, not null
     * @param rhkRows  the number of blank RHK rows, 1 to {@value #MAX_TEMPLATE_ROWS}
     * @param format  the file format, not null
     * @return the workbook, which the caller writes and closes, not null
     * @throws IllegalArgumentException if the number of rows is out of range
     */
    public Workbook createEvaluasiTemplate(AssessmentPeriod periode, ModelSkp model, int rhkRows,
            WorkbookFormat format) {
        Objects.requireNonNull(periode, "periode");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(format, "format");
        checkTemplateRows(rhkRows);
        Workbook workbook = format.createWorkbook();
        LocalDate date = signingDate == null ? periode.end() : signingDate;
        Permen2022SheetWriter.writeEvaluasiTemplate(new FormStyles(workbook), periode, model, scorer.matrix(),
                rhkRows, TEMPLATE_TAMBAHAN_ROWS, options(date));
        return workbook;
    }

    /**
     * Writes an empty SKP workbook to a file, in the format its extension names.
     *
     * @param periode  the period of the SKP, not null
     * @param model  the model, not null
     * @param rhkRows  the number of blank RHK rows, 1 to {@value #MAX_TEMPLATE_ROWS}
     * @param file  the file, ending in {@code .xls} or {@code .xlsx}; an existing file is replaced only once the
     *     workbook is written completely, not null
     * @throws IOException if writing the file fails
     * @throws IllegalArgumentException if the file name ends in neither extension or the number of rows is out
     *     of range
     */
    public void writeSkpTemplate(AssessmentPeriod periode, ModelSkp model, int rhkRows, Path file)
            throws IOException {
        try (Workbook workbook = createSkpTemplate(periode, model, rhkRows, WorkbookFormat.fromFileName(file))) {
            WorkbookFiles.write(workbook, file);
        }
    }

    /**
     * Writes an empty evaluation workbook to a file, in the format its extension names.
     *
     * @param periode  the period of the SKP, not null
     * @param model  the model, not null
     * @param rhkRows  the number of blank RHK rows, 1 to {@value #MAX_TEMPLATE_ROWS}
     * @param file  the file, ending in {@code .xls} or {@code .xlsx}; an existing file is replaced only once the
     *     workbook is written completely, not null
     * @throws IOException if writing the file fails
     * @throws IllegalArgumentException if the file name ends in neither extension or the number of rows is out
     *     of range
     */
    public void writeEvaluasiTemplate(AssessmentPeriod periode, ModelSkp model, int rhkRows, Path file)
            throws IOException {
        try (Workbook workbook = createEvaluasiTemplate(periode, model, rhkRows,
                WorkbookFormat.fromFileName(file))) {
            WorkbookFiles.write(workbook, file);
        }
    }

    private static void checkTemplateRows(int rows) {
        if (rows < 1 || rows > MAX_TEMPLATE_ROWS) {
            throw new IllegalArgumentException("RHK rows must be between 1 and " + MAX_TEMPLATE_ROWS + ", was "
                    + rows);
        }
    }

    private Permen2022SheetWriter.Options options(LocalDate date) {
        return new Permen2022SheetWriter.Options(Optional.ofNullable(signingPlace), date,
                Optional.ofNullable(instansi), this::atasanText);
    }

    private String atasanText(RhkReference reference) {
        for (Skp skp : atasanSkp) {
            if (skp.id().equals(reference.skpId())) {
                Optional<Rhk> rhk = skp.findRhk(reference.rhkId());
                if (rhk.isPresent()) {
                    return rhk.get().uraian();
                }
            }
        }
        return Permen2022SheetWriter.referenceText(reference);
    }

    @Override
    public String toString() {
        return "Permen2022FormWriter[" + scorer + ", place=" + signingPlace + ", date=" + signingDate
                + ", instansi=" + instansi + ", atasanSkp=" + atasanSkp.size() + "]";
    }
}
