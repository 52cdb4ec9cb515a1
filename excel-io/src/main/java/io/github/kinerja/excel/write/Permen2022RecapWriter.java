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
import io.github.kinerja.excel.write.internal.SheetCells;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the recap of a unit kerja's predikat kinerja under PermenPANRB 6/2022 as a streaming .xlsx workbook for
 * the BKD. The sheet has one row per employee with the rating hasil kerja, the rating perilaku kerja and the
 * predikat, then the count of each predikat and the pola distribusi of the unit's predikat kinerja organisasi.
 *
 * <p>Rows are written as the results are iterated and only a window of them stays in memory, so a recap of
 * thousands of employees needs little heap. The count per predikat is a live {@code COUNTIF} over the predikat
 * column, with the library's count as its cached result; the pola distribusi table states for each rule whether
 * the unit meets it, as the {@link DistribusiChecker} decides, and lists the checker's findings in Indonesian.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("rekap-2023.xlsx"))) {
 *     Permen2022RecapWriter.standard().write(unit, PeriodeEvaluasi.tahunan(2023), results, out);
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each call builds its own workbook.
 */
public final class Permen2022RecapWriter {

    /** The name of the sheet. */
    public static final String SHEET_NAME = "REKAP PREDIKAT";

    private static final Permen2022RecapWriter STANDARD = new Permen2022RecapWriter(DistribusiChecker.standard());
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final int ROWS_IN_MEMORY = 100;
    private static final int[] WIDTHS = {6, 24, 34, 34, 22, 22, 24};
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
     * Writes the recap of a unit to a stream, which stays open.
     *
     * @param unit  the unit kerja, with its predikat kinerja organisasi if known, not null
     * @param periode  the evaluation period of the results, not null
     * @param results  one result per employee of the unit, iterated once, not null
     * @param out  the stream, not null
     * @throws IOException if writing to the stream fails
     */
    public void write(UnitOrganisasi unit, PeriodeEvaluasi periode, Iterable<HasilPenilaianPegawai> results,
            OutputStream out) throws IOException {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(periode, "periode");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(out, "out");
        // SXSSF keeps rows beyond the window in temporary files, which close() deletes.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            SXSSFSheet sheet = workbook.createSheet(SHEET_NAME);
            SheetCells cells = new SheetCells(sheet, new FormStyles(workbook));
            for (int c = 0; c < WIDTHS.length; c++) {
                cells.width(c, WIDTHS[c]);
            }
            header(cells, unit, periode);
            PredikatCounts counts = employees(cells, results);
            summary(cells, unit, counts);
            sheet.getPrintSetup().setLandscape(true);
            workbook.write(out);
        }
    }

    private static void header(SheetCells cells, UnitOrganisasi unit, PeriodeEvaluasi periode) {
        int last = WIDTHS.length - 1;
        cells.merge(0, 0, 0, last, Kind.TITLE);
        cells.text(0, 0, "REKAPITULASI PREDIKAT KINERJA PEGAWAI", Kind.TITLE);
        cells.text(2, 0, "Unit Kerja", Kind.LABEL);
        cells.text(2, 2, unit.nama(), Kind.LABEL);
        cells.text(3, 0, "Periode", Kind.LABEL);
        cells.text(3, 2, IndonesianText.period(periode.range()), Kind.LABEL);
        cells.text(4, 0, "Predikat Kinerja Organisasi", Kind.LABEL);
        cells.text(4, 2, unit.predikat().map(PredikatOrganisasi::label).orElse("-"), Kind.LABEL);
        String[] titles = {"NO", "NIP", "NAMA", "JABATAN", "RATING HASIL KERJA", "RATING PERILAKU KERJA",
            "PREDIKAT KINERJA PEGAWAI"};
        for (int c = 0; c < titles.length; c++) {
            cells.text(FIRST_ROW - 1, c, titles[c], Kind.HEADER);
        }
    }

    // Streams one row per employee and returns the count of each predikat.
    private static PredikatCounts employees(SheetCells cells, Iterable<HasilPenilaianPegawai> results) {
        List<PredikatPegawai> predikat = new ArrayList<>();
        int row = FIRST_ROW;
        for (HasilPenilaianPegawai result : results) {
            Person pegawai = result.input().skp().pegawai();
            cells.number(row, 0, BigDecimal.valueOf(row - FIRST_ROW + 1L), Kind.INDEX);
            cells.text(row, 1, pegawai.nip().map(nip -> nip.formatted()).orElse("-"), Kind.TEXT_CENTER);
            cells.text(row, 2, pegawai.name(), Kind.TEXT);
            cells.text(row, 3, pegawai.jabatan().orElse("-"), Kind.TEXT);
            cells.text(row, 4, result.ratingHasilKerja().label(), Kind.TEXT_CENTER);
            cells.text(row, 5, result.ratingPerilaku().label(), Kind.TEXT_CENTER);
            cells.text(row, PREDIKAT_COLUMN, result.predikat().label(), Kind.TEXT_CENTER);
            predikat.add(result.predikat());
            row++;
        }
        return PredikatCounts.from(predikat);
    }

    private void summary(SheetCells cells, UnitOrganisasi unit, PredikatCounts counts) {
        int total = counts.total();
        int lastEmployeeRow = FIRST_ROW + total - 1;
        String predikatRange = SheetCells.ref(FIRST_ROW, PREDIKAT_COLUMN) + ":"
                + SheetCells.ref(Math.max(lastEmployeeRow, FIRST_ROW), PREDIKAT_COLUMN);

        int row = FIRST_ROW + Math.max(total, 1) + 1;
        cells.text(row, 4, "PREDIKAT", Kind.HEADER);
        cells.text(row, 5, "JUMLAH", Kind.HEADER);
        cells.text(row, 6, "PERSENTASE", Kind.HEADER);
        int first = row + 1;
        int totalRow = first + PredikatPegawai.values().length;
        for (PredikatPegawai predikat : PredikatPegawai.values()) {
            row++;
            int count = counts.count(predikat);
            cells.text(row, 4, predikat.label(), Kind.TEXT);
            cells.formula(row, 5, "COUNTIF(" + predikatRange + ",\"" + predikat.label() + "\")",
                    BigDecimal.valueOf(count), Kind.WHOLE);
            BigDecimal share = total == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(total), MathContext.DECIMAL128);
            cells.formula(row, 6, "IF(" + SheetCells.ref(totalRow, 5) + "=0,0," + SheetCells.ref(row, 5) + "/"
                    + SheetCells.ref(totalRow, 5) + ")", share, Kind.PERCENT);
        }
        cells.text(totalRow, 4, "JUMLAH", Kind.SECTION);
        cells.formula(totalRow, 5, "SUM(" + SheetCells.ref(first, 5) + ":" + SheetCells.ref(totalRow - 1, 5) + ")",
                BigDecimal.valueOf(total), Kind.WHOLE);
        cells.blank(totalRow, 6, Kind.PERCENT);

        row = totalRow + 2;
        Optional<PolaDistribusi> pola = unit.predikat().map(p -> checker.pola().get(p));
        String caption = unit.predikat().map(p -> "POLA DISTRIBUSI: PREDIKAT ORGANISASI " + p.label())
                .orElse("POLA DISTRIBUSI: predikat kinerja organisasi tidak diketahui");
        cells.merge(row, row, 4, 6, Kind.HEADER);
        cells.text(row, 4, caption, Kind.HEADER);
        if (pola.isPresent() && unit.predikat().isPresent()) {
            PredikatOrganisasi organisasi = unit.predikat().get();
            for (DistributionRule rule : pola.get().rules()) {
                row++;
                Report single = checker.withPola(PolaDistribusi.of(organisasi, List.of(rule)))
                        .check(organisasi, counts);
                cells.text(row, 4, ruleText(rule), Kind.TEXT);
                cells.number(row, 5, BigDecimal.valueOf(counts.count(rule.predikat())), Kind.WHOLE);
                cells.text(row, 6, single.findings().isEmpty() ? "Sesuai" : "Tidak sesuai", Kind.TEXT_CENTER);
            }
        }
        Report report = unit.predikat().isPresent() ? checker.check(unit.predikat().get(), counts)
                : Report.empty();
        for (Finding finding : report.findings()) {
            row++;
            cells.text(row, 4, finding.message(INDONESIAN), Kind.LABEL);
        }
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
}
