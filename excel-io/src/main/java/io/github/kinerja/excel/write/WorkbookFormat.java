package io.github.kinerja.excel.write;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The file format of a written workbook.
 */
public enum WorkbookFormat {
    /** The Excel 97-2003 binary format (BIFF8), file extension {@code .xls}. */
    XLS(".xls"),
    /** The Office Open XML format of Excel 2007 and later, file extension {@code .xlsx}. */
    XLSX(".xlsx");

    private final String extension;

    WorkbookFormat(String extension) {
        this.extension = extension;
    }

    /**
     * Obtains the format that a file name's extension names, in any letter case.
     *
     * @param file  the file, whose name ends in {@code .xls} or {@code .xlsx}, not null
     * @return the format, not null
     * @throws IllegalArgumentException if the name ends in neither extension
     */
    public static WorkbookFormat fromFileName(Path file) {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (WorkbookFormat format : values()) {
            if (text.endsWith(format.extension)) {
                return format;
            }
        }
        throw new IllegalArgumentException("file name must end in .xls or .xlsx to choose the format, was \""
                + file + "\"");
    }

    /** Returns the file extension with its dot, {@code .xls} or {@code .xlsx}. */
    public String extension() {
        return extension;
    }

    /** Creates an empty workbook of this format; the caller closes it. */
    Workbook createWorkbook() {
        return this == XLS ? new HSSFWorkbook() : new XSSFWorkbook();
    }
}
