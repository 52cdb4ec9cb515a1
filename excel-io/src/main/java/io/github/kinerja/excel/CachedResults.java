package io.github.kinerja.excel;

import io.github.kinerja.core.report.Severity;
import io.github.kinerja.excel.internal.CellValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Nullable;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * Checks the cached result of a formula cell against the result POI's {@link FormulaEvaluator} recalculates, so
 * that a workbook saved without recalculating (by a tool that does not calculate, or after a manual edit with
 * calculation switched off) does not pass unnoticed.
 *
 * <p>The evaluator computes the result without writing it into the cell, so the workbook stays as it was read.
 * A difference counts when it exceeds half a unit of the last decimal the cell's number format shows, because the
 * user sees no other difference; under the General format, which shows up to about ten significant digits, a
 * relative difference above 10<sup>-9</sup>. A formula that POI cannot evaluate (a function it does not implement,
 * a reference to another workbook) is reported as information, never as a failure. Not thread-safe.
 */
final class CachedResults {

    private static final BigDecimal GENERAL_RELATIVE_TOLERANCE = new BigDecimal("1E-9");
    private static final int SHOWN_DECIMALS = 6;

    private final Workbook workbook;
    private final Set<String> checked = new HashSet<>();
    @Nullable private FormulaEvaluator evaluator;

    CachedResults(Workbook workbook) {
        this.workbook = workbook;
    }

    /**
     * Reports a stale cached number of a formula cell as a warning, once per cell. Cells without a formula, with
     * a cached result other than a number, or with a reference to another workbook are not checked.
     */
    void check(CellValue value, ReadContext context) {
        Optional<String> formula = value.formula();
        Optional<BigDecimal> cached = value.number();
        if (formula.isEmpty() || cached.isEmpty() || value.hasExternalReference() || !checked.add(value.address())) {
            return;
        }
        Optional<Cell> cell = cell(value.address());
        if (cell.isEmpty()) {
            return;
        }
        org.apache.poi.ss.usermodel.CellValue recalculated;
        try {
            recalculated = evaluator().evaluate(cell.get());
        } catch (RuntimeException e) {
            // POI reports an unsupported function (NotImplementedException), a missing external workbook and a
            // formula it cannot parse through different runtime exceptions. The cached result is kept in each case.
            context.add("excel.formula.notRecalculated", Severity.INFO, value.address(), formula.get(),
                    cached.get().toPlainString());
            return;
        }
        if (recalculated == null) {
            return;
        }
        if (recalculated.getCellType() == CellType.NUMERIC) {
            BigDecimal number = ReadContext.normal(BigDecimal.valueOf(recalculated.getNumberValue()));
            if (number.subtract(cached.get()).abs().compareTo(tolerance(cell.get(), number)) > 0) {
                context.add("excel.formula.staleResult", Severity.WARNING, value.address(), formula.get(),
                        display(cached.get()), display(number));
            }
        } else if (recalculated.getCellType() == CellType.ERROR) {
            context.add("excel.formula.staleResult", Severity.WARNING, value.address(), formula.get(),
                    display(cached.get()), errorName(recalculated.getErrorValue()));
        }
    }

    /**
     * Checks if the row of a cell contains a formula, so that the workbook calculates with the row's values: a number
     * typed as text there is skipped by COUNT and SUM, or makes arithmetic fail, in the workbook's own totals.
     */
    boolean rowCalculates(String address) {
        int separator = address.lastIndexOf('!');
        Sheet sheet = separator < 0 ? null : workbook.getSheet(address.substring(0, separator));
        if (sheet == null) {
            return false;
        }
        Row row = sheet.getRow(new CellReference(address.substring(separator + 1)).getRow());
        if (row == null) {
            return false;
        }
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
                return true;
            }
        }
        return false;
    }

    private FormulaEvaluator evaluator() {
        FormulaEvaluator current = evaluator;
        if (current == null) {
            current = workbook.getCreationHelper().createFormulaEvaluator();
            // A precedent that refers to another workbook then counts with its cached result, so the rest of the
            // formula is still checked.
            current.setIgnoreMissingWorkbooks(true);
            evaluator = current;
        }
        return current;
    }

    // The address is "Sheet!A1" with the sheet name as written, which may itself contain "!".
    private Optional<Cell> cell(String address) {
        int separator = address.lastIndexOf('!');
        if (separator < 0) {
            return Optional.empty();
        }
        Sheet sheet = workbook.getSheet(address.substring(0, separator));
        if (sheet == null) {
            return Optional.empty();
        }
        CellReference reference = new CellReference(address.substring(separator + 1));
        Row row = sheet.getRow(reference.getRow());
        return Optional.ofNullable(row == null ? null : row.getCell(reference.getCol()));
    }

    /** Returns the largest difference the cell's number format does not show. */
    static BigDecimal tolerance(Cell cell, BigDecimal value) {
        String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
        Optional<Integer> decimals = shownDecimals(format);
        if (decimals.isEmpty()) {
            return GENERAL_RELATIVE_TOLERANCE.multiply(value.abs().max(BigDecimal.ONE));
        }
        return BigDecimal.ONE.movePointLeft(decimals.get()).divide(BigDecimal.valueOf(2));
    }

    /**
     * Returns the number of decimals of the stored value that a number format such as {@code 0.00},
     * {@code #,##0.0_);(#,##0.0)} or {@code 0.00%} shows, or empty for General, text and scientific formats.
     */
    static Optional<Integer> shownDecimals(@Nullable String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("General") || format.equals("@")) {
            return Optional.empty();
        }
        // The first section formats positive numbers. Quoted text and escaped characters show no digits.
        StringBuilder plain = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\\' || c == '_' || c == '*')) {
                i++;
            } else if (!quoted && c == ';') {
                break;
            } else if (!quoted) {
                plain.append(c);
            }
        }

        String section = plain.toString();
        boolean digits = section.indexOf('0') >= 0 || section.indexOf('#') >= 0;
        if (!digits || section.contains("E+") || section.contains("e+")) {
            return Optional.empty();
        }

        int decimals = 0;
        int point = section.indexOf('.');
        if (point >= 0) {
            for (int i = point + 1; i < section.length() && "0#?".indexOf(section.charAt(i)) >= 0; i++) {
                decimals++;
            }
        }
        return Optional.of(section.indexOf('%') >= 0 ? decimals + 2 : decimals);
    }

    private static String display(BigDecimal value) {
        BigDecimal shortened = value.scale() > SHOWN_DECIMALS ? value.setScale(SHOWN_DECIMALS, RoundingMode.HALF_UP)
                : value;
        return ReadContext.normal(shortened).toPlainString();
    }

    private static String errorName(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR(" + code + ")";
        }
    }
}
