package io.github.kinerja.excel;

import io.github.kinerja.core.Golongan;
import io.github.kinerja.core.permen2022.PredikatMatrix;
import io.github.kinerja.core.permen2022.PredikatPegawai;
import io.github.kinerja.core.permen2022.Rating;
import io.github.kinerja.core.recap.RecapRow;
import io.github.kinerja.core.report.Severity;
import io.github.kinerja.excel.internal.CellValue;
import java.util.List;
import java.util.Optional;

/**
 * Reads one employee row of a PermenPANRB 6/2022 recap into a {@link RecapRow}, for the BKN <i>Laporan Penilaian
 * SKP</i> export and for the recap of {@code Permen2022RecapWriter}, whether the row comes from a POI sheet or from
 * a streamed sheet.
 */
final class RecapRows {

    /** The cells of one row by 0-based column; a missing cell is blank with its address. */
    @FunctionalInterface
    interface RowCells {
        CellValue value(int column);
    }

    /** The header row of a table: the column of a header by its normalised text. */
    interface HeaderLookup {

        /** Returns the column of the first of the headers that is present. */
        Optional<Integer> column(String... headers);

        /**
         * Returns the column of a header the table needs.
         *
         * @throws WorkbookReadException if the header row has no such column
         */
        int required(String fileName, String header);

        /** Returns a lookup over the header row of a POI sheet. */
        static HeaderLookup of(HeaderRow header) {
            return new HeaderLookup() {
                @Override
                public Optional<Integer> column(String... headers) {
                    return header.column(headers);
                }

                @Override
                public int required(String fileName, String name) {
                    return header.required(fileName, name);
                }
            };
        }
    }

    /**
     * The columns of a recap table; the optional ones are those that only some recaps have.
     *
     * @param nomor  the row number column, if any
     * @param nip  the NIP column
     * @param nama  the name column
     * @param jabatan  the jabatan column, if any
     * @param unor  the unit organisasi column, if any
     * @param unorInduk  the parent unit organisasi column, if any
     * @param jenisPegawai  the kind of employee column, if any
     * @param golongan  the golongan ruang column, if any
     * @param hasilKerja  the rating hasil kerja column
     * @param perilakuKerja  the rating perilaku kerja column
     * @param predikat  the predikat column
     */
    record Columns(Optional<Integer> nomor, int nip, int nama, Optional<Integer> jabatan, Optional<Integer> unor,
            Optional<Integer> unorInduk, Optional<Integer> jenisPegawai, Optional<Integer> golongan, int hasilKerja,
            int perilakuKerja, int predikat) {

        /** Returns the columns of a BKN export, found by their snake_case headers. */
        static Columns bkn(HeaderLookup header, String fileName) {
            return new Columns(header.column("no"), header.required(fileName, "nip"),
                    header.required(fileName, "nama"), header.column("skp_jabatan", "jabatan"),
                    header.column("skp_unor", "unor"), header.column("skp_unor_induk", "unor_induk"),
                    header.column("jenis_pegawai"), header.column("golru", "golongan"),
                    header.required(fileName, "hasil_kerja"), header.required(fileName, "perilaku_kerja"),
                    header.required(fileName, "hasil_akhir"));
        }

        /** Returns the columns of the recap that {@code Permen2022RecapWriter} writes, found by their headers. */
        static Columns kinerjaRecap(HeaderLookup header, String fileName) {
            return new Columns(header.column("no"), header.required(fileName, "nip"),
                    header.required(fileName, "nama"), header.column("jabatan"), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(),
                    header.required(fileName, "rating hasil kerja"),
                    header.required(fileName, "rating perilaku kerja"),
                    header.required(fileName, "predikat kinerja pegawai"));
        }
    }

    /** The headers that identify the recap of {@code Permen2022RecapWriter}. */
    static final List<String> KINERJA_RECAP_ANCHORS = List.of("nip", "nama", "rating hasil kerja",
            "rating perilaku kerja", "predikat kinerja pegawai");

    private RecapRows() {}

