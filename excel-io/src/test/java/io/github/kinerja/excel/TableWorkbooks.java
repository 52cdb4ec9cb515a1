package io.github.kinerja.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes flat tables as .xls or .xlsx workbooks, for tests of the table readers: each row is a list of cells,
 * where a {@link String} is a text cell, a {@link Number} a number cell, a {@link LocalDate} a date cell and
 * {@code null} no cell.
 */
final class TableWorkbooks {

    /** The file format. */
    enum Format {
        XLS, XLSX;

        String fileName(String base) {
            return base + "." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final List<List<Object>> rows = new ArrayList<>();
    private final List<CellRangeAddress> merged = new ArrayList<>();
    private String sheetName = "Sheet1";

    /** Sets the name of the sheet. */
    TableWorkbooks sheet(String name) {
        this.sheetName = name;
        return this;
    }

    /** Adds a row of cells. */
    TableWorkbooks row(Object... cells) {
        rows.add(Arrays.asList(cells));
        return this;
    }

    /** Adds a blank row. */
    TableWorkbooks blank() {
        rows.add(List.of());
        return this;
    }

    /** Merges a range such as {@code B6:B7}. */
    TableWorkbooks merge(String range) {
        merged.add(CellRangeAddress.valueOf(range));
        return this;
    }

    /** Returns the workbook's bytes. */
    byte[] bytes(Format format) {
        try (Workbook workbook = format == Format.XLS ? new HSSFWorkbook() : new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            for (CellRangeAddress range : merged) {
                sheet.addMergedRegion(range);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the workbook with the generic reader. */
    WorkbookReadResult read(Format format, String baseName) {
        return WorkbookReader.standard().read(new ByteArrayInputStream(bytes(format)), format.fileName(baseName));
    }
}
