package io.github.kinerja.excel;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.ckp.FormValue;
import io.github.kinerja.core.pp46.Kegiatan;
import io.github.kinerja.core.pp46.Kreativitas;
import io.github.kinerja.core.pp46.ManfaatKreativitas;
import io.github.kinerja.core.pp46.Realisasi;
import io.github.kinerja.core.pp46.SatuanWaktu;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.Target;
import io.github.kinerja.core.pp46.TugasTambahan;
import io.github.kinerja.core.report.Severity;
import io.github.kinerja.excel.internal.CellValue;
import io.github.kinerja.excel.internal.IndonesianDates;
import io.github.kinerja.excel.internal.Labels;
import io.github.kinerja.excel.internal.NumberText;
import io.github.kinerja.excel.internal.ParsedNumber;
import io.github.kinerja.excel.internal.SheetView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.Nullable;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads the SKP sheet of a PP 46/2011 form: the identity blocks, the period, the two-row header with its TARGET and
 * REALISASI groups, the kegiatan, tugas tambahan and kreativitas sections and the Nilai Capaian SKP rows.
 */
final class Pp46SheetParser {

    private enum Column {
        NO, URAIAN, TARGET_AK, TARGET_KUANTITAS, TARGET_SATUAN, TARGET_KUALITAS, TARGET_WAKTU, TARGET_SATUAN_WAKTU,
        TARGET_BIAYA, REALISASI_AK, REALISASI_KUANTITAS, REALISASI_SATUAN, REALISASI_KUALITAS, REALISASI_WAKTU,
        REALISASI_SATUAN_WAKTU, REALISASI_BIAYA, PENGHITUNGAN, NILAI
    }

    private enum Section {
        KEGIATAN, TUGAS_TAMBAHAN, KREATIVITAS, TAMBAHAN_DAN_KREATIVITAS
    }

    private static final int BLANK_ROWS_ENDING_TABLE = 10;
    // The rows below a JUMLAH or NILAI CAPAIAN SKP row searched for a Tugas Tambahan or Kreativitas section.
    private static final int ROWS_SEARCHED_BELOW_TOTALS = 10;
    private static final int IDENTITY_ROWS = 7;
    // A number followed by a unit in one cell: "12 Laporan", "12 bulan".
    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("^\\s*([0-9][0-9.,]*)\\s+(\\p{L}[\\p{L} ]*)$");

    private final SheetView view;
    private final ReadContext context;
    private final Map<Column, Integer> columns = new EnumMap<>(Column.class);
    private final List<Kegiatan> kegiatan = new ArrayList<>();
    private final List<Pp46ShownValues.Kegiatan> shownKegiatan = new ArrayList<>();
    private final List<TugasTambahan> tugasTambahan = new ArrayList<>();
    private final List<Kreativitas> kreativitas = new ArrayList<>();
    @Nullable private FormValue shownTugasTambahan;
    @Nullable private FormValue shownKreativitas;
    @Nullable private FormValue shownNilaiCapaianSkp;
    @Nullable private String shownKategori;
    // The cell each value of the model came from, by its JSON Pointer such as /kegiatan/0/target/kualitas.
    private final Map<String, String> cells = new LinkedHashMap<>();
    private int nilaiCapaianRow = -1;

    private Pp46SheetParser(SheetView view, ReadContext context) {
        this.view = view;
        this.context = context;
    }

    /**
     * The SKP of a sheet with the values it shows, before the perilaku of a summary sheet is added, and the cell of
     * each value by its JSON Pointer into the model, such as {@code /kegiatan/0/target/kualitas}.
     */
    record Parsed(SkpPp46.Builder skp, Pp46ShownValues shown, int headerRow, Map<String, String> cells) {}

    /** Reads a sheet that {@link LayoutDetector#isPp46(SheetView)} accepted. */
    static Parsed parse(SheetView view, ReadContext context, Optional<AssessmentPeriod> defaultPeriod) {
        return new Pp46SheetParser(view, context).parse(defaultPeriod);
    }

