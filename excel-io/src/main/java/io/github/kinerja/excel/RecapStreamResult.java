package io.github.kinerja.excel;

import io.github.kinerja.core.recap.UnitRecap;
import io.github.kinerja.core.report.Report;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a {@link RecapStreamReader} read: the layout, the recap's metadata, the number of employee rows
 * handed to the consumer and the findings. The rows themselves went to the consumer and are not kept.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RecapStreamResult {

    private final String fileName;
    private final WorkbookLayout layout;
    private final List<String> sheetNames;
    private final UnitRecap metadata;
    private final int rowCount;
    private final Report report;

    RecapStreamResult(String fileName, WorkbookLayout layout, List<String> sheetNames, UnitRecap metadata,
            int rowCount, Report report) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.sheetNames = List.copyOf(sheetNames);
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.rowCount = rowCount;
        this.report = Objects.requireNonNull(report, "report");
    }

    /** Returns the name of the file, as given to the reader. */
    public String fileName() {
        return fileName;
    }

    /** Returns the layout: {@link WorkbookLayout#PERMEN2022_UNIT_RECAP} or the BKN export. */
    public WorkbookLayout layout() {
        return layout;
    }

    /** Returns the names of the sheets the rows were read from, in order. */
    public List<String> sheetNames() {
        return sheetNames;
    }

    /** Returns the metadata of the recap (title, unit, periode and the like), with no rows. */
    public UnitRecap metadata() {
        return metadata;
    }

    /** Returns the number of employee rows handed to the consumer. */
    public int rowCount() {
        return rowCount;
    }

    /** Returns the findings of the read, in the order they were made. */
    public Report report() {
        return report;
    }

    @Override
    public String toString() {
        return "RecapStreamResult[" + fileName + ", " + layout + ", " + rowCount + " rows, "
                + report.findings().size() + " findings]";
    }
}
