package io.github.kinerja.excel;

import io.github.kinerja.core.recap.AktivitasRow;
import io.github.kinerja.core.report.Severity;
import io.github.kinerja.excel.internal.SheetView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads the activity list an e-Kinerja application imports: {@code NO | URAIAN AKTIVITAS | SATUAN/ HASIL AKHIR |
 * WAKTU}, one activity per row.
 *
 * <p>Real lists carry hundreds of formatted empty rows and row numbers without an activity; rows without an uraian
 * are skipped, silently when they hold only a number and with a warning when they hold a satuan or a waktu.
 */
final class AktivitasListParser {

    static final String EXPECTED_HEADERS = "\"URAIAN AKTIVITAS\" (e-Kinerja Aktivitas)";
    static final List<String> ANCHORS = List.of("uraian aktivitas");

    private AktivitasListParser() {}

    static boolean matches(SheetView view) {
        return HeaderRow.find(view, ANCHORS).isPresent();
    }

    static TableReadResult<List<AktivitasRow>> read(Workbook workbook, String fileName) {
        SheetView view = FlatTables.requireSheet(workbook, fileName, AktivitasListParser::matches,
                EXPECTED_HEADERS);
        ReadContext context = new ReadContext(fileName);
        HeaderRow header = HeaderRow.find(view, ANCHORS).orElseThrow();
        int uraianColumn = header.required(fileName, "uraian aktivitas");
        Optional<Integer> nomorColumn = header.column("no");
        Optional<Integer> satuanColumn = header.column("satuan hasil akhir", "satuan", "hasil akhir");
        Optional<Integer> waktuColumn = header.column("waktu");
        List<AktivitasRow> rows = new ArrayList<>();
        for (int r = header.row() + 1; r <= view.lastRow(); r++) {
            Optional<String> uraian = context.text(view.value(r, uraianColumn));
            Optional<String> satuan = FlatTables.text(context, view, r, satuanColumn);
            if (uraian.isEmpty()) {
                boolean hasWaktu = waktuColumn.isPresent() && !view.value(r, waktuColumn.get()).isBlank();
                if (satuan.isPresent() || hasWaktu) {
                    context.add("excel.row.noUraian", Severity.WARNING, view.address(r, uraianColumn));
                }
                continue;
            }
            rows.add(AktivitasRow.builder()
                    .uraian(uraian.get())
                    .nomor(FlatTables.text(context, view, r, nomorColumn))
                    .satuan(satuan)
                    .waktu(FlatTables.number(context, view, r, waktuColumn, "waktu"))
                    .build());
        }
        if (rows.isEmpty()) {
            FlatTables.reportNoRows(context, view, header);
        }
        return new TableReadResult<>(fileName, WorkbookLayout.EKINERJA_AKTIVITAS, view.name(), List.copyOf(rows),
                context.report());
    }
}