    private Parsed parse(Optional<AssessmentPeriod> defaultPeriod) {
        CellRef anchor = HeaderSearch.find(view, t -> Labels.contains(t, "kegiatan tugas jabatan")).orElseThrow();
        int headerEnd = headerEnd(anchor.row());
        columns.put(Column.URAIAN, anchor.column());
        mapColumns(anchor.row(), headerEnd);

        int firstDataRow = headerEnd + 1;
        int tableEnd = readRows(firstDataRow);
        if (kegiatan.isEmpty()) {
            // An unfilled form ends at its header, so a range of rows would name no rows at all.
            String code = tableEnd <= firstDataRow + 1 ? "excel.pp46.noKegiatanUnderHeader" : "excel.pp46.noKegiatan";
            throw new WorkbookReadException(WorkbookReadException.Reason.MISSING_CONTENT, code, context.fileName(),
                    view.name(), view.address(firstDataRow, anchor.column()), null, view.name(), firstDataRow + 1,
                    tableEnd, CellReference.convertNumToColString(anchor.column()));
        }
        readNilaiCapaianSkp(nilaiCapaianRow >= 0 ? nilaiCapaianRow : tableEnd);

        SkpPp46.Builder skp = SkpPp46.builder();
        Person person = pegawai(view, anchor.row(), context).orElseThrow(() -> new WorkbookReadException(
                WorkbookReadException.Reason.MISSING_CONTENT, "excel.pp46.pegawaiMissing", context.fileName(),
                view.name(), null, null, view.name()));
        skp.pegawai(person);
        person(IdentityBlock.underCaption(view, anchor.row(), "pejabat penilai", IDENTITY_ROWS), context)
                .ifPresent(skp::pejabatPenilai);
        skp.period(period(anchor.row(), defaultPeriod));
        skp.addAllKegiatan(kegiatan);
        skp.addAllTugasTambahan(tugasTambahan);
        skp.addAllKreativitas(kreativitas);
        Pp46ShownValues shown = new Pp46ShownValues(shownKegiatan, shownTugasTambahan, shownKreativitas,
                shownNilaiCapaianSkp, shownKategori, null, null);
        return new Parsed(skp, shown, anchor.row(), Map.copyOf(cells));
    }

    /**
     * Returns the pegawai of a PP 46 sheet: the block under a caption with {@code yang dinilai}, or loose labels
     * such as {@code Nama Arsiparis} when the form names only the appraised employee.
     */
    static Optional<Person> pegawai(SheetView view, int headerRow, ReadContext context) {
        Map<IdentityBlock.Field, CellValue> block =
                IdentityBlock.underCaption(view, headerRow, "yang dinilai", IDENTITY_ROWS);
        if (block.isEmpty()) {
            block = IdentityBlock.read(view, headerRow, IdentityBlock.Field.class, IdentityBlock::field);
        }
        return person(block, context);
    }

    /** Returns the row of the table header, the one with {@code Kegiatan Tugas Jabatan}, of a PP 46 sheet. */
    static int headerRow(SheetView view) {
        return HeaderSearch.find(view, t -> Labels.contains(t, "kegiatan tugas jabatan")).orElseThrow().row();
    }

    private int headerEnd(int headerRow) {
        int end = headerRow;
        for (int c = 0; c <= Math.min(view.lastColumn(headerRow), HeaderSearch.COLUMNS - 1); c++) {
            end = Math.max(end, view.lastRowOf(headerRow, c));
        }
        return end;
    }

