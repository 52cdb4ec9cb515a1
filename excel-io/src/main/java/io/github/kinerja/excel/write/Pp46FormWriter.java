package io.github.kinerja.excel.write;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.calc.InvalidSkpException;
import io.github.kinerja.core.pp46.calc.Pp46Result;
import io.github.kinerja.core.pp46.calc.Pp46Scorer;
import io.github.kinerja.excel.write.internal.FormStyles;
import io.github.kinerja.excel.write.internal.FormulirSheetWriter;
import io.github.kinerja.excel.write.internal.PenilaianSheetWriter;
import io.github.kinerja.excel.write.internal.Pp46Formulas;
import io.github.kinerja.excel.write.internal.PrestasiSheetWriter;
import io.github.kinerja.excel.write.internal.Pp46TemplateWriter;
import io.github.kinerja.excel.write.internal.SheetCells;
import io.github.kinerja.excel.write.internal.WorkbookFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes the standard forms of PP 46/2011 with Perka BKN 1/2013 as .xls or .xlsx workbooks: the Formulir SKP (the
 * plan) and the Penilaian Capaian SKP (the evaluation).
 *
 * <p>The evaluation sheet {@code SKP} has the title, the period ({@code Jangka Waktu Penilaian 2 Januari 2020 s.d.
 * 31 Desember 2020}), the identity blocks of the pejabat penilai and the pegawai, the two-row header, one row per
 * kegiatan, {@code II. Tugas Tambahan}, {@code III. Kreativitas}, the Nilai Capaian SKP with its category in words
 * and the signature of the pejabat penilai. When the SKP has a perilaku kerja rating, a second sheet
 * {@code PENILAIAN PRESTASI KERJA} adds the perilaku aspects and the Nilai Prestasi Kerja (SKP 60 %, perilaku
 * 40 %).
 *
 * <p>Calculated cells are live formulas: the capaian of each aspect with the 1.76 rule and its 24 % branch (in
 * columns T to Y, beside the printed form), the penghitungan, its division by 3 or 4, the mean of the kegiatan plus
 * the tugas tambahan and kreativitas values, and each category. Each formula cell carries the scorer's exact result
 * as its cached value, so the file shows the library's numbers before any recalculation. Parts of the scorer that a
 * caller replaced with calculators that have no Excel equivalent are written as constant values instead.
 *
 * <p>Layout and format choices:
 * <ul>
 *   <li>A4 landscape, one page wide, the table header repeated on every printed page;
 *   <li>scores use the number format {@code #,##0.00}, which Excel and LibreOffice show with the separators of the
 *       reader's locale ({@code 1.234,56} in Indonesian); whole inputs use {@code #,##0};
 *   <li>the signing date is a date cell with the format {@code [$-421]d mmmm yyyy}, which shows Indonesian month
 *       names ({@code 31 Desember 2020}) in any locale; the period is text, as the forms print it;
 *   <li>every text from the model (kegiatan names, identity fields) is a text cell. Text that starts with
 *       {@code =}, {@code +}, {@code -} or {@code @} is never a formula, and its cell is quote-prefixed so that it
 *       stays text when a user edits it.
 * </ul>
 *
 * <pre>{@code
 * Pp46FormWriter writer = Pp46FormWriter.standard().withSigningPlace("Jakarta");
 * writer.writePenilaianSkp(skp, Path.of("penilaian-2020.xlsx"));
 * writer.writeFormulirSkp(skp, Path.of("formulir-2020.xls"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each call builds its own workbook.
 */
public final class Pp46FormWriter {

    /** The largest number of blank kegiatan rows a template may have. */
    public static final int MAX_TEMPLATE_ROWS = 200;

    /** The number of blank rows a Penilaian template has under tugas tambahan and under kreativitas. */
    public static final int TEMPLATE_SECTION_ROWS = 3;

    private static final Pp46FormWriter STANDARD = new Pp46FormWriter(Pp46Scorer.defaults(), null, null);

    private final Pp46Scorer scorer;
    @Nullable private final String signingPlace;
    @Nullable private final LocalDate signingDate;

    private Pp46FormWriter(Pp46Scorer scorer, @Nullable String signingPlace, @Nullable LocalDate signingDate) {
        this.scorer = scorer;
        this.signingPlace = signingPlace;
        this.signingDate = signingDate;
    }

    /**
     * Returns the writer that scores with {@link Pp46Scorer#defaults()}, leaves the place of signing as a dotted
     * line and dates the plan on the first day of its period and the evaluation on the last.
     */
    public static Pp46FormWriter standard() {
        return STANDARD;
    }

    /**
     * Returns a copy of this writer that scores the evaluation with the given scorer, whose rounding, category
     * bands and kreativitas rule the formulas then follow.
     *
     * @param scorer  the scorer, not null
     * @return the writer, not null
     */
    public Pp46FormWriter withScorer(Pp46Scorer scorer) {
        return new Pp46FormWriter(Objects.requireNonNull(scorer, "scorer"), signingPlace, signingDate);
    }

    /**
     * Returns a copy of this writer that prints the place of signing, such as {@code Jakarta}, before the date.
     *
     * @param place  the place, not blank, not null
     * @return the writer, not null
     * @throws IllegalArgumentException if the place is blank
     */
    public Pp46FormWriter withSigningPlace(String place) {
        Objects.requireNonNull(place, "place");
        if (place.isBlank()) {
            throw new IllegalArgumentException("signing place must not be blank, leave it unset for a dotted line");
        }
        return new Pp46FormWriter(scorer, place.strip(), signingDate);
    }

    /**
     * Returns a copy of this writer that dates the signatures with the given date instead of the first or last day
     * of the period.
     *
     * @param date  the date, not null
     * @return the writer, not null
     */
    public Pp46FormWriter withSigningDate(LocalDate date) {
        return new Pp46FormWriter(scorer, signingPlace, Objects.requireNonNull(date, "date"));
    }

    /**
     * Creates the Penilaian Capaian SKP workbook of an SKP: the evaluation sheet and, when the SKP has a perilaku
     * kerja rating, the Penilaian Prestasi Kerja sheet.
     *
     * @param skp  the SKP with its realisasi, not null
     * @param format  the file format, not null
     * @return the workbook, which the caller writes and closes, not null
     * @throws InvalidSkpException if the scorer's validation finds errors, with all of them in its report
     */
    public Workbook createPenilaianSkp(SkpPp46 skp, WorkbookFormat format) {
        Objects.requireNonNull(skp, "skp");
        Objects.requireNonNull(format, "format");
        Pp46Result result = scorer.score(skp);
        Workbook workbook = format.createWorkbook();
        FormStyles styles = new FormStyles(workbook);
        Pp46Formulas formulas = new Pp46Formulas(scorer);
        LocalDate date = signingDate == null ? skp.period().end() : signingDate;
        int nilaiRow = PenilaianSheetWriter.write(styles, formulas, skp, result, place(), date);
        PrestasiSheetWriter.write(styles, formulas, skp, result,
                PenilaianSheetWriter.SHEET_NAME + "!" + SheetCells.ref(nilaiRow, PenilaianSheetWriter.NILAI_COLUMN),
                place(), date);
        return workbook;
    }

    /**
     * Creates the Formulir SKP workbook of an SKP: the plan with the targets of each kegiatan. Realisasi, tugas
     * tambahan, kreativitas and perilaku kerja are not part of the plan and are left out.
     *
     * @param skp  the SKP, not null
     * @param format  the file format, not null
     * @return the workbook, which the caller writes and closes, not null
     */
    public Workbook createFormulirSkp(SkpPp46 skp, WorkbookFormat format) {
        Objects.requireNonNull(skp, "skp");
        Objects.requireNonNull(format, "format");
        Workbook workbook = format.createWorkbook();
        LocalDate date = signingDate == null ? skp.period().start() : signingDate;
        FormulirSheetWriter.write(new FormStyles(workbook), skp, place(), date);
        return workbook;
    }

    /**
     * Writes the Penilaian Capaian SKP workbook of an SKP to a stream, which stays open.
     *
     * @param skp  the SKP with its realisasi, not null
     * @param format  the file format, not null
     * @param out  the stream, not null
     * @throws IOException if writing to the stream fails
     * @throws InvalidSkpException if the scorer's validation finds errors
     */
    public void writePenilaianSkp(SkpPp46 skp, WorkbookFormat format, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        try (Workbook workbook = createPenilaianSkp(skp, format)) {
            workbook.write(out);
        }
    }

    /**
     * Writes the Penilaian Capaian SKP workbook of an SKP to a file, in the format its extension names.
     *
     * @param skp  the SKP with its realisasi, not null
     * @param file  the file, ending in {@code .xls} or {@code .xlsx}; an existing file is replaced once the new one
     *     is written completely, not null
     * @throws IOException if writing the file fails
     * @throws IllegalArgumentException if the file name ends in neither extension
     * @throws InvalidSkpException if the scorer's validation finds errors
     */
    public void writePenilaianSkp(SkpPp46 skp, Path file) throws IOException {
        WorkbookFormat format = WorkbookFormat.fromFileName(file);
        try (Workbook workbook = createPenilaianSkp(skp, format)) {
            WorkbookFiles.write(workbook, file);
        }
    }

    /**
     * Writes the Formulir SKP workbook of an SKP to a stream, which stays open.
     *
     * @param skp  the SKP, not null
     * @param format  the file format, not null
     * @param out  the stream, not null
     * @throws IOException if writing to the stream fails
     */
    public void writeFormulirSkp(SkpPp46 skp, WorkbookFormat format, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        try (Workbook workbook = createFormulirSkp(skp, format)) {
            workbook.write(out);
        }
    }

    /**
     * Writes the Formulir SKP workbook of an SKP to a file, in the format its extension names.
     *
     * @param skp  the SKP, not null
     * @param file  the file, ending in {@code .xls} or {@code .xlsx}; an existing file is replaced once the new one
     *     is written completely, not null
     * @throws IOException if writing the file fails
     * @throws IllegalArgumentException if the file name ends in neither extension
     */
    public void writeFormulirSkp(SkpPp46 skp, Path file) throws IOException {
        WorkbookFormat format = WorkbookFormat.fromFileName(file);
        try (Workbook workbook = createFormulirSkp(skp, format)) {
            WorkbookFiles.write(workbook, file);
        }
    }

    /**
     * Creates an empty Formulir SKP to be filled in by hand: blank identity blocks and the given number of blank
     * kegiatan rows, whose numbers appear as the rows are filled.
     *
     * @param period  the period printed under the title, not null
     * @param kegiatanRows  the number of blank kegiatan rows, 1 to {@value #MAX_TEMPLATE_ROWS}
     * @param format  the file format, not null
     * @return the workbook, which the caller writes and closes, not null
     * @throws IllegalArgumentException if the number of rows is out of range
     */
    public Workbook createFormulirTemplate(AssessmentPeriod period, int kegiatanRows, WorkbookFormat format) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(format, "format");
        checkTemplateRows(kegiatanRows);
        Workbook workbook = format.createWorkbook();
        LocalDate date = signingDate == null ? period.start() : signingDate;
        Pp46TemplateWriter.formulir(new FormStyles(workbook), period, kegiatanRows, place(), date);
        return workbook;
    }

    /**
     * Creates an empty Penilaian Capaian SKP to be filled in by hand: blank identity blocks, the given number of
     * blank kegiatan rows and {@value #TEMPLATE_SECTION_ROWS} blank rows each for tugas tambahan and kreativitas.
     * The blank rows already hold this writer's formulas, guarded so that a row calculates once its kegiatan is
     * typed in; the filled form reads back with {@code WorkbookReader} like a written one.
     *
     * @param period  the period printed under the title, not null
     * @param kegiatanRows  the number of blank kegiatan rows, 1 to {@value #MAX_TEMPLATE_ROWS}
     * @param format  the file format, not null
     * @return the workbook, which the caller writes and closes, not null
     * @throws IllegalArgumentException if the number of rows is out of range
     */
    public Workbook createPenilaianTemplate(AssessmentPeriod period, int kegiatanRows, WorkbookFormat format) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(format, "format");
        checkTemplateRows(kegiatanRows);
        Workbook workbook = format.createWorkbook();
        LocalDate date = signingDate == null ? period.end() : signingDate;
        Pp46TemplateWriter.penilaian(new FormStyles(workbook), new Pp46Formulas(scorer), period, kegiatanRows,
                TEMPLATE_SECTION_ROWS, place(), date);
        return workbook;
    }

    /**
     * Writes an empty Formulir SKP to a file, in the format its extension names.
     *
     * @param period  the period printed under the title, not null
     * @param kegiatanRows  the number of blank kegiatan rows, 1 to {@value #MAX_TEMPLATE_ROWS}
     * @param file  the file, ending in {@code .xls} or {@code .xlsx}, not null
     * @throws IOException if writing the file fails
     * @throws IllegalArgumentException if the file name ends in neither extension or the number of rows is out
     *     of range
     */
    public void writeFormulirTemplate(AssessmentPeriod period, int kegiatanRows, Path file) throws IOException {
        try (Workbook workbook = createFormulirTemplate(period, kegiatanRows, WorkbookFormat.fromFileName(file))) {
            WorkbookFiles.write(workbook, file);
        }
    }

    /**
     * Writes an empty Penilaian Capaian SKP to a file, in the format its extension names.
     *
     * @param period  the period printed under the title, not null
     * @param kegiatanRows  the number of blank kegiatan rows, 1 to {@value #MAX_TEMPLATE_ROWS}
     * @param file  the file, ending in {@code .xls} or {@code .xlsx}, not null
     * @throws IOException if writing the file fails
     * @throws IllegalArgumentException if the file name ends in neither extension or the number of rows is out
     *     of range
     */
    public void writePenilaianTemplate(AssessmentPeriod period, int kegiatanRows, Path file) throws IOException {
        try (Workbook workbook = createPenilaianTemplate(period, kegiatanRows, WorkbookFormat.fromFileName(file))) {
            WorkbookFiles.write(workbook, file);
        }
    }

    private static void checkTemplateRows(int rows) {
        if (rows < 1 || rows > MAX_TEMPLATE_ROWS) {
            throw new IllegalArgumentException("kegiatan rows must be between 1 and " + MAX_TEMPLATE_ROWS
                    + ", was " + rows);
        }
    }

    private Optional<String> place() {
        return Optional.ofNullable(signingPlace);
    }

    @Override
    public String toString() {
        return "Pp46FormWriter[" + scorer + ", place=" + signingPlace + ", date=" + signingDate + "]";
    }
}
