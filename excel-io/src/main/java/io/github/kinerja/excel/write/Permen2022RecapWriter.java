package io.github.kinerja.excel.write;

import io.github.kinerja.core.Person;
import io.github.kinerja.core.permen2022.DistribusiChecker;
import io.github.kinerja.core.permen2022.DistributionRule;
import io.github.kinerja.core.permen2022.HasilPenilaianPegawai;
import io.github.kinerja.core.permen2022.PeriodeEvaluasi;
import io.github.kinerja.core.permen2022.PolaDistribusi;
import io.github.kinerja.core.permen2022.PredikatCounts;
import io.github.kinerja.core.permen2022.PredikatOrganisasi;
import io.github.kinerja.core.permen2022.PredikatPegawai;
import io.github.kinerja.core.permen2022.UnitOrganisasi;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Report;
import io.github.kinerja.excel.write.internal.FormStyles;
import io.github.kinerja.excel.write.internal.FormStyles.Kind;
import io.github.kinerja.excel.write.internal.IndonesianText;
import io.github.kinerja.excel.write.internal.RecapChart;
import io.github.kinerja.excel.write.internal.RecapChart.ChartRow;
import io.github.kinerja.excel.write.internal.SheetCells;
import io.github.kinerja.excel.write.internal.WorkbookFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes the recap of a unit kerja's predikat kinerja under PermenPANRB 6/2022 as an .xlsx or .xls workbook for
 * the BKD. The sheet {@value #SHEET_NAME} has one row per employee with the NIP, nama, jabatan, the rating hasil
 * kerja, the rating perilaku kerja and the predikat, then the distribution: the count and percentage of each
 * predikat next to what the pola distribusi of the unit's predikat kinerja organisasi allows, and for each rule of
 * the pola whether the unit meets it, as the {@link DistribusiChecker} decides, with the checker's findings in
 * Indonesian.
 *
 * <p>The count per predikat is a live {@code COUNTIF} over the predikat column, with the library's count as its
 * cached result, so the sheet shows the library's numbers when opened and recounts when a user edits a predikat.
 * User text (names, jabatan) is always written as a text cell, also when it starts with {@code =}, {@code +},
 * {@code -} or {@code @}.
 *
 * <p>The two formats differ:
 * <ul>
 *   <li>.xlsx is written with POI's streaming SXSSF workbook: only a window of rows stays in memory, so a recap of
 *       100 000 employees needs little heap. A small extra sheet {@value #CHART_SHEET_NAME} contains a bar chart of
 *       the actual share of each predikat next to the share the pola sets.
 *   <li>.xls (BIFF8) is built in memory, and has no chart, because POI's HSSF cannot create charts.
 * </ul>
 * A sheet has at most 65 536 rows in .xls and 1 048 576 in .xlsx. When the employees do not fit, they continue
 * on further sheets named {@code REKAP PREDIKAT (2)}, {@code REKAP PREDIKAT (3)} and so on, each with the column
 * header in its first row, and the distribution follows the last employee on the last sheet, counting over all of
 * them. The last {@value #RESERVED_ROWS} rows of every sheet are kept free for that distribution, so the first
 * .xls sheet has {@code 65 536 - 7 - 40 = 65 489} employees and each further one 65 495.
 *
 * <pre>{@code
 * Permen2022RecapWriter.standard().write(unit, PeriodeEvaluasi.tahunan(2023), results, Path.of("rekap-2023.xlsx"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each call builds its own workbook.
 */
public final class Permen2022RecapWriter {

    /** The name of the first sheet; further sheets of employees add {@code " (2)"}, {@code " (3)"} and so on. */
    public static final String SHEET_NAME = "REKAP PREDIKAT";
    /** The name of the .xlsx sheet with the chart of the distribution. */
    public static final String CHART_SHEET_NAME = "GRAFIK DISTRIBUSI";
    /** The title in the first row of the recap, which readers recognise the layout by. */
    public static final String TITLE = "REKAPITULASI PREDIKAT KINERJA PEGAWAI";
    /** The column headers of the employee rows, in column order from A. */
    public static final List<String> COLUMN_HEADERS = List.of("NO", "NIP", "NAMA", "JABATAN", "RATING HASIL KERJA",
            "RATING PERILAKU KERJA", "PREDIKAT KINERJA PEGAWAI");

    /** The number of rows at the end of each sheet kept free for the distribution table. */
    static final int RESERVED_ROWS = 40;

    private static final Permen2022RecapWriter STANDARD = new Permen2022RecapWriter(DistribusiChecker.standard());
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int ROWS_IN_MEMORY = 100;
    private static final int[] WIDTHS = {6, 24, 34, 34, 22, 22, 24, 44, 14};
    private static final int PREDIKAT_COLUMN = 6;
    private static final int FIRST_ROW = 7;

    private final DistribusiChecker checker;

    private Permen2022RecapWriter(DistribusiChecker checker) {
        this.checker = checker;
    }

    /** Returns the writer that checks the pola distribusi with {@link DistribusiChecker#standard()}. */
    public static Permen2022RecapWriter standard() {
        return STANDARD;
    }

    /**
     * Returns a copy of this writer that checks the pola distribusi with the given checker.
     *
     * @param checker  the checker, not null
     * @return the writer, not null
     */
    public Permen2022RecapWriter withChecker(DistribusiChecker checker) {
        return new Permen2022RecapWriter(Objects.requireNonNull(checker, "checker"));
    }

    /**
     * Writes the recap of a unit to a file, in the format its extension names.
     *
     * @param unit  the unit kerja, with its predikat kinerja organisasi if known, not null
     * @param periode  the evaluation period of the results, not null
     * @param results  one result per employee of the unit, iterated once, not null
     * @param file  the file, whose name ends in {@code .xls} or {@code .xlsx}; an existing file is replaced once the
     *     recap is written completely, not null
     * @throws IllegalArgumentException if the file name ends in neither extension, or a text is longer than an Excel
     *     cell accepts
     * @throws IOException if writing the file fails
     */
    public void write(UnitOrganisasi unit, PeriodeEvaluasi periode, Iterable<HasilPenilaianPegawai> results,
            Path file) throws IOException {
        WorkbookFormat format = WorkbookFormat.fromFileName(file);
        WorkbookFiles.write(file, out -> write(unit, periode, results, format, out));
    }

    /**
     * Writes the recap of a unit to a stream as .xlsx; the stream stays open.
     *
     * @param unit  the unit kerja, with its predikat kinerja organisasi if known, not null
     * @param periode  the evaluation period of the results, not null
     * @param results  one result per employee of the unit, iterated once, not null
     * @param out  the stream, not null
     * @throws IOException if writing to the stream fails
     */
    public void write(UnitOrganisasi unit, PeriodeEvaluasi periode, Iterable<HasilPenilaianPegawai> results,
            OutputStream out) throws IOException {
        write(unit, periode, results, WorkbookFormat.XLSX, out);
    }

    /**
     * Writes the recap of a unit to a stream in the given format; the stream stays open.
     *
     * @param unit  the unit kerja, with its predikat kinerja organisasi if known, not null
     * @param periode  the evaluation period of the results, not null
     * @param results  one result per employee of the unit, iterated once, not null
     * @param format  the format, not null
     * @param out  the stream, not null
     * @throws IOException if writing to the stream fails
     */
    public void write(UnitOrganisasi unit, PeriodeEvaluasi periode, Iterable<HasilPenilaianPegawai> results,
            WorkbookFormat format, OutputStream out) throws IOException {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(periode, "periode");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        if (format == WorkbookFormat.XLSX) {
            // SXSSF keeps rows beyond the window in temporary files, which close() deletes.
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
                FormStyles styles = new FormStyles(workbook);
                RecapChart.Data chartData = writeRecap(workbook, styles, unit, periode, results,
                        SpreadsheetVersion.EXCEL2007.getMaxRows());
                // The chart sheet is a plain XSSF sheet of the underlying workbook: it is small, and XDDF charts
                // need the XSSF drawing, which a streamed sheet cannot give.
                XSSFSheet chartSheet = workbook.getXSSFWorkbook().createSheet(CHART_SHEET_NAME);
                RecapChart.write(new SheetCells(chartSheet, styles), chartData);
                workbook.write(out);
            }
        } else {
            try (HSSFWorkbook workbook = new HSSFWorkbook()) {
                // HSSF cannot create charts, so the chart data goes unused.
                var unused = writeRecap(workbook, new FormStyles(workbook), unit, periode, results,
                        SpreadsheetVersion.EXCEL97.getMaxRows());
                workbook.write(out);
            }
        }
    }

    private RecapChart.Data writeRecap(Workbook workbook, FormStyles styles, UnitOrganisasi unit, PeriodeEvaluasi periode,
            Iterable<HasilPenilaianPegawai> results, int maxRows) {
        SheetCells cells = newSheet(workbook, styles, SHEET_NAME);
        header(cells, unit, periode);
        int lastRowOfSheet = maxRows - 1 - RESERVED_ROWS;
        List<Segment> segments = new ArrayList<>();
        int[] counts = new int[PredikatPegawai.values().length];
        int firstRow = FIRST_ROW;
        int row = FIRST_ROW;
        int number = 0;
        for (HasilPenilaianPegawai result : results) {
            if (row > lastRowOfSheet) {
                segments.add(new Segment(cells.sheet().getSheetName(), firstRow, row - 1));
                cells = newSheet(workbook, styles, SHEET_NAME + " (" + (segments.size() + 1) + ")");
                columnHeaders(cells, 0);
                firstRow = 1;
                row = 1;
            }
            number++;
            employee(cells, row, number, result);
            counts[PredikatPegawai.values().length - 1 - result.predikat().rank()]++;
            row++;
        }
        segments.add(new Segment(cells.sheet().getSheetName(), firstRow, Math.max(row - 1, firstRow)));
        PredikatCounts predikatCounts = PredikatCounts.of(counts[0], counts[1], counts[2], counts[3], counts[4]);
        return summary(cells, row, segments, unit, predikatCounts);
    }

    private static SheetCells newSheet(Workbook workbook, FormStyles styles, String name) {
        Sheet sheet = workbook.createSheet(name);
        SheetCells cells = new SheetCells(sheet, styles);
        for (int c = 0; c < WIDTHS.length; c++) {
            cells.width(c, WIDTHS[c]);
        }
        sheet.getPrintSetup().setLandscape(true);
        return cells;
    }

    private static void header(SheetCells cells, UnitOrganisasi unit, PeriodeEvaluasi periode) {
        cells.merge(0, 0, 0, PREDIKAT_COLUMN, Kind.TITLE);
        cells.text(0, 0, TITLE, Kind.TITLE);
        cells.text(2, 0, "Unit Kerja", Kind.LABEL);
        cells.text(2, 2, unit.nama(), Kind.LABEL);
        cells.text(3, 0, "Periode", Kind.LABEL);
        cells.text(3, 2, IndonesianText.period(periode.range()), Kind.LABEL);
        cells.text(4, 0, "Predikat Kinerja Organisasi", Kind.LABEL);
        cells.text(4, 2, unit.predikat().map(PredikatOrganisasi::label).orElse("-"), Kind.LABEL);
        columnHeaders(cells, FIRST_ROW - 1);
    }

    private static void columnHeaders(SheetCells cells, int row) {
        for (int c = 0; c < COLUMN_HEADERS.size(); c++) {
            cells.text(row, c, COLUMN_HEADERS.get(c), Kind.HEADER);
        }
    }

    private static void employee(SheetCells cells, int row, int number, HasilPenilaianPegawai result) {
        Person pegawai = result.input().skp().pegawai();
        cells.number(row, 0, BigDecimal.valueOf(number), Kind.INDEX);
        cells.text(row, 1, pegawai.nip().map(nip -> nip.formatted()).orElse("-"), Kind.TEXT_CENTER);
        cells.text(row, 2, pegawai.name(), Kind.TEXT);
        cells.text(row, 3, pegawai.jabatan().orElse("-"), Kind.TEXT);
        cells.text(row, 4, result.ratingHasilKerja().label(), Kind.TEXT_CENTER);
        cells.text(row, 5, result.ratingPerilaku().label(), Kind.TEXT_CENTER);
        cells.text(row, PREDIKAT_COLUMN, result.predikat().label(), Kind.TEXT_CENTER);
    }

    // Writes the distribution after the last employee row and returns what the chart shows.
    private RecapChart.Data summary(SheetCells cells, int nextRow, List<Segment> segments, UnitOrganisasi unit,
            PredikatCounts counts) {
        int total = counts.total();
        String sheetName = cells.sheet().getSheetName();
        Optional<PredikatOrganisasi> organisasi = unit.predikat();
        Optional<PolaDistribusi> pola = organisasi.map(p -> checker.pola().get(p));

        int row = nextRow + 1;
        String[] titles = {"PREDIKAT", "JUMLAH", "PERSENTASE", "POLA DISTRIBUSI", "BATAS POLA"};
        for (int i = 0; i < titles.length; i++) {
            cells.text(row, 4 + i, titles[i], Kind.HEADER);
        }
        int first = row + 1;
        int totalRow = first + PredikatPegawai.values().length;
        List<ChartRow> chartRows = new ArrayList<>();
        for (PredikatPegawai predikat : PredikatPegawai.values()) {
            row++;
            int count = counts.count(predikat);
            cells.text(row, 4, predikat.label(), Kind.TEXT);
            cells.formula(row, 5, countFormula(segments, sheetName, predikat), BigDecimal.valueOf(count),
                    Kind.WHOLE);
            BigDecimal share = total == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(total), MathContext.DECIMAL128);
            cells.formula(row, 6, "IF(" + SheetCells.ref(totalRow, 5) + "=0,0," + SheetCells.ref(row, 5) + "/"
                    + SheetCells.ref(totalRow, 5) + ")", share, Kind.PERCENT);
            cells.text(row, 7, pola.map(p -> allowed(p, predikat, total)).orElse("-"), Kind.TEXT);
            Optional<BigDecimal> bound = pola.flatMap(p -> shareBound(p, predikat));
            if (bound.isPresent()) {
                cells.number(row, 8, bound.get().divide(HUNDRED, MathContext.DECIMAL128), Kind.PERCENT);
            } else {
                cells.blank(row, 8, Kind.PERCENT);
            }
            chartRows.add(new ChartRow(predikat.label(), quoted(sheetName) + "!" + SheetCells.ref(row, 6), share,
                    bound.map(b -> b.divide(HUNDRED, MathContext.DECIMAL128))));
        }
        cells.text(totalRow, 4, "JUMLAH", Kind.SECTION);
        cells.formula(totalRow, 5, "SUM(" + SheetCells.ref(first, 5) + ":" + SheetCells.ref(totalRow - 1, 5) + ")",
                BigDecimal.valueOf(total), Kind.WHOLE);
        cells.blank(totalRow, 6, Kind.PERCENT);

        row = totalRow + 2;
        String caption = organisasi.map(p -> "POLA DISTRIBUSI: PREDIKAT ORGANISASI " + p.label())
                .orElse("POLA DISTRIBUSI: predikat kinerja organisasi tidak diketahui");
        cells.merge(row, row, 4, 6, Kind.HEADER);
        cells.text(row, 4, caption, Kind.HEADER);
        if (pola.isPresent() && organisasi.isPresent()) {
            for (DistributionRule rule : pola.get().rules()) {
                row++;
                Report single = checker.withPola(PolaDistribusi.of(organisasi.get(), List.of(rule)))
                        .check(organisasi.get(), counts);
                cells.text(row, 4, ruleText(rule), Kind.TEXT);
                cells.number(row, 5, BigDecimal.valueOf(counts.count(rule.predikat())), Kind.WHOLE);
                cells.text(row, 6, single.findings().isEmpty() ? "Sesuai" : "Tidak sesuai", Kind.TEXT_CENTER);
            }
        }
        Report report = organisasi.isPresent() ? checker.check(organisasi.get(), counts) : Report.empty();
        for (Finding finding : report.findings()) {
            row++;
            cells.text(row, 4, finding.message(INDONESIAN), Kind.LABEL);
        }
        return new RecapChart.Data(caption, chartRows);
    }

    // COUNTIF over the predikat column of every sheet of employees; a range on the summary's own sheet needs no
    // sheet name.
    private static String countFormula(List<Segment> segments, String summarySheet, PredikatPegawai predikat) {
        StringBuilder formula = new StringBuilder();
        for (Segment segment : segments) {
            if (formula.length() > 0) {
                formula.append('+');
            }
            String prefix = segment.sheet().equals(summarySheet) ? "" : quoted(segment.sheet()) + "!";
            formula.append("COUNTIF(").append(prefix).append(SheetCells.ref(segment.firstRow(), PREDIKAT_COLUMN))
                    .append(':').append(SheetCells.ref(segment.lastRow(), PREDIKAT_COLUMN))
                    .append(",\"").append(predikat.label()).append("\")");
        }
        return formula.toString();
    }

    private static String quoted(String sheetName) {
        return "'" + sheetName.replace("'", "''") + "'";
    }

    // Describes what the pola allows for one predikat: each rule that names it, with the headcount of a share bound.
    private String allowed(PolaDistribusi pola, PredikatPegawai predikat, int total) {
        List<String> texts = new ArrayList<>();
        for (DistributionRule rule : pola.rules()) {
            if (!rule.predikat().contains(predikat)) {
                continue;
            }
            String headcount = switch (rule.kind()) {
                case MAX_SHARE -> " (paling banyak " + checker.rounding().maxAllowed(total,
                        rule.percent().orElseThrow()) + " pegawai)";
                case MIN_SHARE -> " (paling sedikit " + checker.rounding().minRequired(total,
                        rule.percent().orElseThrow()) + " pegawai)";
                case AT_LEAST_ONE, MODAL -> "";
            };
            texts.add(ruleText(rule) + headcount);
        }
        return texts.isEmpty() ? "Tidak dibatasi" : String.join("; ", texts);
    }

    // The percentage of the share rule that names the predikat alone; a group or a count rule has no bar per predikat.
    private static Optional<BigDecimal> shareBound(PolaDistribusi pola, PredikatPegawai predikat) {
        for (DistributionRule rule : pola.rules()) {
            boolean share = rule.kind() == DistributionRule.Kind.MAX_SHARE
                    || rule.kind() == DistributionRule.Kind.MIN_SHARE;
            if (share && rule.predikat().equals(List.of(predikat))) {
                return rule.percent();
            }
        }
        return Optional.empty();
    }

    // The rule in the words of the pola distribusi: a maximum or minimum share, at least one, or the largest group.
    private static String ruleText(DistributionRule rule) {
        String percent = rule.percent().map(p -> p.stripTrailingZeros().toPlainString() + " %").orElse("");
        return switch (rule.kind()) {
            case MAX_SHARE -> "Paling banyak " + percent + ": " + rule.label();
            case MIN_SHARE -> "Paling sedikit " + percent + ": " + rule.label();
            case AT_LEAST_ONE -> "Paling sedikit 1 pegawai: " + rule.label();
            case MODAL -> "Sebagian besar: " + rule.label();
        };
    }

    /** The rows of employees on one sheet, 0-based and inclusive. */
    private record Segment(String sheet, int firstRow, int lastRow) {}

    @Override
    public String toString() {
        return "Permen2022RecapWriter[" + checker + "]";
    }
}
