package io.github.kinerja.excel.write;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.permen2021.HasilPenilaian;
import io.github.kinerja.core.permen2021.PenilaianKinerja;
import io.github.kinerja.core.permen2021.Permen2021Scorer;
import io.github.kinerja.core.permen2021.Skp;
import io.github.kinerja.excel.write.internal.FormStyles;
import io.github.kinerja.excel.write.internal.Permen2021Formulas;
import io.github.kinerja.excel.write.internal.Permen2021SheetWriter;
import io.github.kinerja.excel.write.internal.Permen2021TemplateWriter;
import io.github.kinerja.excel.write.internal.WorkbookFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes the SKP of PP 30/2019 with PermenPANRB 8/2021 as an .xls or .xlsx workbook. The workbook contains the plan
 * with its realisasi, the capaian, kategori and nilai of each IKI and the nilai of each rencana kinerja. For an
 * appraisal it adds the nilai akhir and the predikat.
 *
 * <p>The sheet {@code SKP} has the title {@code SASARAN KINERJA PEGAWAI}, the period ({@code Periode Penilaian
 * 1 Juli 2021 s.d. 31 Desember 2021}), the identity blocks of the pegawai yang dinilai, the pejabat penilai kinerja
 * and, when known, the atasan pejabat penilai kinerja, then the table: one row per IKI under {@code A. KINERJA
 * UTAMA} and {@code B. KINERJA TAMBAHAN}, the cells of a rencana kinerja (number, rencana kinerja atasan, uraian,
 * bobot, nilai, nilai tertimbang) merged over its IKI rows. The TARGET group contains the target value (or the two
 * ends of a range, or the description of a qualitative target), the satuan, the jenis target ({@code Normal},
 * {@code Kondisi Khusus} where a lower realisasi is better, or {@code Kualitatif}) and {@code Ya} for a maximum
 * attainable target. Below the table come the nilai kinerja utama, the nilai kinerja tambahan and the nilai SKP,
 * then for a {@link PenilaianKinerja} the nilai perilaku kerja, the weights 70/30 or 60/40, the nilai akhir, the
 * predikat and the two flags the rules need, and last the signatures.
 *
 * <p>Calculated cells are live formulas that follow the scorer: the capaian of each IKI from its target, realisasi
 * and jenis target; the kategori and the nilai from the capaian table with the scorer's gap policy; the weighted
 * mean per rencana kinerja; the nilai tertimbang; the sums; the weights from the peer-input flag; the nilai akhir;
 * the predikat bands with the innovation flag. Each formula cell carries the scorer's exact result as its cached
 * value, so the file shows the library's numbers before any recalculation; the number format shows two decimals
 * while the cell contains the exact value, and the predikat is taken from the exact nilai akhir. Three values are
 * written as constants because no formula computes them: the appraiser's capaian of an IKI (an input that takes
 * the place of the computed one, and typing a number over a capaian formula sets it), the nilai tertimbang 0 of a
 * kinerja tambahan without bobot, and under {@code EACH_ITEM} rounding with {@code HALF_EVEN} or {@code HALF_DOWN}
 * (which Excel has no function for) every rounded item value.
 *
 * <p>The form does not carry the baseline of a target nor the note of a numeric target, and IKI ids are not
 * printed: a reader numbers the IKI of rencana kinerja {@code 2} as {@code 2.1}, {@code 2.2} and so on.
 *
 * <p>Layout and format choices are those of {@link Pp46FormWriter}: A4 landscape, one page wide, the table header
 * repeated on every printed page; scores in {@code #,##0.00}; the signing date as a date cell with Indonesian
 * month names; every text from the model as a text cell, quote-prefixed when it starts with {@code =}, {@code +},
 * {@code -} or {@code @}, so it never becomes a formula.
 *
 * <pre>{@code
 * Permen2021FormWriter writer = Permen2021FormWriter.standard().withSigningPlace("Jakarta");
 * writer.writeSkp(penilaian, Path.of("skp-2021.xlsx"));
 * }</pre>
 *
 * <p>{@link #createSkpTemplate(AssessmentPeriod, int, WorkbookFormat)} writes the empty form to fill in by hand.
 *
 * <p>Instances are immutable and thread-safe; each call builds its own workbook.
 */
public final class Permen2021FormWriter {

    /** The largest number of blank kinerja utama rows a template has, as for {@link Pp46FormWriter}. */
    public static final int MAX_TEMPLATE_ROWS = Pp46FormWriter.MAX_TEMPLATE_ROWS;

    /** The number of blank kinerja tambahan rows a template has, unless it has a single kinerja utama row. */
    public static final int TEMPLATE_TAMBAHAN_ROWS = 2;

    private static final Permen2021FormWriter STANDARD =
            new Permen2021FormWriter(Permen2021Scorer.standard(), null, null);

    private final Permen2021Scorer scorer;
    @Nullable private final String signingPlace;
    @Nullable private final LocalDate signingDate;

    private Permen2021FormWriter(Permen2021Scorer scorer, @Nullable String signingPlace,
            @Nullable LocalDate signingDate) {
        this.scorer = scorer;
        this.signingPlace = signingPlace;
        this.signingDate = signingDate;
    }

    /**
     * Returns the writer that scores with {@link Permen2021Scorer#standard()}, leaves the place of signing as a
     * dotted line and dates the signatures on the last day of the period.
     */
    public static Permen2021FormWriter standard() {
        return STANDARD;
    }

    /**
     * Returns a copy of this writer that scores with the given scorer, whose gap policy and rounding the formulas
     * then follow.
     *
     * @param scorer  the scorer, not null
     * @return the writer, not null
     */
    public Permen2021FormWriter withScorer(Permen2021Scorer scorer) {
        return new Permen2021FormWriter(Objects.requireNonNull(scorer, "scorer"), signingPlace, signingDate);
    }

    /**
     * Returns a copy of this writer that prints the place of signing, such as {@code Jakarta}, before the date.
     *
     * @param place  the place, not blank, not null
     * @return the writer, not null
     * @throws IllegalArgumentException if the place is blank
     */
    public Permen2021FormWriter withSigningPlace(String place) {
        Objects.requireNonNull(place, "place");
        if (place.isBlank()) {
            throw new IllegalArgumentException("signing place must not be blank, leave it unset for a dotted line");
        }
        return new Permen2021FormWriter(scorer, place.strip(), signingDate);
    }

    /**
     * Returns a copy of this writer that dates the signatures with the given date instead of the last day of the
     * period.
     *
     * @param date  the date, not null
     * @return the writer, not null
     */
    public Permen2021FormWriter withSigningDate(LocalDate date) {
        return new Permen2021FormWriter(scorer, signingPlace, Objects.requireNonNull(date, "date"));
    }

    /**
     * Creates the SKP workbook of an appraisal: the SKP with capaian and nilai, the nilai akhir and the predikat.
     *
     * @param penilaian  the appraisal, not null
     * @param format  the file format, not null
     * @return the workbook, which the caller writes and closes, not null
     */
    public Workbook createSkp(PenilaianKinerja penilaian, WorkbookFormat format) {
        Objects.requireNonNull(penilaian, "penilaian");
        return create(penilaian, true, format);
    }

    /**
     * Creates the SKP workbook of an SKP without perilaku kerja: the SKP with the capaian and nilai of whatever
     * realisasi it has, up to the nilai SKP, without the nilai akhir block.
     *
     * @param skp  the SKP, not null
     * @param format  the file format, not null
     * @return the workbook, which the caller writes and closes, not null
     */
    public Workbook createSkp(Skp skp, WorkbookFormat format) {
        Objects.requireNonNull(skp, "skp");
        // The nilai perilaku only enters the nilai akhir, which this form leaves out.
        return create(PenilaianKinerja.builder().skp(skp).nilaiPerilaku(BigDecimal.ZERO).build(), false, format);
    }

    /**
     * Writes the SKP workbook of an appraisal to a stream, which stays open.
     *
     * @param penilaian  the appraisal, not null
     * @param format  the file format, not null
     * @param out  the stream, not null
     * @throws IOException if writing to the stream fails
     */
    public void writeSkp(PenilaianKinerja penilaian, WorkbookFormat format, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        try (Workbook workbook = createSkp(penilaian, format)) {
            workbook.write(out);
        }
    }

    /**
     * Writes the SKP workbook of an SKP without perilaku kerja to a stream, which stays open.
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
     * Writes the SKP workbook of an appraisal to a file, in the format its extension names.
     *
     * @param penilaian  the appraisal, not null
     * @param file  the file, ending in {@code .xls} or {@code .xlsx}; an existing file is replaced only once the
     *     workbook is written completely, not null
     * @throws IOException if writing the file fails
     * @throws IllegalArgumentException if the file name ends in neither extension
     */
    public void writeSkp(PenilaianKinerja penilaian, Path file) throws IOException {
        WorkbookFormat format = WorkbookFormat.fromFileName(file);
        try (Workbook workbook = createSkp(penilaian, format)) {
            WorkbookFiles.write(workbook, file);
        }
    }

    /**
     * Writes the SKP workbook of an SKP without perilaku kerja to a file, in the format its extension names.
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
     * Creates the empty SKP workbook that an agency fills in by hand: the period, blank identity blocks, the given
     * number of blank rows under kinerja utama and {@value #TEMPLATE_TAMBAHAN_ROWS} under kinerja tambahan (one when
     * a single row is asked for), each row one rencana kinerja with one IKI, then the totals and the nilai akhir block
     * with a blank nilai perilaku kerja.
     *
     * <p>The rows hold the formulas of a written form, each showing nothing until its IKI is typed in; the jenis
     * target ({@code Normal}, {@code Kondisi Khusus} or {@code Kualitatif}), an upper end for a range and {@code Ya}
     * under Target Maksimal select the arithmetic. The totals show nothing until a kinerja utama is scored, the
     * nilai akhir and the predikat nothing until the nilai perilaku kerja is typed in. A rencana kinerja with more
     * than one IKI needs rows inserted by hand and the formulas of the rencana kinerja adjusted.
     * {@link io.github.kinerja.excel.Permen2021WorkbookReader} reads the filled form like a written one. The
     * signatures are dated as {@link #writeSkp(PenilaianKinerja, Path)} dates them, on the last day of the period
     * unless a signing date is set.
     *
     * @param periode  the period printed under the title, not null
     * @param rencanaRows  the number of blank rows under kinerja utama, 1 to {@value #MAX_TEMPLATE_ROWS}
     * @param format  the file format, not null
     * @return the workbook, which the caller writes and closes, not null
     * @throws IllegalArgumentException if the number of rows is out of range
     */
    public Workbook createSkpTemplate(AssessmentPeriod periode, int rencanaRows, WorkbookFormat format) {
        Objects.requireNonNull(periode, "periode");
        Objects.requireNonNull(format, "format");
        if (rencanaRows < 1 || rencanaRows > MAX_TEMPLATE_ROWS) {
            throw new IllegalArgumentException("rencana kinerja rows must be between 1 and " + MAX_TEMPLATE_ROWS
                    + ", was " + rencanaRows);
        }
        Workbook workbook = format.createWorkbook();
        LocalDate date = signingDate == null ? periode.end() : signingDate;
        Permen2021TemplateWriter.write(new FormStyles(workbook), new Permen2021Formulas(scorer), periode, rencanaRows,
                Math.min(rencanaRows, TEMPLATE_TAMBAHAN_ROWS), Optional.ofNullable(signingPlace), date);
        return workbook;
    }

    /**
     * Writes the empty SKP workbook of {@link #createSkpTemplate(AssessmentPeriod, int, WorkbookFormat)} to a file,
     * in the format its extension names.
     *
     * @param periode  the period printed under the title, not null
     * @param rencanaRows  the number of blank rows under kinerja utama, 1 to {@value #MAX_TEMPLATE_ROWS}
     * @param file  the file, ending in {@code .xls} or {@code .xlsx}; an existing file is replaced only once the
     *     workbook is written completely, not null
     * @throws IOException if writing the file fails
     * @throws IllegalArgumentException if the file name ends in neither extension or the number of rows is out
     *     of range
     */
    public void writeSkpTemplate(AssessmentPeriod periode, int rencanaRows, Path file) throws IOException {
        try (Workbook workbook = createSkpTemplate(periode, rencanaRows, WorkbookFormat.fromFileName(file))) {
            WorkbookFiles.write(workbook, file);
        }
    }

    private Workbook create(PenilaianKinerja penilaian, boolean withNilaiAkhir, WorkbookFormat format) {
        Objects.requireNonNull(format, "format");
        HasilPenilaian hasil = scorer.score(penilaian);
        Workbook workbook = format.createWorkbook();
        LocalDate date = signingDate == null ? penilaian.skp().periode().end() : signingDate;
        Permen2021SheetWriter.write(new FormStyles(workbook), new Permen2021Formulas(scorer), hasil, withNilaiAkhir,
                Optional.ofNullable(signingPlace), date);
        return workbook;
    }

    @Override
    public String toString() {
        return "Permen2021FormWriter[" + scorer + ", place=" + signingPlace + ", date=" + signingDate + "]";
    }
}
