package io.github.kinerja.excel.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;
import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Read access to one sheet by 0-based row and column, resolving merged cells to their top-left cell and formula
 * cells to their cached result.
 *
 * <p>Hidden rows and columns are read like visible ones; {@link #isRowHidden(int)} and
 * {@link #isColumnHidden(int)} let a reader decide what to do about them. Not thread-safe, like the POI sheet it
 * wraps.
 */
public final class SheetView {

    private final Sheet sheet;
    private final List<CellRangeAddress> mergedRegions;

    /**
     * Obtains a view of a sheet.
     *
     * @param sheet  the POI sheet, not null
     */
    public SheetView(Sheet sheet) {
        this.sheet = Objects.requireNonNull(sheet, "sheet");
        this.mergedRegions = List.copyOf(sheet.getMergedRegions());
    }

    /** Returns the sheet's name. */
    public String name() {
        return sheet.getSheetName();
    }

    /** Returns the underlying POI sheet. */
    public Sheet sheet() {
        return sheet;
    }

    /** Returns the 0-based index of the last row that exists in the file, or -1 for an empty sheet. */
    public int lastRow() {
        return sheet.getPhysicalNumberOfRows() == 0 ? -1 : sheet.getLastRowNum();
    }

    /** Returns the 0-based index of the last column that has a cell in the row, or -1 if the row has none. */
    public int lastColumn(int row) {
        Row r = sheet.getRow(row);
        return r == null ? -1 : r.getLastCellNum() - 1;
    }

    /**
     * Returns the address of a cell as {@code Sheet!A1}.
     *
     * @param row  the 0-based row
     * @param column  the 0-based column
     * @return the address, not null
     */
    public String address(int row, int column) {
        return sheet.getSheetName() + "!" + new CellReference(row, column).formatAsString(false);
    }

    /**
     * Returns the merged region that contains the cell, if any.
     *
     * @param row  the 0-based row
     * @param column  the 0-based column
     * @return the region, or empty if the cell is not merged, not null
     */
    public Optional<CellRangeAddress> mergedRegion(int row, int column) {
        for (CellRangeAddress region : mergedRegions) {
            if (region.isInRange(row, column)) {
                return Optional.of(region);
            }
        }
        return Optional.empty();
    }

    /** Returns the last column the cell spans: the end of its merged region, or the column itself. */
    public int lastColumnOf(int row, int column) {
        return mergedRegion(row, column).map(CellRangeAddress::getLastColumn).orElse(column);
    }

    /** Returns the last row the cell spans: the end of its merged region, or the row itself. */
    public int lastRowOf(int row, int column) {
        return mergedRegion(row, column).map(CellRangeAddress::getLastRow).orElse(row);
    }

    /** Checks if the row is hidden (zero height). */
    public boolean isRowHidden(int row) {
        Row r = sheet.getRow(row);
        return r != null && r.getZeroHeight();
    }

    /** Checks if the column is hidden. */
    public boolean isColumnHidden(int column) {
        return sheet.isColumnHidden(column);
    }

    /**
     * Returns the value of a cell; inside a merged region, the value of the region's top-left cell.
     *
     * @param row  the 0-based row
     * @param column  the 0-based column
     * @return the value, blank for a missing cell, not null
     */
    public CellValue value(int row, int column) {
        Optional<CellRangeAddress> region = mergedRegion(row, column);
        int r = region.map(CellRangeAddress::getFirstRow).orElse(row);
        int c = region.map(CellRangeAddress::getFirstColumn).orElse(column);
        Row poiRow = sheet.getRow(r);
        Cell cell = poiRow == null ? null : poiRow.getCell(c);
        String address = address(r, c);
        return cell == null ? CellValue.blank(address) : read(cell, address);
    }

    /**
     * Returns the text of a cell as {@link CellValue#text()} gives it.
     *
     * @param row  the 0-based row
     * @param column  the 0-based column
     * @return the text, empty for a blank cell, not null
     */
    public String text(int row, int column) {
        return value(row, column).text();
    }

    /**
     * Checks if every cell of the row from column 0 to {@code lastColumn} is blank.
     *
     * @param row  the 0-based row
     * @param lastColumn  the last 0-based column to look at
     * @return true if the row has no value in that range
     */
    public boolean isRowBlank(int row, int lastColumn) {
        for (int c = 0; c <= lastColumn; c++) {
            if (!value(row, c).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static CellValue read(Cell cell, String address) {
        CellType type = cell.getCellType();
        String formula = null;
        if (type == CellType.FORMULA) {
            formula = formulaText(cell);
            if (cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV()) {
                return CellValue.error(address, CellValue.NO_CACHED_VALUE, formula);
            }
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case NUMERIC -> CellValue.number(address, decimal(cell.getNumericCellValue()),
                    isPercentFormat(cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString()),
                    DateUtil.isCellDateFormatted(cell), formula);
            case STRING -> CellValue.text(address, cell.getStringCellValue(), formula);
            case BOOLEAN -> CellValue.bool(address, cell.getBooleanCellValue(), formula);
            case ERROR -> CellValue.error(address, errorName(cell.getErrorCellValue()), formula);
            default -> CellValue.blank(address);
        };
    }

    // The shortest decimal that reads back as the stored double, without a ".0" on whole numbers: 14.0 gives 14.
    static BigDecimal decimal(double value) {
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0) : exact;
    }

    @Nullable
    private static String formulaText(Cell cell) {
        try {
            return cell.getCellFormula();
        } catch (FormulaParseException | IllegalStateException e) {
            // POI cannot render some formulas of foreign writers; the cached result is still valid.
            return "?";
        }
    }

    private static String errorName(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR(" + code + ")";
        }
    }

    // A "%" outside quoted literals and escapes makes Excel show the value times 100 with a percent sign.
    private static boolean isPercentFormat(@Nullable String format) {
        if (format == null) {
            return false;
        }
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '%' && !quoted) {
                return true;
            }
        }
        return false;
    }
}