    /**
     * Reads one row. A row without a name is reported and skipped; doubtful values are reported and left empty.
     *
     * @return the row, or empty if it has no name
     */
    static Optional<RecapRow> read(RowCells cells, Columns columns, ReadContext context) {
        CellValue namaCell = cells.value(columns.nama());
        Optional<String> nama = context.text(namaCell);
        if (nama.isEmpty()) {
            context.add("excel.table.rowWithoutName", Severity.WARNING, namaCell.address(), "nama");
            return Optional.empty();
        }
        RecapRow.Builder row = RecapRow.builder().nama(nama.get());
        row.nomor(text(context, cells, columns.nomor()));
        CellValue nipCell = cells.value(columns.nip());
        Optional<String> nipText = context.text(nipCell).map(BknReportParser::withoutApostrophe)
                .filter(t -> !t.equals("-"));
        row.nipText(nipText);
        if (nipText.isPresent()) {
            row.nip(context.nip(nipText.get(), nipCell.address()));
        }
        row.jabatan(text(context, cells, columns.jabatan()));
        row.unor(text(context, cells, columns.unor()));
        row.unorInduk(text(context, cells, columns.unorInduk()));
        row.jenisPegawai(text(context, cells, columns.jenisPegawai()));
        if (columns.golongan().isPresent()) {
            CellValue golru = cells.value(columns.golongan().get());
            Optional<String> text = context.text(golru).filter(t -> !t.equals("-"));
            if (text.isPresent()) {
                row.golongan(golongan(text.get(), golru.address(), context));
            }
        }

        Optional<Rating> hasilKerja = rating(cells.value(columns.hasilKerja()), context);
        Optional<Rating> perilaku = rating(cells.value(columns.perilakuKerja()), context);
        CellValue predikatCell = cells.value(columns.predikat());
        Optional<PredikatPegawai> predikat = predikat(predikatCell, context);
        row.hasilKerja(hasilKerja).perilakuKerja(perilaku).predikat(predikat);
        if (hasilKerja.isPresent() && perilaku.isPresent() && predikat.isPresent()) {
            PredikatPegawai expected = PredikatMatrix.standard().predikat(hasilKerja.get(), perilaku.get());
            if (expected != predikat.get()) {
                context.add("excel.recap.predikatDiffers", Severity.WARNING, predikatCell.address(), nama.get(),
                        predikat.get().label(), expected.label(), hasilKerja.get().label(),
                        perilaku.get().label());
            }
        }
        return Optional.of(row.build());
    }

    /** Checks if the cells of the columns are all blank or dashes, as in template rows and "no data" rows. */
    static boolean isEmpty(RowCells cells, int lastColumn) {
        for (int c = 0; c <= lastColumn; c++) {
            CellValue value = cells.value(c);
            if (!value.isBlank() && !ReadContext.clean(value.text()).equals("-")) {
                return false;
            }
        }
        return true;
    }

    // The text of the cell in the column, empty when the column is absent, the cell blank or a dash.
    private static Optional<String> text(ReadContext context, RowCells cells, Optional<Integer> column) {
        if (column.isEmpty()) {
            return Optional.empty();
        }
        return context.text(cells.value(column.get())).filter(t -> !t.equals("-"));
    }

    private static Optional<Golongan> golongan(String text, String location, ReadContext context) {
        try {
            return Optional.of(Golongan.parse(text));
        } catch (IllegalArgumentException e) {
            context.add("excel.golongan.invalid", Severity.WARNING, location, text);
            return Optional.empty();
        }
    }

    private static Optional<Rating> rating(CellValue value, ReadContext context) {
        Optional<String> text = context.text(value);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Rating> rating = BknReportParser.parseRating(text.get());
        if (rating.isEmpty()) {
            context.add("excel.rating.invalid", Severity.WARNING, value.address(), text.get());
        }
        return rating;
    }

    private static Optional<PredikatPegawai> predikat(CellValue value, ReadContext context) {
        Optional<String> text = context.text(value);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<PredikatPegawai> predikat = BknReportParser.parsePredikat(text.get());
        if (predikat.isEmpty()) {
            context.add("excel.predikat.invalid", Severity.WARNING, value.address(), text.get());
        }
        return predikat;
    }
}
