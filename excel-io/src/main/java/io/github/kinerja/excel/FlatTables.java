package io.github.kinerja.excel;

import io.github.kinerja.core.report.Severity;
import io.github.kinerja.excel.internal.CellValue;
import io.github.kinerja.excel.internal.SheetView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Workbook;

/** Helpers shared by the readers of flat tables: finding the sheet, reading a cell of a column, closing a read. */
final class FlatTables {

    private static final int MINIMUM_YEAR = 1900;
    private static final int MAXIMUM_YEAR = 2999;

    private FlatTables() {}

    /** Returns the first sheet that matches, visible sheets before hidden ones. */
    static Optional<SheetView> sheet(Workbook workbook, Predicate<SheetView> matches) {
        for (boolean hidden : new boolean[] {false, true}) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                boolean sheetHidden = workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i);
                if (sheetHidden != hidden) {
                    continue;
                }
                SheetView view = new SheetView(workbook.getSheetAt(i));
                if (matches.test(view)) {
                    return Optional.of(view);
                }
            }
        }
        return Optional.empty();
    }

    /** Returns the sheet that matches, or throws the exception of a workbook without the table. */
    static SheetView requireSheet(Workbook workbook, String fileName, Predicate<SheetView> matches,
            String expectedHeaders) {
        return sheet(workbook, matches).orElseThrow(() -> new UnsupportedLayoutException(fileName,
                LayoutDetector.sheetNames(workbook), List.of(expectedHeaders)));
    }

    /** Returns the text of the cell in the column, empty when the column is absent, the cell blank or a dash. */
    static Optional<String> text(ReadContext context, SheetView view, int row, Optional<Integer> column) {
        if (column.isEmpty()) {
            return Optional.empty();
        }
        return context.text(view.value(row, column.get())).filter(t -> !t.equals("-"));
    }

    /** Returns the number of the cell in the column, empty when the column is absent or the cell blank. */
    static Optional<BigDecimal> number(ReadContext context, SheetView view, int row, Optional<Integer> column,
            String what) {
        return column.isEmpty() ? Optional.empty() : context.number(view.value(row, column.get()), what);
    }

    /** Returns a year from a number or text cell; a value that is no year from 1900 to 2999 is reported. */
    static Optional<Integer> year(ReadContext context, SheetView view, int row, Optional<Integer> column) {
        if (column.isEmpty()) {
            return Optional.empty();
        }
        CellValue value = view.value(row, column.get());
        Optional<BigDecimal> number = context.number(value, "tahun");
        if (number.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal year = number.get();
        if (year.signum() < 0 || year.stripTrailingZeros().scale() > 0
                || year.compareTo(BigDecimal.valueOf(MINIMUM_YEAR)) < 0
                || year.compareTo(BigDecimal.valueOf(MAXIMUM_YEAR)) > 0) {
            context.add("excel.year.invalid", Severity.WARNING, value.address(), ReadContext.clean(value.text()));
            return Optional.empty();
        }
        return Optional.of(year.intValueExact());
    }

    /** Checks if the cells of the columns are all blank or dashes, as in template rows and "no data" rows. */
    static boolean isEmptyRow(SheetView view, int row, int lastColumn) {
        for (int c = 0; c <= lastColumn; c++) {
            CellValue value = view.value(row, c);
            if (!value.isBlank() && !ReadContext.clean(value.text()).equals("-")) {
                return false;
            }
        }
        return true;
    }

    /** Reports a table with a header but no data rows, which is a valid, empty result. */
    static void reportNoRows(ReadContext context, SheetView view, HeaderRow header) {
        context.add("excel.table.noRows", Severity.INFO, view.address(header.row(), 0), view.name(),
                header.row() + 1);
    }
}