    // Maps the columns by their header text: a group header (TARGET, REALISASI, NILAI DARI TIM PENILAI) spans its
    // sub-headers (Kuant/Output over two cells for number and unit, Kual/Mutu, Waktu over two cells, Biaya).
    private void mapColumns(int headerRow, int headerEnd) {
        boolean seenTarget = false;
        for (int c = 0; c < HeaderSearch.COLUMNS; c++) {
            String top = view.text(headerRow, c);
            if (Labels.is(top, "no") && !columns.containsKey(Column.NO)) {
                columns.put(Column.NO, c);
            } else if (Labels.is(top, "ak")) {
                columns.putIfAbsent(seenTarget ? Column.REALISASI_AK : Column.TARGET_AK, c);
            } else if (Labels.contains(top, "penghitungan")) {
                columns.putIfAbsent(Column.PENGHITUNGAN, c);
            } else if (Labels.contains(top, "nilai capaian")) {
                columns.putIfAbsent(Column.NILAI, c);
            } else if (Labels.is(top, "target") && HeaderSearch.isTopLeft(view, headerRow, c)) {
                mapGroup(headerRow, headerEnd, c, true);
                seenTarget = true;
            } else if ((Labels.is(top, "realisasi") || Labels.contains(top, "nilai dari tim penilai"))
                    && HeaderSearch.isTopLeft(view, headerRow, c)) {
                mapGroup(headerRow, headerEnd, c, false);
            }
        }
        // An evaluation form whose REALISASI group header is worded otherwise would read every kegiatan as not
        // executed and score it 0, so the missing group is an error rather than a silent plan.
        boolean evaluation = columns.containsKey(Column.PENGHITUNGAN) || columns.containsKey(Column.NILAI);
        boolean realisasi = columns.containsKey(Column.REALISASI_KUANTITAS)
                || columns.containsKey(Column.REALISASI_KUALITAS) || columns.containsKey(Column.REALISASI_WAKTU);
        if (evaluation && !realisasi) {
            context.add("excel.pp46.realisasiMissing", Severity.ERROR, view.address(headerRow, 0));
        }
        for (Map.Entry<Column, Integer> column : columns.entrySet()) {
            if (view.isColumnHidden(column.getValue())) {
                context.add("excel.column.hidden", Severity.INFO, view.address(headerRow, column.getValue()),
                        view.text(headerRow, column.getValue()));
            }
        }
    }

    private void mapGroup(int headerRow, int headerEnd, int groupColumn, boolean target) {
        int subRow = Math.min(view.lastRowOf(headerRow, groupColumn) + 1, headerEnd);
        int last = view.lastColumnOf(headerRow, groupColumn);
        for (int c = groupColumn; c <= last; c++) {
            if (!HeaderSearch.isTopLeft(view, subRow, c)) {
                continue;
            }
            String sub = view.text(subRow, c);
            boolean twoCells = view.lastColumnOf(subRow, c) > c;
            if (Labels.startsWith(sub, "kuant")) {
                columns.putIfAbsent(target ? Column.TARGET_KUANTITAS : Column.REALISASI_KUANTITAS, c);
                if (twoCells) {
                    columns.putIfAbsent(target ? Column.TARGET_SATUAN : Column.REALISASI_SATUAN, c + 1);
                }
            } else if (Labels.startsWith(sub, "kual")) {
                columns.putIfAbsent(target ? Column.TARGET_KUALITAS : Column.REALISASI_KUALITAS, c);
            } else if (Labels.startsWith(sub, "waktu")) {
                columns.putIfAbsent(target ? Column.TARGET_WAKTU : Column.REALISASI_WAKTU, c);
                if (twoCells) {
                    columns.putIfAbsent(target ? Column.TARGET_SATUAN_WAKTU : Column.REALISASI_SATUAN_WAKTU, c + 1);
                }
            } else if (Labels.startsWith(sub, "biaya")) {
                columns.putIfAbsent(target ? Column.TARGET_BIAYA : Column.REALISASI_BIAYA, c);
            }
        }
    }

