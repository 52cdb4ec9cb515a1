package io.github.kinerja.excel;

import io.github.kinerja.core.Nip;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.ckp.CkpForm;
import io.github.kinerja.core.ckp.CkpKegiatan;
import io.github.kinerja.core.ckp.CkpKind;
import io.github.kinerja.core.ckp.FormValue;
import io.github.kinerja.core.ckp.JenisKegiatan;
import io.github.kinerja.core.report.Severity;
import io.github.kinerja.excel.internal.CellValue;
import io.github.kinerja.excel.internal.Labels;
import io.github.kinerja.excel.internal.SheetView;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one CKP-T or CKP-R sheet: the identity block above the table, the header (two or three rows, merged), the
 * kegiatan rows under UTAMA, TAMBAHAN and group sub-headers, the RATA-RATA and CKP rows and the signature block.
 */
final class CkpSheetParser {

    /** The identity fields of the block above the table, in form order. */
    enum IdentityField {
        SATUAN_ORGANISASI("Satuan Organisasi"),
        NAMA("Nama"),
        JABATAN("Jabatan"),
        PERIODE("Periode");

        private final String label;

        IdentityField(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    private enum Column {
        NO, URAIAN, SATUAN, TARGET, REALISASI, PERSEN, KUALITAS, KODE_BUTIR, ANGKA_KREDIT, KETERANGAN
    }

    /** Consecutive blank rows that end a table whose end row is missing. */
    private static final int BLANK_ROWS_ENDING_TABLE = 10;
    private static final int ROWS_SEARCHED_BELOW_TABLE = 40;
    private static final int SIGNATURE_ROWS = 10;

    private final SheetView view;
    private final ReadContext context;
    private final Map<Column, Integer> columns = new EnumMap<>(Column.class);
    private final Map<IdentityField, CellValue> identity = new EnumMap<>(IdentityField.class);
    private final List<KegiatanCells> kegiatanCells = new ArrayList<>();

    private CkpSheetParser(SheetView view, ReadContext context) {
        this.view = view;
        this.context = context;
    }

    /**
     * The form of one sheet with the sheet's name, the cells its identity values came from and the cells of each
     * kegiatan, in the order of the form's kegiatan.
     */
    record Parsed(String sheet, CkpForm form, Map<IdentityField, CellValue> identity,
            List<KegiatanCells> kegiatanCells) {}

    /** The cells of one kegiatan row: its uraian and its target kuantitas (the uraian cell without that column). */
    record KegiatanCells(String uraian, String target) {}

    /** Reads the sheet, which {@link LayoutDetector#isCkp(SheetView)} accepted. */
    static Parsed parse(SheetView view, ReadContext context) {
        return new CkpSheetParser(view, context).parse();
    }

    private Parsed parse() {
        CellRef uraian = HeaderSearch.find(view, t -> Labels.is(t, "uraian kegiatan")).orElseThrow();
        int headerEnd = headerEnd(uraian.row());
        mapColumns(uraian.row(), headerEnd);
        CkpKind kind = columns.containsKey(Column.REALISASI) ? CkpKind.REALISASI : CkpKind.TARGET;
        readIdentity(uraian.row());

        CkpForm.Builder form = CkpForm.builder().kind(kind);
        int tableEnd = readKegiatan(headerEnd + 1, form);
        readTotals(tableEnd, form);
        Optional<String> satuanOrganisasi = identityText(IdentityField.SATUAN_ORGANISASI);
        Optional<String> periode = identityText(IdentityField.PERIODE);
        satuanOrganisasi.ifPresent(form::satuanOrganisasi);
        periode.ifPresent(p -> {
            form.periode(p);
            Optional<YearMonth> bulan = CkpForm.parseBulan(p);
            bulan.ifPresent(form::bulan);
            if (bulan.isEmpty()) {
                context.add("excel.ckp.periodeWithoutMonth", Severity.INFO, identityAddress(IdentityField.PERIODE),
                        p);
            }
        });

        Optional<Signature> pegawaiSignature = signature(tableEnd, "pegawai yang dinilai");
        Optional<Signature> penilaiSignature = signature(tableEnd, "pejabat penilai");
        Optional<String> nama = identityText(IdentityField.NAMA)
                .or(() -> pegawaiSignature.flatMap(Signature::name));
        nama.ifPresent(name -> {
            Person.Builder pegawai = IdentityBlock.person(name, personFields(), context);
            pegawaiSignature.flatMap(Signature::nip).ifPresent(pegawai::nip);
            form.pegawai(pegawai.build());
        });
        pegawaiSignature.flatMap(Signature::nipText).ifPresent(form::pegawaiNipText);
        penilaiSignature.flatMap(Signature::name).ifPresent(name -> {
            Person.Builder penilai = Person.builder().name(name);
            penilaiSignature.flatMap(Signature::nip).ifPresent(penilai::nip);
            form.pejabatPenilai(penilai.build());
        });
        penilaiSignature.flatMap(Signature::nipText).ifPresent(form::pejabatPenilaiNipText);
        return new Parsed(view.name(), form.build(), Map.copyOf(identity), List.copyOf(kegiatanCells));
    }

    // The header ends at the lowest row that a merged header cell of the first header row reaches, and includes
    // the row of sub-headers (Target, Realisasi, %) under a merged group header such as Kuantitas.
    private int headerEnd(int headerRow) {
        int end = headerRow;
        for (int c = 0; c <= Math.min(view.lastColumn(headerRow), HeaderSearch.COLUMNS - 1); c++) {
            end = Math.max(end, view.lastRowOf(headerRow, c));
        }
        return end;
    }

    private void mapColumns(int headerRow, int headerEnd) {
        int lastColumn = HeaderSearch.COLUMNS - 1;
        for (int c = 0; c <= lastColumn; c++) {
            Map<String, String> labels = new LinkedHashMap<>();
            for (int r = headerRow; r <= headerEnd; r++) {
                String text = view.text(r, c);
                if (!text.isBlank()) {
                    labels.put(Labels.normalize(text), text);
                }
            }
            Optional<Column> column = role(labels.values().toArray(new String[0]));
            if (column.isPresent() && !columns.containsKey(column.get())) {
                columns.put(column.get(), c);
                if (view.isColumnHidden(c)) {
                    context.add("excel.column.hidden", Severity.INFO, view.address(headerRow, c),
                            String.join(" ", labels.values()));
                }
            }
        }
    }

    private static Optional<Column> role(String... labels) {
        boolean kuantitas = false;
        boolean target = false;
        boolean realisasi = false;
        boolean persen = false;
        for (String label : labels) {
            if (Labels.is(label, "no")) {
                return Optional.of(Column.NO);
            } else if (Labels.is(label, "uraian kegiatan")) {
                return Optional.of(Column.URAIAN);
            } else if (Labels.is(label, "satuan")) {
                return Optional.of(Column.SATUAN);
            } else if (Labels.is(label, "target kuantitas")) {
                return Optional.of(Column.TARGET);
            } else if (Labels.startsWith(label, "tingkat kualitas")) {
                return Optional.of(Column.KUALITAS);
            } else if (Labels.contains(label, "kode butir")) {
                return Optional.of(Column.KODE_BUTIR);
            } else if (Labels.is(label, "angka kredit")) {
                return Optional.of(Column.ANGKA_KREDIT);
            } else if (Labels.is(label, "keterangan") || Labels.is(label, "ket")) {
                return Optional.of(Column.KETERANGAN);
            }
            kuantitas |= Labels.is(label, "kuantitas");
            target |= Labels.is(label, "target");
            realisasi |= Labels.is(label, "realisasi");
            persen |= Labels.normalize(label).equals("%");
        }
        if (kuantitas && target) {
            return Optional.of(Column.TARGET);
        } else if (kuantitas && realisasi) {
            return Optional.of(Column.REALISASI);
        } else if (kuantitas && persen) {
            return Optional.of(Column.PERSEN);
        }
        return Optional.empty();
    }

    private void readIdentity(int headerRow) {
        identity.putAll(IdentityBlock.read(view, headerRow, IdentityField.class, CkpSheetParser::identityField));
    }

    private static Optional<IdentityField> identityField(String label) {
        for (IdentityField field : IdentityField.values()) {
            if (Labels.is(label, field.label())
                    || (field == IdentityField.SATUAN_ORGANISASI && Labels.is(label, "satker"))) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    // The fields a PP 46 form names too, where the satuan organisasi is the unit kerja of the pegawai.
    private Map<IdentityBlock.Field, CellValue> personFields() {
        Map<IdentityBlock.Field, CellValue> fields = new EnumMap<>(IdentityBlock.Field.class);
        Optional.ofNullable(identity.get(IdentityField.NAMA)).ifPresent(v -> fields.put(IdentityBlock.Field.NAMA, v));
        Optional.ofNullable(identity.get(IdentityField.JABATAN))
                .ifPresent(v -> fields.put(IdentityBlock.Field.JABATAN, v));
        Optional.ofNullable(identity.get(IdentityField.SATUAN_ORGANISASI))
                .ifPresent(v -> fields.put(IdentityBlock.Field.UNIT_KERJA, v));
        return fields;
    }

    private Optional<String> identityText(IdentityField field) {
        return Optional.ofNullable(identity.get(field)).flatMap(context::labelValue);
    }

    private String identityAddress(IdentityField field) {
        return Optional.ofNullable(identity.get(field)).map(CellValue::address).orElse("");
    }

    private int column(Column column) {
        return columnOf(column).orElseThrow();
    }

    private Optional<Integer> columnOf(Column column) {
        return Optional.ofNullable(columns.get(column));
    }

    /** Reads the kegiatan rows from {@code firstRow}; returns the row where the table ends. */
    private int readKegiatan(int firstRow, CkpForm.Builder form) {
        int noColumn = columns.getOrDefault(Column.NO, 0);
        int uraianColumn = column(Column.URAIAN);
        JenisKegiatan jenis = JenisKegiatan.UTAMA;
        Optional<String> kelompok = Optional.empty();
        int blankRun = 0;
        int r = firstRow;
        if (isNumberingRow(r, noColumn, uraianColumn)) {
            r++;
        }
        for (; r <= view.lastRow(); r++) {
            String label = Labels.withoutNumbering(firstText(r, uraianColumn));
            if (isTableEnd(label) || (view.value(r, noColumn).isBlank() && isFooter(label))) {
                return r;
            }
            if (Labels.is(label, "utama") || Labels.is(label, "kegiatan utama")) {
                jenis = JenisKegiatan.UTAMA;
                kelompok = Optional.empty();
                blankRun = 0;
                continue;
            }
            if (Labels.is(label, "tambahan") || Labels.is(label, "kegiatan tambahan")) {
                jenis = JenisKegiatan.TAMBAHAN;
                kelompok = Optional.empty();
                blankRun = 0;
                continue;
            }
            boolean valuesBlank = valueColumnsBlank(r);
            CellValue no = view.value(r, noColumn);
            CellValue uraian = view.value(r, uraianColumn);
            boolean sameCell = uraian.address().equals(no.address());
            if (valuesBlank && no.kind() == CellValue.Kind.TEXT && (uraian.isBlank() || sameCell)) {
                kelompok = context.text(no);
                blankRun = 0;
                continue;
            }
            if (uraian.isBlank() || sameCell) {
                if (!valuesBlank) {
                    context.add("excel.row.noUraian", Severity.WARNING, view.address(r, uraianColumn));
                }
                blankRun = valuesBlank ? blankRun + 1 : 0;
                if (blankRun >= BLANK_ROWS_ENDING_TABLE) {
                    return r;
                }
                continue;
            }
            blankRun = 0;
            form.addKegiatan(kegiatan(r, jenis, kelompok, no, uraian));
        }
        return view.lastRow() + 1;
    }

    private CkpKegiatan kegiatan(int row, JenisKegiatan jenis, Optional<String> kelompok, CellValue no,
            CellValue uraian) {
        String uraianText = context.text(uraian).orElseThrow();
        if (view.isRowHidden(row)) {
            context.add("excel.row.hidden", Severity.WARNING, view.address(row, 0), row + 1, uraianText);
        }
        String uraianCell = uraian.address();
        kegiatanCells.add(new KegiatanCells(uraianCell,
                columnOf(Column.TARGET).map(c -> view.value(row, c).address()).orElse(uraianCell)));
        CkpKegiatan.Builder kegiatan = CkpKegiatan.builder()
                .jenis(jenis)
                .uraian(uraianText)
                .location(no.address());
        kelompok.ifPresent(kegiatan::kelompok);
        context.text(no).ifPresent(kegiatan::nomor);
        text(row, Column.SATUAN).ifPresent(kegiatan::satuan);
        number(row, Column.TARGET, "target kuantitas").ifPresent(kegiatan::targetKuantitas);
        number(row, Column.REALISASI, "realisasi kuantitas").ifPresent(kegiatan::realisasiKuantitas);
        columnOf(Column.PERSEN).map(c -> view.value(row, c)).ifPresent(persen -> context.percent(persen, "%")
                .ifPresent(p -> kegiatan.shownCapaian(FormValue.of(p, persen.address()))));
        columnOf(Column.KUALITAS).flatMap(c -> context.percent(view.value(row, c), "tingkat kualitas"))
                .ifPresent(kegiatan::tingkatKualitas);
        text(row, Column.KODE_BUTIR).filter(t -> !Labels.normalize(t).isEmpty()).ifPresent(kegiatan::kodeButir);
        number(row, Column.ANGKA_KREDIT, "angka kredit").ifPresent(kegiatan::angkaKredit);
        text(row, Column.KETERANGAN).ifPresent(kegiatan::keterangan);
        return kegiatan.build();
    }

    private void readTotals(int tableEnd, CkpForm.Builder form) {
        int last = Math.min(view.lastRow(), tableEnd + ROWS_SEARCHED_BELOW_TABLE);
        int uraianColumn = column(Column.URAIAN);
        for (int r = tableEnd; r <= last; r++) {
            String label = firstText(r, uraianColumn);
            if (Labels.is(label, "rata rata")) {
                shown(r, Column.PERSEN).ifPresent(form::shownRataRataCapaian);
                shown(r, Column.KUALITAS).ifPresent(form::shownRataRataKualitas);
            } else if (Labels.is(label, "capaian kinerja pegawai ckp")) {
                shown(r, Column.PERSEN).ifPresent(form::shownCkp);
                return;
            }
        }
    }

    private Optional<FormValue> shown(int row, Column column) {
        if (columnOf(column).isEmpty()) {
            return Optional.empty();
        }
        CellValue value = view.value(row, column(column));
        return context.number(value, Labels.normalize(firstText(row, column(Column.URAIAN))))
                .map(n -> FormValue.of(n, value.address()));
    }

    /** A name and NIP under a signature caption such as "Pejabat Penilai". */
    private record Signature(Optional<String> name, Optional<String> nipText, Optional<Nip> nip) {}

    private Optional<Signature> signature(int tableEnd, String caption) {
        int last = Math.min(view.lastRow(), tableEnd + ROWS_SEARCHED_BELOW_TABLE);
        Optional<CellRef> found = HeaderSearch.find(view, tableEnd, last, t -> Labels.startsWith(t, caption));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CellRef at = found.get();
        Optional<String> name = Optional.empty();
        Optional<String> nipText = Optional.empty();
        Optional<Nip> nip = Optional.empty();
        for (int r = at.row() + 1; r <= Math.min(view.lastRow(), at.row() + SIGNATURE_ROWS); r++) {
            CellValue value = view.value(r, at.column());
            Optional<String> text = context.text(value);
            if (text.isEmpty()) {
                continue;
            }
            if (name.isEmpty()) {
                name = text;
            } else {
                nipText = text;
                nip = context.nip(value, text.get());
                break;
            }
        }
        return Optional.of(new Signature(name, nipText, nip));
    }

    private boolean isNumberingRow(int row, int noColumn, int uraianColumn) {
        return Labels.normalize(view.text(row, noColumn)).equals("1")
                && Labels.normalize(view.text(row, uraianColumn)).equals("2");
    }

    private static boolean isTableEnd(String label) {
        // Exact labels, because an uraian may start with "Jumlah" (Jumlah pengunjung ...) on a row without a number.
        return Labels.is(label, "jumlah") || Labels.is(label, "rata rata")
                || Labels.startsWith(label, "capaian kinerja pegawai ckp");
    }

    // The rows below a table without JUMLAH row (older layout): the agreement line and the signature captions.
    private static boolean isFooter(String label) {
        return Labels.is(label, "kesepakatan target") || Labels.is(label, "penilaian kinerja")
                || Labels.startsWith(label, "tanggal") || Labels.startsWith(label, "pegawai yang dinilai")
                || Labels.startsWith(label, "pejabat penilai");
    }

    // The first text of the row up to the uraian column: section rows put their label in column A.
    private String firstText(int row, int uraianColumn) {
        for (int c = 0; c <= uraianColumn; c++) {
            String text = view.text(row, c);
            if (!text.isBlank()) {
                return text;
            }
        }
        return "";
    }

    private boolean valueColumnsBlank(int row) {
        for (Map.Entry<Column, Integer> column : columns.entrySet()) {
            if (column.getKey() != Column.NO && column.getKey() != Column.URAIAN
                    && !view.value(row, column.getValue()).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private Optional<String> text(int row, Column column) {
        return columnOf(column).flatMap(c -> context.text(view.value(row, c)));
    }

    private Optional<BigDecimal> number(int row, Column column, String what) {
        return columnOf(column).flatMap(c -> context.number(view.value(row, c), what));
    }
}
