package io.github.kinerja.excel;

import io.github.kinerja.excel.internal.SheetView;
import java.util.Optional;
import java.util.function.Predicate;

/** Finds header and label cells by their text in the top-left area of a sheet, where forms put them. */
final class HeaderSearch {

    /** The number of rows searched for headers; real forms have their table header within the first 20 rows. */
    static final int ROWS = 60;
    /** The number of columns searched for headers. */
    static final int COLUMNS = 40;

    private HeaderSearch() {}

    /** Returns the first cell, row by row, whose own text matches; merged areas count once, at their top-left. */
    static Optional<CellRef> find(SheetView view, Predicate<String> matches) {
        return find(view, 0, Math.min(view.lastRow(), ROWS - 1), matches);
    }

    /** Returns the first cell in rows {@code firstRow} to {@code lastRow} whose own text matches. */
    static Optional<CellRef> find(SheetView view, int firstRow, int lastRow, Predicate<String> matches) {
        for (int r = Math.max(firstRow, 0); r <= lastRow; r++) {
            int lastColumn = Math.min(view.lastColumn(r), COLUMNS - 1);
            for (int c = 0; c <= lastColumn; c++) {
                if (isTopLeft(view, r, c) && matches.test(view.text(r, c))) {
                    return Optional.of(new CellRef(r, c));
                }
            }
        }
        return Optional.empty();
    }

    /** Checks if the cell is not merged or is the top-left cell of its merged region. */
    static boolean isTopLeft(SheetView view, int row, int column) {
        return view.mergedRegion(row, column)
                .map(region -> region.getFirstRow() == row && region.getFirstColumn() == column)
                .orElse(true);
    }
}
