package io.github.kinerja.excel;

import io.github.kinerja.excel.internal.Labels;
import io.github.kinerja.excel.internal.SheetView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header row of a flat table, with the column of each header by its normalised text ({@code hasil_kerja},
 * {@code Hasil Kerja} and {@code HASIL KERJA} are the same header). Merged header cells count for every column
 * they span, so a header merged over two rows is found in both.
 */
final class HeaderRow {

    private final SheetView view;
    private final int row;
    private final Map<String, Integer> columns;

    private HeaderRow(SheetView view, int row, Map<String, Integer> columns) {
        this.view = view;
        this.row = row;
        this.columns = columns;
    }

    /**
     * Returns the first row, within the rows {@link HeaderSearch} looks at, that contains every one of the headers.
     *
     * @param view  the sheet
     * @param headers  the headers that must all be present, in any spelling {@link Labels#normalize} equates
     */
    static Optional<HeaderRow> find(SheetView view, List<String> headers) {
        int lastRow = Math.min(view.lastRow(), HeaderSearch.ROWS - 1);
        for (int r = 0; r <= lastRow; r++) {
            Map<String, Integer> columns = columnsOf(view, r);
            if (headers.stream().map(Labels::normalize).allMatch(columns::containsKey)) {
                return Optional.of(new HeaderRow(view, r, columns));
            }
        }
        return Optional.empty();
    }

    private static Map<String, Integer> columnsOf(SheetView view, int row) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        int lastColumn = Math.min(view.lastColumn(row), HeaderSearch.COLUMNS - 1);
        for (int c = 0; c <= lastColumn; c++) {
            String header = Labels.normalize(view.text(row, c));
            if (!header.isEmpty()) {
                columns.putIfAbsent(header, c);
            }
        }
        return columns;
    }

    /** Returns the 0-based row of the headers. */
    int row() {
        return row;
    }

    /** Returns the last 0-based column that has a header. */
    int lastColumn() {
        return columns.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** Returns the column of the first of the headers that is present. */
    Optional<Integer> column(String... headers) {
        for (String header : headers) {
            Integer column = columns.get(Labels.normalize(header));
            if (column != null) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** Checks if one of the headers is present. */
    boolean has(String... headers) {
        return column(headers).isPresent();
    }

    /**
     * Returns the column of a header the table needs.
     *
     * @throws WorkbookReadException if the header row has no such column; the message names the header expected
     *     and the headers found
     */
    int required(String fileName, String header) {
        return column(header).orElseThrow(() -> new WorkbookReadException(
                WorkbookReadException.Reason.MISSING_CONTENT, "excel.table.columnMissing", fileName, view.name(),
                view.address(row, 0), null, header, view.name(), row + 1, String.join(", ", found())));
    }

    /** Returns the headers found, as written in the sheet. */
    List<String> found() {
        List<String> found = new ArrayList<>();
        for (int column : columns.values()) {
            found.add(ReadContext.clean(view.text(row, column)));
        }
        return found;
    }
}
