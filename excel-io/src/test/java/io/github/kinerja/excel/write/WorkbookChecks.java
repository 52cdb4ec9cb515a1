package io.github.kinerja.excel.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/** Checks on written workbooks: formulas against their cached results, and text dumps of cells. */
final class WorkbookChecks {

    /** The largest difference between two numbers of a sheet that counts as equal: float noise of a score. */
    static final double TOLERANCE = 1e-9;

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    private WorkbookChecks() {}

    /**
     * Checks a workbook against a golden file in {@code src/test/resources/golden}, cell by cell as {@link #dump}
     * lists them. With {@code -Dgolden.update=true} the file is rewritten instead, for review of the diff.
     */
    static void assertMatchesGolden(String name, Workbook written) throws IOException {
        List<String> actual;
        try (Workbook reopened = open(bytes(written))) {
            actual = dump(reopened);
        }
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.write(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as("golden file; run the test with -Dgolden.update=true to create it").exists();
        assertThat(actual).containsExactlyElementsOf(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** Returns the bytes of a workbook and closes it. */
    static byte[] bytes(Workbook workbook) {
        try (workbook) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens workbook bytes of either format. */
    static Workbook open(byte[] bytes) {
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Evaluates every formula with POI's evaluator, from the input cells and not from cached results, and checks
     * that each result equals the cached one the writer stored. Returns the number of formulas checked.
     */
    static int assertFormulasMatchCachedValues(Workbook workbook) {
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        int checked = 0;
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    String where = sheet.getSheetName() + "!" + new CellReference(cell).formatAsString(false)
                            + " =" + cell.getCellFormula();
                    CellValue evaluated = evaluator.evaluate(cell);
                    CellType cached = cell.getCachedFormulaResultType();
                    assertThat(evaluated.getCellType()).as(where).isEqualTo(cached);
                    if (cached == CellType.NUMERIC) {
                        assertClose(where, evaluated.getNumberValue(), cell.getNumericCellValue());
                    } else {
                        assertThat(evaluated.getStringValue()).as(where).isEqualTo(cell.getStringCellValue());
                    }
                    checked++;
                }
            }
        }
        return checked;
    }

    static void assertClose(String where, double actual, double expected) {
        double allowed = TOLERANCE * Math.max(1, Math.abs(expected));
        assertThat(Math.abs(actual - expected)).as(where + ": " + actual + " vs " + expected)
                .isLessThanOrEqualTo(allowed);
    }

    /** Returns the numeric value of a cell as the exact decimal of its stored double. */
    static BigDecimal number(Cell cell) {
        return BigDecimal.valueOf(cell.getNumericCellValue());
    }

    /** Returns the cell at an A1 address of a sheet, failing if it does not exist. */
    static Cell cell(Workbook workbook, String sheet, String address) {
        CellReference ref = new CellReference(address);
        Row row = workbook.getSheet(sheet).getRow(ref.getRow());
        assertThat(row).as(sheet + "!" + address).isNotNull();
        Cell cell = row.getCell(ref.getCol());
        assertThat(cell).as(sheet + "!" + address).isNotNull();
        return cell;
    }

    /**
     * Dumps the cells of a workbook as lines {@code Sheet!A1 TYPE value}, with the formula and the type of its
     * cached result for formula cells, followed by the merged regions of each sheet. Numbers are printed as the
     * shortest decimal of the stored double.
     */
    static List<String> dump(Workbook workbook) {
        List<String> lines = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String at = sheet.getSheetName() + "!" + new CellReference(cell).formatAsString(false);
                    String value = value(cell);
                    if (value != null) {
                        lines.add(at + " " + value);
                    }
                }
            }
            List<String> merged = new ArrayList<>();
            sheet.getMergedRegions().forEach(region -> merged.add(region.formatAsString()));
            merged.sort(null);
            lines.add(sheet.getSheetName() + " merged " + String.join(" ", merged));
        }
        return lines;
    }

    private static String value(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> "STRING " + quote(cell.getStringCellValue());
            case NUMERIC -> "NUMERIC " + plain(cell.getNumericCellValue());
            case BOOLEAN -> "BOOLEAN " + cell.getBooleanCellValue();
            case FORMULA -> "FORMULA =" + cell.getCellFormula() + " -> " + switch (cell.getCachedFormulaResultType()) {
                case NUMERIC -> "NUMERIC " + plain(cell.getNumericCellValue());
                case STRING -> "STRING " + quote(cell.getStringCellValue());
                default -> cell.getCachedFormulaResultType().toString();
            };
            default -> null;
        };
    }

    private static String plain(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return (decimal.scale() < 0 ? decimal.setScale(0) : decimal).toPlainString();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"") + "\"";
    }
}
