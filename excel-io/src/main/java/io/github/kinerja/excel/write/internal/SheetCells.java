package io.github.kinerja.excel.write.internal;

import io.github.kinerja.excel.write.internal.FormStyles.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Writes the cells of one sheet by 0-based row and column: text always as text, numbers as numbers and formulas
 * with their cached results.
 *
 * <p>A formula cell gets the result the library calculated as its cached value, so a reader that does not
 * recalculate sees the library's numbers, and the formula keeps the sheet live when a user edits an input.
 */
public final class SheetCells {

    /** The maximum number of characters in an Excel cell, in both formats. */
    public static final int MAX_TEXT_LENGTH = 32_767;

    private final Sheet sheet;
    private final FormStyles styles;

    /**
     * Obtains the writer of a sheet.
     *
     * @param sheet  the sheet, not null
     * @param styles  the styles of the sheet's workbook, not null
     */
    public SheetCells(Sheet sheet, FormStyles styles) {
        this.sheet = Objects.requireNonNull(sheet, "sheet");
        this.styles = Objects.requireNonNull(styles, "styles");
    }

    /** Returns the sheet. */
    public Sheet sheet() {
        return sheet;
    }

    /**
     * Returns the A1 address of a cell, such as {@code S14}.
     *
     * @param row  the 0-based row
     * @param column  the 0-based column
     * @return the address without sheet name, not null
     */
    public static String ref(int row, int column) {
        return new CellReference(row, column).formatAsString(false);
    }

    /**
     * Writes text as a text cell. Text that Excel would read as a formula when typed ({@code =}, {@code +},
     * {@code -} or {@code @} first) gets the quote-prefixed variant of the style, so it stays text when edited.
     *
     * @param row  the 0-based row
     * @param column  the 0-based column
     * @param text  the text, not null
     * @param kind  the kind of cell, not null
     */
    public void text(int row, int column, String text, Kind kind) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("text of " + text.length() + " characters for cell "
                    + sheet.getSheetName() + "!" + ref(row, column) + " is longer than the " + MAX_TEXT_LENGTH
                    + " characters an Excel cell accepts; shorten it: \"" + text.substring(0, 40) + "...\"");
        }
        Cell cell = cell(row, column);
        cell.setCellStyle(looksLikeFormula(text) ? styles.quoted(kind) : styles.get(kind));
        cell.setCellValue(text);
    }

    /**
     * Writes a number.
     *
     * @param row  the 0-based row
     * @param column  the 0-based column
     * @param value  the value, not null
     * @param kind  the kind of cell, not null
     */
    public void number(int row, int column, BigDecimal value, Kind kind) {
        Objects.requireNonNull(value, "value");
        Cell cell = styled(row, column, kind);
        cell.setCellValue(value.doubleValue());
    }

    /**
     * Writes a date.
     *
     * @param row  the 0-based row
     * @param column  the 0-based column
     * @param date  the date, not null
     * @param kind  the kind of cell, usually {@link Kind#DATE}, not null
     */
    public void date(int row, int column, LocalDate date, Kind kind) {
        Objects.requireNonNull(date, "date");
        Cell cell = styled(row, column, kind);
        cell.setCellValue(date);
    }

    /**
     * Writes a formula with a numeric cached result.
     *
     * @param row  the 0-based row
     * @param column  the 0-based column
     * @param formula  the formula without {@code =}, not null
     * @param cached  the result the library calculated, not null
     * @param kind  the kind of cell, not null
     */
    public void formula(int row, int column, String formula, BigDecimal cached, Kind kind) {
        Objects.requireNonNull(cached, "cached");
        Cell cell = styled(row, column, kind);
        cell.setCellFormula(formula);
        // On a formula cell, POI stores the value as the cached result and keeps the formula.
        cell.setCellValue(cached.doubleValue());
    }

    /**
     * Writes a formula with a text cached result.
     *
     * @param row  the 0-based row
     * @param column  the 0-based column
     * @param formula  the formula without {@code =}, not null
     * @param cached  the text the library calculated, not null
     * @param kind  the kind of cell, not null
     */
    public void formula(int row, int column, String formula, String cached, Kind kind) {
        Objects.requireNonNull(cached, "cached");
        Cell cell = styled(row, column, kind);
        cell.setCellFormula(formula);
        cell.setCellValue(cached);
    }

    /**
     * Styles a cell without giving it a value, so that borders show on empty table cells.
     *
     * @param row  the 0-based row
     * @param column  the 0-based column
     * @param kind  the kind of cell, not null
     */
    public void blank(int row, int column, Kind kind) {
        cell(row, column).setCellStyle(styles.get(kind));
    }

    /**
     * Merges a rectangle of cells and styles every cell in it, so that the borders of the merged area print.
     * The caller writes the value into the top-left cell afterwards, because merging resets that cell's style.
     *
     * @param firstRow  the 0-based first row
     * @param lastRow  the 0-based last row
     * @param firstColumn  the 0-based first column
     * @param lastColumn  the 0-based last column
     * @param kind  the kind of cell, not null
     */
    public void merge(int firstRow, int lastRow, int firstColumn, int lastColumn, Kind kind) {
        CellStyle style = styles.get(kind);
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = firstColumn; c <= lastColumn; c++) {
                cell(r, c).setCellStyle(style);
            }
        }
        if (firstRow != lastRow || firstColumn != lastColumn) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
        }
    }

    /**
     * Sets the height of a row.
     *
     * @param row  the 0-based row
     * @param points  the height in points
     */
    public void height(int row, float points) {
        row(row).setHeightInPoints(points);
    }

    /**
     * Sets the width of a column.
     *
     * @param column  the 0-based column
     * @param characters  the width in characters of the default font
     */
    public void width(int column, int characters) {
        sheet.setColumnWidth(column, characters * 256);
    }

    /** Checks if Excel would read the text as a formula or a signed number when a user types it. */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@';
    }

    private Cell styled(int row, int column, Kind kind) {
        Cell cell = cell(row, column);
        cell.setCellStyle(styles.get(kind));
        return cell;
    }

    private Cell cell(int row, int column) {
        Row r = row(row);
        Cell cell = r.getCell(column);
        return cell == null ? r.createCell(column) : cell;
    }

    private Row row(int row) {
        Row r = sheet.getRow(row);
        return r == null ? sheet.createRow(row) : r;
    }
}
