package io.github.kinerja.excel;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Golongan;
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

    private enum IdentityField {
        NAMA, NIP, PANGKAT, JABATAN, UNIT_KERJA
    }

    private static final int BLANK_ROWS_ENDING_TABLE = 10;
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

    private Pp46SheetParser(SheetView view, ReadContext context) {
        this.view = view;
        this.context = context;
    }

    /** The SKP of a sheet with the values it shows, before the perilaku of a summary sheet is added. */
    record Parsed(SkpPp46.Builder skp, Pp46ShownValues shown, int headerRow) {}

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
            throw new WorkbookReadException(WorkbookReadException.Reason.MISSING_CONTENT, "excel.pp46.noKegiatan",
                    context.fileName(), view.name(), view.address(firstDataRow, anchor.column()), null, view.name(),
                    firstDataRow + 1, tableEnd, CellReference.convertNumToColString(anchor.column()));
        }
        readNilaiCapaianSkp(tableEnd);

        SkpPp46.Builder skp = SkpPp46.builder();
        Map<IdentityField, CellValue> pegawai = identityBlock(anchor.row(), "yang dinilai");
        if (pegawai.isEmpty()) {
            pegawai = looseIdentity(anchor.row());
        }
        Person person = person(pegawai).orElseThrow(() -> new WorkbookReadException(
                WorkbookReadException.Reason.MISSING_CONTENT, "excel.pp46.pegawaiMissing", context.fileName(),
                view.name(), null, null, view.name()));
        skp.pegawai(person);
        person(identityBlock(anchor.row(), "pejabat penilai")).ifPresent(skp::pejabatPenilai);
        skp.period(period(anchor.row()).or(() -> defaultPeriod).orElseThrow(() -> new WorkbookReadException(
                WorkbookReadException.Reason.MISSING_CONTENT, "excel.pp46.periodMissing", context.fileName(),
                view.name(), null, null, view.name())));
        skp.addAllKegiatan(kegiatan);
        skp.addAllTugasTambahan(tugasTambahan);
        skp.addAllKreativitas(kreativitas);
        Pp46ShownValues shown = new Pp46ShownValues(shownKegiatan, shownTugasTambahan, shownKreativitas,
                shownNilaiCapaianSkp, shownKategori, null, null);
        return new Parsed(skp, shown, anchor.row());
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

    /** Reads the rows below the header; returns the 1-based row number of the last row that belongs to the table. */
    private int readRows(int firstRow) {
        int noColumn = columns.getOrDefault(Column.NO, 0);
        int uraianColumn = column(Column.URAIAN);
        Section section = Section.KEGIATAN;
        int blankRun = 0;
        for (int r = firstRow; r <= view.lastRow(); r++) {
            String rowLabel = firstText(r, uraianColumn);
            if (Labels.startsWith(rowLabel, "nilai capaian skp") || Labels.is(rowLabel, "jumlah")
                    || Labels.is(rowLabel, "rata rata")) {
                return r;
            }
            if (Labels.normalize(view.text(r, noColumn)).equals("1")
                    && Labels.normalize(view.text(r, uraianColumn)).equals("2")) {
                continue;
            }
            CellValue uraian = view.value(r, uraianColumn);
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
        return view.lastRow() + 1;
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

    private Map<IdentityField, CellValue> identityBlock(int headerRow, String caption) {
        Map<IdentityField, CellValue> block = new EnumMap<>(IdentityField.class);
        Optional<CellRef> at = HeaderSearch.find(view, 0, headerRow - 1, t -> Labels.contains(t, caption));
        if (at.isEmpty()) {
            return block;
        }
        int labelColumn = at.get().column();
        // Two blocks stand side by side, so a value is searched only under the block's caption.
        int lastColumn = view.lastColumnOf(at.get().row(), labelColumn);
        for (int r = at.get().row() + 1; r <= Math.min(headerRow - 1, at.get().row() + IDENTITY_ROWS); r++) {
            int row = r;
            identityField(view.text(r, labelColumn)).ifPresent(field -> valueRightOf(row, labelColumn, lastColumn)
                    .ifPresent(value -> block.putIfAbsent(field, value)));
        }
        return block;
    }

    // Identity labels without a block caption, as in forms that name only the appraised employee.
    private Map<IdentityField, CellValue> looseIdentity(int headerRow) {
        Map<IdentityField, CellValue> block = new EnumMap<>(IdentityField.class);
        for (int r = 0; r < headerRow; r++) {
            for (int c = 0; c <= Math.min(view.lastColumn(r), 3); c++) {
                String text = view.text(r, c);
                if (text.isBlank()) {
                    continue;
                }
                int row = r;
                int labelColumn = c;
                identityField(text).ifPresent(field -> valueRightOf(row, labelColumn, HeaderSearch.COLUMNS - 1)
                        .ifPresent(value -> block.putIfAbsent(field, value)));
                break;
            }
        }
        return block;
    }

    private static Optional<IdentityField> identityField(String label) {
        if (Labels.startsWith(label, "nama")) {
            return Optional.of(IdentityField.NAMA);
        } else if (Labels.is(label, "nip")) {
            return Optional.of(IdentityField.NIP);
        } else if (Labels.startsWith(label, "pangkat")) {
            return Optional.of(IdentityField.PANGKAT);
        } else if (Labels.startsWith(label, "jabatan")) {
            return Optional.of(IdentityField.JABATAN);
        } else if (Labels.startsWith(label, "unit kerja")) {
            return Optional.of(IdentityField.UNIT_KERJA);
        }
        return Optional.empty();
    }

    private Optional<CellValue> valueRightOf(int row, int column, int lastColumn) {
        int last = Math.min(Math.max(view.lastColumn(row), column), lastColumn);
        for (int c = view.lastColumnOf(row, column) + 1; c <= last; c++) {
            CellValue value = view.value(row, c);
            if (!value.isBlank() && !Labels.normalize(value.text()).isEmpty()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private Optional<Person> person(Map<IdentityField, CellValue> block) {
        Optional<String> name = field(block, IdentityField.NAMA);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Person.Builder person = Person.builder().name(name.get());
        Optional.ofNullable(block.get(IdentityField.NIP)).ifPresent(cell -> context.labelValue(cell)
                .flatMap(text -> context.nip(cell, text)).ifPresent(person::nip));
        Optional.ofNullable(block.get(IdentityField.PANGKAT)).ifPresent(cell -> context.labelValue(cell)
                .flatMap(text -> golongan(text, cell.address())).ifPresent(person::golongan));
        field(block, IdentityField.JABATAN).ifPresent(person::jabatan);
        field(block, IdentityField.UNIT_KERJA).ifPresent(person::unitKerja);
        return Optional.of(person.build());
    }

    private Optional<Golongan> golongan(String text, String location) {
        try {
            return Optional.of(Golongan.parse(text));
        } catch (IllegalArgumentException e) {
            context.add("excel.golongan.invalid", Severity.WARNING, location, text);
            return Optional.empty();
        }
    }

    private Optional<String> field(Map<IdentityField, CellValue> block, IdentityField field) {
        return Optional.ofNullable(block.get(field)).flatMap(context::labelValue);
    }

    private Optional<AssessmentPeriod> period(int headerRow) {
        Optional<CellRef> at = HeaderSearch.find(view, 0, headerRow - 1,
                t -> Labels.contains(t, "jangka waktu penilaian"));
        if (at.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(view.text(at.get().row(), at.get().column()));
        int last = Math.max(view.lastColumn(at.get().row()), at.get().column());
        for (int c = view.lastColumnOf(at.get().row(), at.get().column()) + 1; c <= last; c++) {
            text.append(' ').append(view.text(at.get().row(), c));
        }
        Optional<List<LocalDate>> dates = IndonesianDates.period(text.toString());
        return dates.map(d -> AssessmentPeriod.of(d.get(0), d.get(1)));
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
