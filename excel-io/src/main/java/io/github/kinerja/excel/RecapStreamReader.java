package io.github.kinerja.excel;

import io.github.kinerja.core.recap.RecapRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Reads a PermenPANRB 6/2022 unit recap row by row, for recaps too large to hold in memory: the recap that
 * {@code Permen2022RecapWriter} writes ({@link WorkbookLayout#PERMEN2022_UNIT_RECAP}, with its continuation sheets)
 * and the BKN <i>Laporan Penilaian SKP</i> export ({@link WorkbookLayout#BKN_LAPORAN_PENILAIAN_SKP}).
 *
 * <p>Each employee row goes to the consumer as soon as it is read, and the reader keeps none of them.
 * <ul>
 *   <li>An .xlsx file is parsed with POI's SAX event API, so the memory needed does not grow with the number of
 *       rows; only the shared strings table of the file, if it has one, is held whole.
 *   <li>An .xls file is opened with POI's usermodel, which keeps the whole workbook in memory; a BIFF8 sheet has at most
 *       65 536 rows.
 * </ul>
 * Findings name the sheet and cell, as {@code REKAP PREDIKAT!B9}, and are collected in the result's report; the
 * report grows with the number of doubtful cells, not with the number of rows.
 *
 * <pre>{@code
 * RecapStreamResult result = RecapStreamReader.standard().read(Path.of("rekap.xlsx"), row -> database.insert(row));
 * result.rowCount();
 * }</pre>
 *
 * <p>Unlike {@link WorkbookReader}, the sheets are read in workbook order whether hidden or not, and merged cells of
 * an .xlsx file are not resolved to their top-left cell (the recap layouts merge no employee cells).
 *
 * <p>Instances are immutable and thread-safe; each read opens its own file.
 */
public final class RecapStreamReader {

    private static final RecapStreamReader STANDARD = new RecapStreamReader();

    private RecapStreamReader() {}

    /** Returns the reader. */
    public static RecapStreamReader standard() {
        return STANDARD;
    }

    /**
     * Reads a recap file and hands each employee row to {@code rows}, in sheet and row order.
     *
     * @param path  the .xlsx or .xls file, not null
     * @param rows  the consumer of the rows, called once per employee, not null
     * @return the layout, the metadata, the number of rows and the findings, not null
     * @throws WorkbookReadException if the file cannot be opened or a header the layout needs is missing
     * @throws UnsupportedLayoutException if no sheet has the header row of either recap
     */
    public RecapStreamResult read(Path path, Consumer<? super RecapRow> rows) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rows, "rows");
        String fileName = path.toString();
        RecapTableReader reader;
        if (isOoxml(path)) {
            RecapTableReader streamed = new RecapTableReader(fileName, rows);
            XlsxSheetStream.feed(path, fileName, streamed);
            reader = streamed.finish();
        } else {
            // Workbooks reports a missing, empty or foreign file, and opens an .xls file.
            reader = Workbooks.read(path, (workbook, name) -> RecapTableReader.read(workbook, name, rows));
        }
        return new RecapStreamResult(fileName, reader.layout(), reader.sheetsRead(), reader.metadata(),
                reader.rowCount(), reader.report());
    }

    private static boolean isOoxml(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        try {
            return FileMagic.valueOf(path.toFile()) == FileMagic.OOXML;
        } catch (IOException e) {
            // Workbooks.read reports the unreadable file with its cause.
            return false;
        }
    }

    @Override
    public String toString() {
        return "RecapStreamReader";
    }
}
