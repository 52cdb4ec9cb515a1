package io.github.kinerja.excel;

import io.github.kinerja.core.permen2022.PredikatMatrix;
import io.github.kinerja.core.permen2022.PredikatPegawai;
import io.github.kinerja.core.permen2022.Rating;
import io.github.kinerja.core.recap.RecapRow;
import io.github.kinerja.core.recap.UnitRecap;
import io.github.kinerja.excel.internal.Labels;
import io.github.kinerja.excel.internal.SheetView;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads the BKN e-Kinerja <i>Laporan Penilaian SKP</i> export of PermenPANRB 6/2022: metadata rows
 * ({@code Instansi}, {@code Periode}, {@code Unor Induk}, {@code Unor}, {@code Data ditarik pada}), then a
 * snake_case header row ({@code No, nip, nama, skp_unor, …, hasil_kerja, perilaku_kerja, hasil_akhir, golru,
 * jenis_pegawai}) and one row per employee.
 *
 * <p>Columns are found by header, and unknown columns are ignored, because exports of different versions add
 * columns. Ratings and predikat are read in any letter case and spacing; a predikat that differs from the
 * {@link PredikatMatrix#standard() standard matrix} of the two ratings is reported as a warning.
 */
final class BknReportParser {

    static final String EXPECTED_HEADERS = "\"nip\" + \"nama\" + \"hasil_kerja\" + \"perilaku_kerja\" + \"hasil_akhir\""
            + " (BKN Laporan Penilaian SKP)";
    static final List<String> ANCHORS = List.of("nip", "nama");
    private static final List<String> RESULT_HEADERS = List.of("hasil_kerja", "perilaku_kerja", "hasil_akhir");
    private static final List<String> METADATA_LABELS =
            List.of("unor induk", "unor", "instansi", "periode", "data ditarik pada");
    private static final Pattern NON_LETTERS = Pattern.compile("[^A-Z]+");

    private BknReportParser() {}

    /** Checks if the sheet contains the export: its title, or a header row with nip, nama and a result column. */
    static boolean matches(SheetView view) {
        if (HeaderSearch.find(view, t -> Labels.startsWith(t, "laporan penilaian skp")).isPresent()) {
            return true;
        }
        return HeaderRow.find(view, ANCHORS)
                .map(header -> RESULT_HEADERS.stream().anyMatch(header::has))
                .orElse(false);
    }

    static TableReadResult<UnitRecap> read(Workbook workbook, String fileName) {
        SheetView view = FlatTables.requireSheet(workbook, fileName, BknReportParser::matches, EXPECTED_HEADERS);
        ReadContext context = new ReadContext(fileName);
        HeaderRow header = HeaderRow.find(view, ANCHORS).orElseThrow(() -> new WorkbookReadException(
                WorkbookReadException.Reason.MISSING_CONTENT, "excel.table.headerMissing", fileName, view.name(),
                null, null, view.name(), EXPECTED_HEADERS));
        RecapRows.Columns columns = RecapRows.Columns.bkn(RecapRows.HeaderLookup.of(header), fileName);

        UnitRecap.Builder recap = UnitRecap.builder();
        readMetadata(view, header.row(), context, recap);
        int rows = 0;
        for (int r = header.row() + 1; r <= view.lastRow(); r++) {
            int row = r;
            RecapRows.RowCells cells = c -> view.value(row, c);
            if (RecapRows.isEmpty(cells, header.lastColumn())) {
                continue;
            }
            Optional<RecapRow> read = RecapRows.read(cells, columns, context);
            if (read.isPresent()) {
                recap.addRow(read.get());
                rows++;
            }
        }
        if (rows == 0) {
            FlatTables.reportNoRows(context, view, header);
        }
        return new TableReadResult<>(fileName, WorkbookLayout.BKN_LAPORAN_PENILAIAN_SKP, view.name(), recap.build(),
                context.report());
    }

    // Metadata rows hold "Label : value" in one cell, or the label in one cell and the value in the next.
    private static void readMetadata(SheetView view, int headerRow, ReadContext context, UnitRecap.Builder recap) {
        for (int r = 0; r < headerRow; r++) {
            int lastColumn = Math.min(view.lastColumn(r), HeaderSearch.COLUMNS - 1);
            int first = firstNonBlank(view, r, 0, lastColumn);
            if (first < 0) {
                continue;
            }
            String text = context.text(view.value(r, first)).orElse("");
            int row = r;
            applyMetadata(text, () -> {
                int next = firstNonBlank(view, row, first + 1, lastColumn);
                return next < 0 ? Optional.empty() : context.labelValue(view.value(row, next));
            }, recap);
        }
    }

    /**
     * Takes one metadata row into the recap: the title, or a {@code Label : value} in one cell, or a label whose
     * value is in the next cell.
     *
     * @param text  the text of the row's first non-blank cell
     * @param nextText  the text of the next non-blank cell without a leading colon, if any; read only when the
     *     first cell contains a label without its value
     */
    static void applyMetadata(String text, Supplier<Optional<String>> nextText, UnitRecap.Builder recap) {
        if (Labels.startsWith(text, "laporan penilaian skp")) {
            recap.title(text);
            return;
        }
        for (String label : METADATA_LABELS) {
            if (!Labels.startsWith(text, label)) {
                continue;
            }
            String value = afterLabel(text, label);
            if (value.isEmpty()) {
                value = nextText.get().orElse("");
            }
            if (!value.isEmpty()) {
                setMetadata(recap, label, value);
            }
            return;
        }
    }

    private static void setMetadata(UnitRecap.Builder recap, String label, String value) {
        switch (label) {
            case "unor induk" -> recap.unorInduk(value);
            case "unor" -> recap.unor(value);
            case "instansi" -> recap.instansi(value);
            case "periode" -> recap.periode(value);
            default -> recap.dataDitarikPada(value);
        }
    }

    private static int firstNonBlank(SheetView view, int row, int from, int lastColumn) {
        for (int c = from; c <= lastColumn; c++) {
            if (!view.value(row, c).isBlank() && HeaderSearch.isTopLeft(view, row, c)) {
                return c;
            }
        }
        return -1;
    }

    // The text after the label and an optional colon: "Unor Induk : Dinas X" gives "Dinas X".
    private static String afterLabel(String text, String label) {
        String words = String.join("[\\s_]+", label.split(" "));
        Matcher matcher = Pattern.compile("^\\s*" + words + "\\s*:?\\s*(.*)$",
                Pattern.CASE_INSENSITIVE | Pattern.DOTALL).matcher(text);
        return matcher.matches() ? matcher.group(1).strip() : "";
    }

    /**
     * Returns the rating written as {@code DIATAS EKSPEKTASI}, {@code Di Atas Ekspektasi}, {@code sesuai} and the
     * like: letter case, spaces and a missing {@code EKSPEKTASI} do not matter.
     */
    static Optional<Rating> parseRating(String text) {
        String letters = letters(text);
        if (letters.endsWith("EKSPEKTASI")) {
            letters = letters.substring(0, letters.length() - "EKSPEKTASI".length());
        }
        return switch (letters) {
            case "DIATAS" -> Optional.of(Rating.DI_ATAS_EKSPEKTASI);
            case "SESUAI" -> Optional.of(Rating.SESUAI_EKSPEKTASI);
            case "DIBAWAH" -> Optional.of(Rating.DI_BAWAH_EKSPEKTASI);
            default -> Optional.empty();
        };
    }

    /**
     * Returns the predikat written as {@code SANGAT BAIK}, {@code Butuh Perbaikan}, {@code KURANG},
     * {@code Kurang/Misconduct} and the like, in any letter case and spacing.
     */
    static Optional<PredikatPegawai> parsePredikat(String text) {
        return switch (letters(text)) {
            case "SANGATBAIK" -> Optional.of(PredikatPegawai.SANGAT_BAIK);
            case "BAIK" -> Optional.of(PredikatPegawai.BAIK);
            case "BUTUHPERBAIKAN" -> Optional.of(PredikatPegawai.BUTUH_PERBAIKAN);
            case "KURANG", "KURANGMISCONDUCT", "MISCONDUCT" -> Optional.of(PredikatPegawai.KURANG_MISCONDUCT);
            case "SANGATKURANG" -> Optional.of(PredikatPegawai.SANGAT_KURANG);
            default -> Optional.empty();
        };
    }

    private static String letters(String text) {
        return NON_LETTERS.matcher(text.toUpperCase(Locale.ROOT)).replaceAll("");
    }

    /** Returns the text without the apostrophe some exporters write before a NIP to keep it text. */
    static String withoutApostrophe(String text) {
        return text.startsWith("'") ? text.substring(1).strip() : text;
    }
}
