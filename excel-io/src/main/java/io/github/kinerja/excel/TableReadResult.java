package io.github.kinerja.excel;

import io.github.kinerja.core.report.Report;
import java.util.Objects;

/**
 * The content of a flat table, such as a recap or an export with one row per employee, RHK or activity, in its core
 * model, with the sheet it was read from and the report of the read.
 *
 * <p>Instances are immutable and thread-safe when the content is.
 *
 * @param <T>  the type of the content, such as {@link io.github.kinerja.core.recap.UnitRecap}
 */
public final class TableReadResult<T> {

    private final String fileName;
    private final WorkbookLayout layout;
    private final String sheetName;
    private final T content;
    private final Report report;

    TableReadResult(String fileName, WorkbookLayout layout, String sheetName, T content, Report report) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.sheetName = Objects.requireNonNull(sheetName, "sheetName");
        this.content = Objects.requireNonNull(content, "content");
        this.report = Objects.requireNonNull(report, "report");
    }

    /** Returns the name of the file, as given to the reader. */
    public String fileName() {
        return fileName;
    }

    /** Returns the layout of the table. */
    public WorkbookLayout layout() {
        return layout;
    }

    /** Returns the name of the sheet the table was read from. */
    public String sheetName() {
        return sheetName;
    }

    /** Returns the content of the table; a list or a recap whose rows may be empty. */
    public T content() {
        return content;
    }

    /** Returns the findings of the read, in the order they were made. */
    public Report report() {
        return report;
    }

    @Override
    public String toString() {
        return "TableReadResult[" + fileName + ", " + layout + ", " + sheetName + ", " + report.findings().size()
                + " findings]";
    }
}