    /**
     * Reads the rows below the header; returns the 1-based row number of the last row that belongs to the table.
     *
     * <p>The table ends at the first JUMLAH, RATA-RATA or NILAI CAPAIAN SKP row, unless a Tugas Tambahan or
     * Kreativitas section follows within {@value #ROWS_SEARCHED_BELOW_TOTALS} rows. Some forms put their totals
     * above these sections, which are then read as well, and rows with text between the totals and such a section
     * are reported as not read.
     */
    private int readRows(int firstRow) {
        int noColumn = columns.getOrDefault(Column.NO, 0);
        int uraianColumn = column(Column.URAIAN);
        Section section = Section.KEGIATAN;
        int blankRun = 0;
        int tableEnd = -1;
        for (int r = firstRow; r <= view.lastRow(); r++) {
            String rowLabel = firstText(r, uraianColumn);
            boolean total = isTotal(rowLabel);
            if (total && Labels.startsWith(rowLabel, "nilai capaian skp") && nilaiCapaianRow < 0) {
                nilaiCapaianRow = r;
            }
            if (total) {
                tableEnd = tableEnd < 0 ? r : tableEnd;
            }
            if (Labels.normalize(view.text(r, noColumn)).equals("1")
                    && Labels.normalize(view.text(r, uraianColumn)).equals("2")) {
                continue;
            }
            CellValue uraian = view.value(r, uraianColumn);
            boolean rowBlank = (uraian.isBlank() || uraian.address().equals(view.value(r, noColumn).address()))
                    && valueColumnsBlank(r);
            if (total || (tableEnd >= 0 && rowBlank)) {
                Optional<Integer> next = sectionBelow(r + 1);
                if (next.isEmpty()) {
                    return tableEnd;
                }
                reportRowsNotRead(r + 1, next.get());
                r = next.get() - 1;
                continue;
            }
            String uraianText = Labels.withoutNumbering(uraian.text());
            Optional<Section> header = sectionOf(uraianText);
            if (header.isPresent()) {
                section = header.get();
                shownSectionValue(r, section);
                blankRun = 0;
                continue;
            }
            boolean valuesBlank = valueColumnsBlank(r);
            if (uraian.isBlank() || uraian.address().equals(view.value(r, noColumn).address())) {
                blankRun = valuesBlank ? blankRun + 1 : 0;
                if (!valuesBlank) {
                    context.add("excel.row.noUraian", Severity.WARNING, view.address(r, uraianColumn));
                }
                if (blankRun >= BLANK_ROWS_ENDING_TABLE) {
                    return r - blankRun + 1;
                }
                continue;
            }
            blankRun = 0;
            if (valuesBlank && view.value(r, noColumn).isBlank() && section == Section.KEGIATAN) {
                continue; // a sub-header row such as "A. Kegiatan Pokok" inside the kegiatan section
            }
            String name = context.text(uraian).orElseThrow();
            if (view.isRowHidden(r)) {
                context.add("excel.row.hidden", Severity.WARNING, view.address(r, 0), r + 1, name);
            }
            switch (section) {
                case KEGIATAN -> readKegiatan(r, name);
                case TUGAS_TAMBAHAN, TAMBAHAN_DAN_KREATIVITAS -> tugasTambahan.add(TugasTambahan.of(name));
                case KREATIVITAS -> readKreativitas(r, name);
            }
        }
        return tableEnd >= 0 ? tableEnd : view.lastRow() + 1;
    }

    private static boolean isTotal(String rowLabel) {
        return Labels.startsWith(rowLabel, "nilai capaian skp") || Labels.is(rowLabel, "jumlah")
                || Labels.is(rowLabel, "rata rata");
    }

