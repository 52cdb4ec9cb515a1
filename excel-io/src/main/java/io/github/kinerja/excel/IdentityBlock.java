package io.github.kinerja.excel;

import io.github.kinerja.core.Golongan;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.report.Severity;
import io.github.kinerja.excel.internal.CellValue;
import io.github.kinerja.excel.internal.Labels;
import io.github.kinerja.excel.internal.SheetView;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the identity block above the table of a PP 46 or CKP form: label cells such as {@code Nama}, {@code NIP},
 * {@code Pangkat/Gol.Ruang}, {@code Jabatan} or {@code Unit Kerja}, each with its value in the first non-blank cell
 * to its right (a value written as {@code ": Budi"} keeps its colon here; {@link ReadContext#labelValue} removes it).
 */
final class IdentityBlock {

    /** The identity fields that both forms name, each a field of the core {@link Person}. */
    enum Field {
        NAMA, NIP, PANGKAT, JABATAN, UNIT_KERJA
    }

    /** The number of columns searched for a label, because forms put their labels in the first columns. */
    private static final int LABEL_COLUMNS = 4;

    private IdentityBlock() {}

    /**
     * Reads the labels in the first columns of the rows above the table; only the first label of a row counts.
     *
     * @param headerRow  the 0-based row of the table header; rows above it are searched
     * @param fieldOf  the field a label names, if any
     */
    static <F extends Enum<F>> Map<F, CellValue> read(SheetView view, int headerRow, Class<F> type,
            Function<String, Optional<F>> fieldOf) {
        Map<F, CellValue> block = new EnumMap<>(type);
        for (int r = 0; r < headerRow; r++) {
            for (int c = 0; c <= Math.min(view.lastColumn(r), LABEL_COLUMNS - 1); c++) {
                String text = view.text(r, c);
                if (text.isBlank() || !HeaderSearch.isTopLeft(view, r, c)) {
                    continue;
                }
                int row = r;
                int labelColumn = c;
                fieldOf.apply(text).ifPresent(field -> valueRightOf(view, row, labelColumn, HeaderSearch.COLUMNS - 1)
                        .ifPresent(value -> block.putIfAbsent(field, value)));
                break;
            }
        }
        return block;
    }

    /**
     * Reads the block under a caption such as {@code II. PEGAWAI NEGERI SIPIL YANG DINILAI}: the labels stand in the
     * caption's column, and the values within the columns the caption spans, because two blocks often stand side by
     * side.
     *
     * @param headerRow  the 0-based row of the table header; the caption and its rows stand above it
     * @param caption  the normalised words the caption contains
     * @param rows  the number of rows under the caption that belong to the block
     * @return the values found, empty if there is no such caption
     */
    static Map<Field, CellValue> underCaption(SheetView view, int headerRow, String caption, int rows) {
        Map<Field, CellValue> block = new EnumMap<>(Field.class);
        Optional<CellRef> at = HeaderSearch.find(view, 0, headerRow - 1, t -> Labels.contains(t, caption));
        if (at.isEmpty()) {
            return block;
        }
        int labelColumn = at.get().column();
        int lastColumn = view.lastColumnOf(at.get().row(), labelColumn);
        for (int r = at.get().row() + 1; r <= Math.min(headerRow - 1, at.get().row() + rows); r++) {
            int row = r;
            field(view.text(r, labelColumn)).ifPresent(field -> valueRightOf(view, row, labelColumn, lastColumn)
                    .ifPresent(value -> block.putIfAbsent(field, value)));
        }
        return block;
    }

    /** Returns the field a label such as {@code Nama Arsiparis} or {@code Pangkat/Golongan} names. */
    static Optional<Field> field(String label) {
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

    /** Returns the first cell right of the label, up to {@code lastColumn}, whose text is more than punctuation. */
    static Optional<CellValue> valueRightOf(SheetView view, int row, int column, int lastColumn) {
        int last = Math.min(Math.max(view.lastColumn(row), column), lastColumn);
        for (int c = view.lastColumnOf(row, column) + 1; c <= last; c++) {
            CellValue value = view.value(row, c);
            if (!value.isBlank() && !Labels.normalize(value.text()).isEmpty()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** Returns the text of a field without the leading colon that forms put there. */
    static Optional<String> text(Map<Field, CellValue> block, Field field, ReadContext context) {
        return Optional.ofNullable(block.get(field)).flatMap(context::labelValue);
    }

    /**
     * Returns a person of the given name with the NIP, golongan, jabatan and unit kerja of the block. An invalid
     * NIP or golongan is reported and left out.
     */
    static Person.Builder person(String name, Map<Field, CellValue> block, ReadContext context) {
        Person.Builder person = Person.builder().name(name);
        Optional.ofNullable(block.get(Field.NIP)).ifPresent(cell -> context.labelValue(cell)
                .flatMap(text -> context.nip(cell, text)).ifPresent(person::nip));
        Optional.ofNullable(block.get(Field.PANGKAT)).ifPresent(cell -> context.labelValue(cell)
                .flatMap(text -> golongan(text, cell.address(), context)).ifPresent(person::golongan));
        text(block, Field.JABATAN, context).ifPresent(person::jabatan);
        text(block, Field.UNIT_KERJA, context).ifPresent(person::unitKerja);
        return person;
    }

    private static Optional<Golongan> golongan(String text, String location, ReadContext context) {
        try {
            return Optional.of(Golongan.parse(text));
        } catch (IllegalArgumentException e) {
            context.add("excel.golongan.invalid", Severity.WARNING, location, text);
            return Optional.empty();
        }
    }
}
