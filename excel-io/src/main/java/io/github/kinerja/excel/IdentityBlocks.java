package io.github.kinerja.excel;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Golongan;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.report.Severity;
import io.github.kinerja.excel.internal.CellValue;
import io.github.kinerja.excel.internal.IndonesianDates;
import io.github.kinerja.excel.internal.Labels;
import io.github.kinerja.excel.internal.SheetView;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads the identity blocks above an SKP table (a caption such as {@code PEGAWAI YANG DINILAI}, then rows Nama,
 * NIP, Pangkat/Gol.Ruang, Jabatan and Unit Kerja with the value right of the label) and the period line.
 */
final class IdentityBlocks {

    private enum Field {
        NAMA, NIP, PANGKAT, JABATAN, UNIT_KERJA
    }

    // The caption row, five field rows and a spare row for a block whose fields are spread out.
    private static final int BLOCK_ROWS = 7;

    private final SheetView view;
    private final ReadContext context;
    private final int headerRow;

    /**
     * Obtains the reader of the blocks above a table.
     *
     * @param headerRow  the 0-based row of the table header; blocks are searched above it
     */
    IdentityBlocks(SheetView view, ReadContext context, int headerRow) {
        this.view = view;
        this.context = context;
        this.headerRow = headerRow;
    }

    /** Returns the person of the first block whose caption matches, or empty when the block or its name is missing. */
    Optional<Person> person(Predicate<String> caption) {
        Optional<CellRef> at = HeaderSearch.find(view, 0, headerRow - 1, caption);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        Map<Field, CellValue> block = new EnumMap<>(Field.class);
        int labelColumn = at.get().column();
        // Blocks stand side by side, so a value is searched only under a merged caption. A caption in one cell
        // does not show the width of its block, so then the whole row is searched.
        boolean merged = view.mergedRegion(at.get().row(), labelColumn).isPresent();
        int lastColumn = merged ? view.lastColumnOf(at.get().row(), labelColumn) : HeaderSearch.COLUMNS - 1;
        for (int r = at.get().row() + 1; r <= Math.min(headerRow - 1, at.get().row() + BLOCK_ROWS); r++) {
            int row = r;
            field(view.text(r, labelColumn)).ifPresent(field -> valueRightOf(row, labelColumn, lastColumn)
                    .ifPresent(value -> block.putIfAbsent(field, value)));
        }
        return person(block);
    }

    /** Returns the period written after a label such as {@code Periode Penilaian}, as two Indonesian dates. */
    Optional<AssessmentPeriod> period(Predicate<String> label) {
        Optional<CellRef> at = HeaderSearch.find(view, 0, headerRow - 1, label);
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

    private static Optional<Field> field(String label) {
        if (Labels.startsWith(label, "nama")) {
            return Optional.of(Field.NAMA);
        } else if (Labels.is(label, "nip")) {
            return Optional.of(Field.NIP);
        } else if (Labels.startsWith(label, "pangkat")) {
            return Optional.of(Field.PANGKAT);
        } else if (Labels.startsWith(label, "jabatan")) {
            return Optional.of(Field.JABATAN);
        } else if (Labels.startsWith(label, "unit kerja")) {
            return Optional.of(Field.UNIT_KERJA);
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

    private Optional<Person> person(Map<Field, CellValue> block) {
        Optional<String> name = text(block, Field.NAMA);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Person.Builder person = Person.builder().name(name.get());
        Optional.ofNullable(block.get(Field.NIP)).ifPresent(cell -> context.labelValue(cell)
                .flatMap(text -> context.nip(cell, text)).ifPresent(person::nip));
        Optional.ofNullable(block.get(Field.PANGKAT)).ifPresent(cell -> context.labelValue(cell)
                .flatMap(text -> golongan(text, cell.address())).ifPresent(person::golongan));
        text(block, Field.JABATAN).ifPresent(person::jabatan);
        text(block, Field.UNIT_KERJA).ifPresent(person::unitKerja);
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

    private Optional<String> text(Map<Field, CellValue> block, Field field) {
        return Optional.ofNullable(block.get(field)).flatMap(context::labelValue);
    }
}