    // The row of a Tugas Tambahan or Kreativitas section header in the rows from firstRow, if there is one.
    private Optional<Integer> sectionBelow(int firstRow) {
        int uraianColumn = column(Column.URAIAN);
        for (int r = firstRow; r <= Math.min(view.lastRow(), firstRow + ROWS_SEARCHED_BELOW_TOTALS - 1); r++) {
            // The label is in the uraian column ("II. Tugas Tambahan") or split, as "II" in column A beside it.
            int row = r;
            Optional<Section> section = sectionOf(Labels.withoutNumbering(view.text(r, uraianColumn)))
                    .or(() -> sectionOf(Labels.withoutNumbering(firstText(row, uraianColumn))));
            if (section.isPresent() && section.get() != Section.KEGIATAN) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    // Reports the rows with an uraian between the totals and a section below them, which belong to neither.
    private void reportRowsNotRead(int firstRow, int sectionRow) {
        int uraianColumn = column(Column.URAIAN);
        for (int r = firstRow; r < sectionRow; r++) {
            CellValue uraian = view.value(r, uraianColumn);
            Optional<String> text = context.text(uraian);
            if (text.isPresent() && !isTotal(text.get()) && uraian.address().equals(view.address(r, uraianColumn))) {
                context.add("excel.pp46.rowNotRead", Severity.WARNING, uraian.address(), r + 1, text.get());
            }
        }
    }

    private static Optional<Section> sectionOf(String text) {
        if (Labels.is(text, "tugas utama") || Labels.is(text, "kegiatan tugas jabatan")) {
            return Optional.of(Section.KEGIATAN);
        }
        if (Labels.startsWith(text, "tugas tambahan")) {
            return Optional.of(Labels.contains(text, "kreativitas") ? Section.TAMBAHAN_DAN_KREATIVITAS
                    : Section.TUGAS_TAMBAHAN);
        }
        if (Labels.is(text, "kreativitas")) {
            return Optional.of(Section.KREATIVITAS);
        }
        return Optional.empty();
    }

    private void shownSectionValue(int row, Section section) {
        Optional<FormValue> value = shown(row, Column.NILAI, "nilai");
        if (section == Section.TUGAS_TAMBAHAN) {
            shownTugasTambahan = value.orElse(null);
        } else if (section == Section.KREATIVITAS) {
            shownKreativitas = value.orElse(null);
        }
    }

    private void readKegiatan(int row, String name) {
        recordCells(row, kegiatan.size());
        Kegiatan.Builder builder = Kegiatan.builder().name(name);
        Optional<BigDecimal> targetKuantitas = quantity(row, Column.TARGET_KUANTITAS, Column.TARGET_SATUAN,
                "target kuantitas", builder);
        Optional<BigDecimal> targetKualitas = number(row, Column.TARGET_KUALITAS, "target kualitas");
        Optional<BigDecimal> targetWaktu = number(row, Column.TARGET_WAKTU, "target waktu");
        Optional<SatuanWaktu> targetSatuanWaktu =
                text(row, Column.TARGET_SATUAN_WAKTU).flatMap(Pp46SheetParser::satuanWaktu);
        targetSatuanWaktu.ifPresent(builder::satuanWaktu);
        // The waktu rule compares realisasi with target as plain numbers, so both must be in the same unit.
        Optional<SatuanWaktu> realisasiSatuanWaktu =
                text(row, Column.REALISASI_SATUAN_WAKTU).flatMap(Pp46SheetParser::satuanWaktu);
        if (targetSatuanWaktu.isPresent() && realisasiSatuanWaktu.isPresent()
                && targetSatuanWaktu.get() != realisasiSatuanWaktu.get()) {
            context.add("excel.pp46.satuanWaktuDiffers", Severity.ERROR,
                    view.address(row, columnOf(Column.REALISASI_SATUAN_WAKTU).orElseThrow()),
                    realisasiSatuanWaktu.get().name(), targetSatuanWaktu.get().name());
        }
        if (targetKuantitas.isPresent() && targetKualitas.isPresent() && targetWaktu.isPresent()) {
            Target.Builder target = Target.builder()
                    .kuantitas(targetKuantitas.get())
                    .kualitas(targetKualitas.get())
                    .waktu(targetWaktu.get());
            number(row, Column.TARGET_BIAYA, "target biaya").ifPresent(target::biaya);
            number(row, Column.TARGET_AK, "angka kredit").ifPresent(target::angkaKredit);
            builder.target(target.build());
        }

        Optional<BigDecimal> kuantitas = quantity(row, Column.REALISASI_KUANTITAS, Column.REALISASI_SATUAN,
                "realisasi kuantitas", builder);
        Optional<BigDecimal> kualitas = number(row, Column.REALISASI_KUALITAS, "realisasi kualitas");
        Optional<BigDecimal> waktu = number(row, Column.REALISASI_WAKTU, "realisasi waktu");
        Optional<BigDecimal> biaya = number(row, Column.REALISASI_BIAYA, "realisasi biaya");
        if (kuantitas.isPresent() || kualitas.isPresent() || waktu.isPresent() || biaya.isPresent()) {
            Realisasi.Builder realisasi = Realisasi.builder()
                    .kuantitas(kuantitas.orElse(BigDecimal.ZERO))
                    .kualitas(kualitas.orElse(BigDecimal.ZERO))
                    .waktu(waktu.orElse(BigDecimal.ZERO));
            biaya.ifPresent(realisasi::biaya);
            number(row, Column.REALISASI_AK, "angka kredit").ifPresent(realisasi::angkaKredit);
            builder.realisasi(realisasi.build());
        }
        kegiatan.add(builder.build());
        shownKegiatan.add(new Pp46ShownValues.Kegiatan(name, shown(row, Column.PENGHITUNGAN, "penghitungan")
                .orElse(null), shown(row, Column.NILAI, "nilai capaian").orElse(null)));
    }

    // Records the cell of each value of the kegiatan, so that a validation finding on /kegiatan/1/target/waktu can
    // name the cell the target waktu came from.
    private void recordCells(int row, int index) {
        String path = "/kegiatan/" + index;
        cells.put(path, view.value(row, column(Column.URAIAN)).address());
        Map<String, Column> parts = new LinkedHashMap<>();
        parts.put("/target", Column.TARGET_KUANTITAS);
        parts.put("/target/kuantitas", Column.TARGET_KUANTITAS);
        parts.put("/target/kualitas", Column.TARGET_KUALITAS);
        parts.put("/target/waktu", Column.TARGET_WAKTU);
        parts.put("/target/biaya", Column.TARGET_BIAYA);
        parts.put("/target/angkaKredit", Column.TARGET_AK);
        parts.put("/realisasi", Column.REALISASI_KUANTITAS);
        parts.put("/realisasi/kuantitas", Column.REALISASI_KUANTITAS);
        parts.put("/realisasi/kualitas", Column.REALISASI_KUALITAS);
        parts.put("/realisasi/waktu", Column.REALISASI_WAKTU);
        parts.put("/realisasi/biaya", Column.REALISASI_BIAYA);
        parts.put("/realisasi/angkaKredit", Column.REALISASI_AK);
        parts.forEach((part, column) -> columnOf(column)
                .ifPresent(c -> cells.put(path + part, view.value(row, c).address())));
    }

    // Reads a kuantitas and its satuan: from two cells, or from one cell such as "12 Laporan".
    private Optional<BigDecimal> quantity(int row, Column numberColumn, Column unitColumn, String what,
            Kegiatan.Builder builder) {
        Optional<Integer> at = columnOf(numberColumn);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        CellValue cell = view.value(row, at.get());
        Matcher matcher = NUMBER_AND_UNIT.matcher(cell.text());
        if (cell.kind() == CellValue.Kind.TEXT && matcher.matches()) {
            ParsedNumber parsed = NumberText.parse(matcher.group(1));
            if (parsed.kind() == ParsedNumber.Kind.NUMBER && !parsed.isAmbiguous()) {
                if (numberColumn == Column.TARGET_KUANTITAS || text(row, Column.TARGET_SATUAN).isEmpty()) {
                    builder.satuanOutput(matcher.group(2).strip());
                }
                return parsed.value();
            }
        }
        if (numberColumn == Column.TARGET_KUANTITAS || text(row, Column.TARGET_SATUAN).isEmpty()) {
            text(row, unitColumn).ifPresent(builder::satuanOutput);
        }
        return context.number(cell, what);
    }

    private void readKreativitas(int row, String name) {
        Optional<FormValue> value = shown(row, Column.NILAI, "kreativitas");
        if (value.isEmpty()) {
            context.add("excel.pp46.kreativitasValue", Severity.WARNING, view.address(row, column(Column.URAIAN)),
                    "-");
            return;
        }
        for (ManfaatKreativitas manfaat : ManfaatKreativitas.values()) {
            if (manfaat.value().compareTo(value.get().value()) == 0) {
                kreativitas.add(Kreativitas.of(name, manfaat));
                return;
            }
        }
        context.add("excel.pp46.kreativitasValue", Severity.WARNING, value.get().location(),
                value.get().value().toPlainString());
    }

    private void readNilaiCapaianSkp(int tableEnd) {
        Optional<Integer> nilai = columnOf(Column.NILAI);
        if (nilai.isEmpty()) {
            return;
        }
        for (int r = tableEnd; r <= Math.min(view.lastRow(), tableEnd + 5); r++) {
            if (!Labels.startsWith(firstText(r, column(Column.URAIAN)), "nilai capaian skp")) {
                continue;
            }
            shownNilaiCapaianSkp = shown(r, Column.NILAI, "Nilai Capaian SKP").orElse(null);
            for (int k = r + 1; k <= Math.min(view.lastRow(), r + 2); k++) {
                CellValue kategori = view.value(k, nilai.get());
                if (kategori.kind() == CellValue.Kind.TEXT) {
                    shownKategori = ReadContext.clean(kategori.text());
                    return;
                }
                if (kategori.kind() == CellValue.Kind.NUMBER && kategori.formula().isPresent()) {
                    context.add("excel.cell.cachedNumberForText", Severity.WARNING, kategori.address(),
                            kategori.formula().get(), kategori.text());
                    return;
                }
            }
            return;
        }
    }

    private static Optional<Person> person(Map<IdentityBlock.Field, CellValue> block, ReadContext context) {
        return IdentityBlock.text(block, IdentityBlock.Field.NAMA, context)
                .map(name -> IdentityBlock.person(name, block, context).build());
    }

    // The period from "Jangka Waktu Penilaian 2 Januari s.d. 31 Desember 2020", in one cell or in the cells to the
    // right of the label. A label whose dates cannot be read is reported at the cell that contains them.
    private AssessmentPeriod period(int headerRow, Optional<AssessmentPeriod> defaultPeriod) {
        Optional<CellRef> at = HeaderSearch.find(view, 0, headerRow - 1,
                t -> Labels.contains(t, "jangka waktu penilaian"));
        if (at.isEmpty()) {
            return defaultPeriod.orElseThrow(() -> new WorkbookReadException(
                    WorkbookReadException.Reason.MISSING_CONTENT, "excel.pp46.periodMissing", context.fileName(),
                    view.name(), null, null, view.name()));
        }
        int row = at.get().row();
        StringBuilder text = new StringBuilder(view.text(row, at.get().column()));
        String valueCell = view.address(row, at.get().column());
        boolean valueSeen = false;
        int last = Math.max(view.lastColumn(row), at.get().column());
        for (int c = view.lastColumnOf(row, at.get().column()) + 1; c <= last; c++) {
            CellValue value = view.value(row, c);
            if (!valueSeen && !value.isBlank()) {
                valueCell = value.address();
                valueSeen = true;
            }
            text.append(' ').append(value.text());
        }
        Optional<List<LocalDate>> dates = IndonesianDates.period(text.toString());
        if (dates.isPresent()) {
            return AssessmentPeriod.of(dates.get().get(0), dates.get().get(1));
        }
        String written = ReadContext.clean(text.toString());
        if (defaultPeriod.isPresent()) {
            context.add("excel.pp46.periodInvalid", Severity.WARNING, valueCell, written,
                    defaultPeriod.get().start() + " s.d. " + defaultPeriod.get().end());
            return defaultPeriod.get();
        }
        throw new WorkbookReadException(WorkbookReadException.Reason.MISSING_CONTENT, "excel.pp46.periodUnreadable",
                context.fileName(), view.name(), valueCell, null, written, valueCell);
    }

    private static Optional<SatuanWaktu> satuanWaktu(String text) {
        if (Labels.startsWith(text, "bulan")) {
            return Optional.of(SatuanWaktu.BULAN);
        } else if (Labels.startsWith(text, "hari")) {
            return Optional.of(SatuanWaktu.HARI);
        }
        return Optional.empty();
    }

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
            Column key = column.getKey();
            if (key != Column.NO && key != Column.URAIAN && !view.value(row, column.getValue()).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private Optional<FormValue> shown(int row, Column column, String what) {
        Optional<Integer> at = columnOf(column);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        CellValue value = view.value(row, at.get());
        return context.number(value, what).map(n -> FormValue.of(n, value.address()));
    }

    private Optional<String> text(int row, Column column) {
        return columnOf(column).flatMap(c -> context.text(view.value(row, c)));
    }

    private Optional<BigDecimal> number(int row, Column column, String what) {
        return columnOf(column).flatMap(c -> context.number(view.value(row, c), what));
    }

    private int column(Column column) {
        return columnOf(column).orElseThrow();
    }

    private Optional<Integer> columnOf(Column column) {
        return Optional.ofNullable(columns.get(column));
    }
}
