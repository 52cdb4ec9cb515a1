package io.github.kinerja.excel;

import io.github.kinerja.core.recap.PrestasiKerjaRecap;
import io.github.kinerja.core.recap.PrestasiKerjaRow;
import io.github.kinerja.core.report.Severity;
import io.github.kinerja.excel.internal.Labels;
import io.github.kinerja.excel.internal.SheetView;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads a PP 46/2011 recap of the Nilai Prestasi Kerja with one row per employee, as the SIAP-ASN application of
 * Kabupaten Jombang prints it: {@code Periode} and the year above a header {@code NIP | Nama | SKP | SKPx60% |
 * Orientasi | … | Nilai Prestasi Kerja | Unit Kerja | INDUK}, often with a second header row of machine keys
 * ({@code skp_nilai}, {@code skp_hasil}, …, {@code prestasi_hasil}).
 *
 * <p>Columns are found by the machine key when the key row is there and by the visible header otherwise. A NIP
 * written with a leading apostrophe is read without it. Empty template rows and the {@code -} row written for no
 * records are skipped; a recap without rows is valid and gets an INFO finding.
 */
final class PrestasiRecapParser {

    static final String EXPECTED_HEADERS = "\"NIP\" + \"Nama\" + \"Nilai Prestasi Kerja\" (rekap prestasi kerja PP 46)";
    static final List<String> ANCHORS = List.of("nip", "nama", "nilai prestasi kerja");

    private PrestasiRecapParser() {}

    /** Checks if the sheet contains the recap. */
    static boolean matches(SheetView view) {
        return HeaderRow.find(view, ANCHORS).isPresent();
    }

    static TableReadResult<PrestasiKerjaRecap> read(Workbook workbook, String fileName) {
        SheetView view = FlatTables.requireSheet(workbook, fileName, PrestasiRecapParser::matches,
                EXPECTED_HEADERS);
        ReadContext context = new ReadContext(fileName);
        HeaderRow visible = HeaderRow.find(view, ANCHORS).orElseThrow();
        Optional<HeaderRow> keys = HeaderRow.find(view, List.of("skp_nilai"))
                .filter(row -> row.row() == visible.row() + 1);
        HeaderRow header = keys.orElse(visible);
        Columns columns = new Columns(visible, keys);

        PrestasiKerjaRecap.Builder recap = PrestasiKerjaRecap.builder();
        readTahun(view, visible.row(), context).ifPresent(recap::tahun);
        int nipColumn = visible.required(fileName, "nip");
        int namaColumn = visible.required(fileName, "nama");
        int lastColumn = Math.max(visible.lastColumn(), header.lastColumn());
        int rows = 0;
        for (int r = header.row() + 1; r <= view.lastRow(); r++) {
            if (FlatTables.isEmptyRow(view, r, lastColumn)) {
                continue;
            }
            Optional<String> nama = FlatTables.text(context, view, r, Optional.of(namaColumn));
            if (nama.isEmpty()) {
                context.add("excel.table.rowWithoutName", Severity.WARNING, view.address(r, namaColumn), "Nama");
                continue;
            }
            PrestasiKerjaRow.Builder row = PrestasiKerjaRow.builder().nama(nama.get());
            Optional<String> nipText = FlatTables.text(context, view, r, Optional.of(nipColumn))
                    .map(BknReportParser::withoutApostrophe);
            row.nipText(nipText);
            if (nipText.isPresent()) {
                row.nip(context.nip(nipText.get(), view.address(r, nipColumn)));
            }
            row.nilaiSkp(FlatTables.number(context, view, r, columns.of("skp_nilai", "skp"), "SKP"))
                    .nilaiSkpTertimbang(FlatTables.number(context, view, r, columns.of("skp_hasil", "skpx60%"),
                            "SKP x 60%"))
                    .orientasiPelayanan(FlatTables.number(context, view, r,
                            columns.of("orientasi_nilai", "orientasi"), "orientasi pelayanan"))
                    .integritas(FlatTables.number(context, view, r, columns.of("integritas_nilai", "integritas"),
                            "integritas"))
                    .komitmen(FlatTables.number(context, view, r, columns.of("komitmen_nilai", "komitmen"),
                            "komitmen"))
                    .disiplin(FlatTables.number(context, view, r, columns.of("displin_nilai", "disiplin_nilai",
                            "displin", "disiplin"), "disiplin"))
                    .kerjaSama(FlatTables.number(context, view, r, columns.of("kerjasama_nilai", "kerjasama",
                            "kerja sama"), "kerja sama"))
                    .kepemimpinan(FlatTables.number(context, view, r,
                            columns.of("kepemimpinan_nilai", "kepemimpinan"), "kepemimpinan"))
                    .jumlahPerilaku(FlatTables.number(context, view, r, columns.of("jumlah_nilai", "jumlah nilai"),
                            "jumlah nilai"))
                    .rataRataPerilaku(FlatTables.number(context, view, r, columns.of("rata_nilai", "rata-rata"),
                            "rata-rata"))
                    .nilaiPerilakuTertimbang(FlatTables.number(context, view, r,
                            columns.of("perilaku_hasil", "npkx40%"), "perilaku x 40%"))
                    .nilaiPrestasiKerja(FlatTables.number(context, view, r,
                            columns.of("prestasi_hasil", "nilai prestasi kerja"), "nilai prestasi kerja"))
                    .unitKerja(FlatTables.text(context, view, r, visible.column("unit kerja")))
                    .unitInduk(FlatTables.text(context, view, r, visible.column("induk")));
            recap.addRow(row.build());
            rows++;
        }
        if (rows == 0) {
            FlatTables.reportNoRows(context, view, header);
        }
        return new TableReadResult<>(fileName, WorkbookLayout.PP46_PRESTASI_KERJA_RECAP, view.name(), recap.build(),
                context.report());
    }

    // The year is in the cell right of a "Periode" label above the header.
    private static Optional<Integer> readTahun(SheetView view, int headerRow, ReadContext context) {
        Optional<CellRef> label = HeaderSearch.find(view, 0, headerRow - 1, t -> Labels.is(t, "periode"));
        if (label.isEmpty()) {
            return Optional.empty();
        }
        int row = label.get().row();
        int column = view.lastColumnOf(row, label.get().column()) + 1;
        return FlatTables.year(context, view, row, Optional.of(column));
    }

    /** The columns by machine key first and by visible header second. */
    private static final class Columns {

        private final HeaderRow visible;
        private final Optional<HeaderRow> keys;

        Columns(HeaderRow visible, Optional<HeaderRow> keys) {
            this.visible = visible;
            this.keys = keys;
        }

        Optional<Integer> of(String key, String... headers) {
            Optional<Integer> byKey = keys.flatMap(row -> row.column(key));
            return byKey.isPresent() ? byKey : visible.column(headers);
        }
    }
}
