package io.github.kinerja.excel;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Person;
import io.github.kinerja.excel.internal.CellValue;
import io.github.kinerja.excel.internal.IndonesianDates;
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
        Map<IdentityBlock.Field, CellValue> block = new EnumMap<>(IdentityBlock.Field.class);
        int labelColumn = at.get().column();
        // Blocks stand side by side, so a value is searched only under a merged caption. A caption in one cell
        // does not show the width of its block, so then the whole row is searched.
        boolean merged = view.mergedRegion(at.get().row(), labelColumn).isPresent();
        int lastColumn = merged ? view.lastColumnOf(at.get().row(), labelColumn) : HeaderSearch.COLUMNS - 1;
        for (int r = at.get().row() + 1; r <= Math.min(headerRow - 1, at.get().row() + BLOCK_ROWS); r++) {
            int row = r;
            IdentityBlock.field(view.text(r, labelColumn)).ifPresent(field -> IdentityBlock.valueRightOf(view, row,
                    labelColumn, lastColumn).ifPresent(value -> block.putIfAbsent(field, value)));
        }
        return IdentityBlock.text(block, IdentityBlock.Field.NAMA, context)
                .map(name -> IdentityBlock.person(name, block, context).build());
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
}
