package io.github.kinerja.excel;

import io.github.kinerja.core.recap.RecapRow;
import io.github.kinerja.core.recap.UnitRecap;
import io.github.kinerja.core.report.Report;
import io.github.kinerja.core.report.Severity;
import io.github.kinerja.excel.internal.CellValue;
import io.github.kinerja.excel.internal.Labels;
import io.github.kinerja.excel.internal.SheetView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.annotation.Nullable;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads a PermenPANRB 6/2022 recap from rows fed one at a time, sheet by sheet, and hands each employee row to a
 * consumer as soon as it is read. It keeps at most the first {@value HeaderSearch#ROWS} rows of a sheet while it
 * looks for the header row, so the memory it needs does not grow with the number of employees.
 *
 * <p>Two layouts are read:
 * <ul>
 *   <li>the recap of {@code Permen2022RecapWriter} ({@link WorkbookLayout#PERMEN2022_UNIT_RECAP}): every sheet with
 *       its column header row is part of it, in workbook order, so the continuation sheets of a long recap are read
 *       too. On each sheet the employees end at the first missing row or the first row whose columns A to D are
 *       blank, where the distribution table begins;
 *   <li>the BKN <i>Laporan Penilaian SKP</i> export ({@link WorkbookLayout#BKN_LAPORAN_PENILAIAN_SKP}): the first
 *       sheet with its header row, every non-empty row after it.
 * </ul>
 * The first sheet with either header row decides the layout. Not thread-safe: one instance reads one workbook.
 */
final class RecapTableReader {

    /** The headers that identify the recap of {@code Permen2022RecapWriter}, for messages. */
    static final String EXPECTED_HEADERS = "\"NIP\" + \"NAMA\" + \"RATING HASIL KERJA\" + \"RATING PERILAKU KERJA\""
            + " + \"PREDIKAT KINERJA PEGAWAI\" (REKAPITULASI PREDIKAT KINERJA PEGAWAI)";

    private static final String TITLE = "rekapitulasi predikat kinerja pegawai";
    private static final int LAST_IDENTITY_COLUMN = 3;

    private enum State { LOOKING_FOR_HEADER, READING, SKIPPING }

    private final String fileName;
    private final Consumer<? super RecapRow> rows;
    private final ReadContext context;
    private final UnitRecap.Builder metadata = UnitRecap.builder();
    private final List<String> sheetNames = new ArrayList<>();
    private final List<String> sheetsRead = new ArrayList<>();
    @Nullable private WorkbookLayout layout;
    private int rowCount;

    // The state of the current sheet.
    private String sheet = "";
    private State state = State.SKIPPING;
    private final List<SortedMap<Integer, CellValue>> buffered = new ArrayList<>();
    @Nullable private RecapRows.Columns columns;
    private int headerRow;
    private int headerLastColumn;
    private int lastRowIndex;
    private int sheetRows;

    RecapTableReader(String fileName, Consumer<? super RecapRow> rows) {
        this.fileName = fileName;
        this.rows = rows;
        this.context = new ReadContext(fileName);
    }

    /**
     * Reads a recap of either layout from a workbook in memory, sheet by sheet in workbook order.
     *
     * @throws UnsupportedLayoutException if no sheet has the header row of either layout
     */
    static RecapTableReader read(Workbook workbook, String fileName, Consumer<? super RecapRow> rows) {
        RecapTableReader reader = new RecapTableReader(fileName, rows);
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            SheetView view = new SheetView(workbook.getSheetAt(i));
            Sheet sheet = view.sheet();
            reader.startSheet(view.name());
            for (int r = 0; r <= view.lastRow(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                SortedMap<Integer, CellValue> cells = new TreeMap<>();
                for (int c = 0; c <= view.lastColumn(r); c++) {
                    CellValue value = view.value(r, c);
                    if (!value.isBlank()) {
                        cells.put(c, value);
                    }
                }
                if (!reader.row(r, cells)) {
                    break;
                }
            }
            reader.endSheet();
        }
        return reader.finish();
    }

    /** Reads the recap of {@code Permen2022RecapWriter} from a workbook in memory into a table result. */
    static TableReadResult<UnitRecap> readKinerjaRecap(Workbook workbook, String fileName) {
        List<RecapRow> read = new ArrayList<>();
        RecapTableReader reader = read(workbook, fileName, read::add);
        UnitRecap recap = UnitRecap.builder().from(reader.metadata()).rows(read).build();
        return new TableReadResult<>(fileName, reader.layout(), reader.sheetsRead().get(0), recap, reader.report());
    }

    /** Checks if the sheet has the column header row of the recap of {@code Permen2022RecapWriter}. */
    static boolean matchesKinerjaRecap(SheetView view) {
        return HeaderRow.find(view, RecapRows.KINERJA_RECAP_ANCHORS).isPresent();
    }

    /** Starts a new sheet; rows of the previous one must have ended with {@link #endSheet()}. */
    void startSheet(String name) {
        sheet = name;
        sheetNames.add(name);
        buffered.clear();
        columns = null;
        lastRowIndex = -1;
        sheetRows = 0;
        boolean bknDone = layout == WorkbookLayout.BKN_LAPORAN_PENILAIAN_SKP;
        state = bknDone ? State.SKIPPING : State.LOOKING_FOR_HEADER;
    }

    /**
     * Takes the next row of the current sheet.
     *
     * @param index  the 0-based row index, greater than that of the previous row
     * @param cells  the non-blank cells by 0-based column
     * @return false when the rest of the sheet is of no interest and the caller may stop feeding it
     */
    boolean row(int index, SortedMap<Integer, CellValue> cells) {
        switch (state) {
            case LOOKING_FOR_HEADER -> lookForHeader(index, cells);
            case READING -> readRow(index, cells);
            case SKIPPING -> {
                return false;
            }
        }
        lastRowIndex = index;
        return state != State.SKIPPING;
    }

    /** Ends the current sheet. */
    void endSheet() {
        if (columns != null && sheetRows == 0) {
            context.add("excel.table.noRows", Severity.INFO, sheet + "!" + new CellReference(headerRow, 0)
                    .formatAsString(false), sheet, headerRow + 1);
        }
        buffered.clear();
        state = State.SKIPPING;
    }

    /**
     * Ends the read.
     *
     * @throws UnsupportedLayoutException if no sheet had the header row of either layout
     */
    RecapTableReader finish() {
        if (layout == null) {
            throw new UnsupportedLayoutException(fileName, List.copyOf(sheetNames),
                    List.of(EXPECTED_HEADERS, BknReportParser.EXPECTED_HEADERS));
        }
        return this;
    }

    /** Returns the layout found; call after {@link #finish()}. */
    WorkbookLayout layout() {
        if (layout == null) {
            throw new IllegalStateException("no layout found yet; call finish() first");
        }
        return layout;
    }

    /** Returns the metadata of the recap, without rows. */
    UnitRecap metadata() {
        return metadata.build();
    }

    /** Returns the names of the sheets rows were read from, in order. */
    List<String> sheetsRead() {
        return List.copyOf(sheetsRead);
    }

    /** Returns the number of employee rows handed to the consumer. */
    int rowCount() {
        return rowCount;
    }

    /** Returns the findings so far. */
    Report report() {
        return context.report();
    }

    private void lookForHeader(int index, SortedMap<Integer, CellValue> cells) {
        if (index >= HeaderSearch.ROWS) {
            state = State.SKIPPING;
            return;
        }
        Map<String, Integer> headers = headers(cells);
        boolean kinerja = layout != WorkbookLayout.BKN_LAPORAN_PENILAIAN_SKP
                && RecapRows.KINERJA_RECAP_ANCHORS.stream().allMatch(headers::containsKey);
        boolean bkn = layout == null && BknReportParser.ANCHORS.stream().allMatch(headers::containsKey)
                && List.of("hasil kerja", "perilaku kerja", "hasil akhir").stream().anyMatch(headers::containsKey);
        if (!kinerja && !bkn) {
            buffered.add(cells);
            return;
        }
        boolean first = layout == null;
        layout = kinerja ? WorkbookLayout.PERMEN2022_UNIT_RECAP : WorkbookLayout.BKN_LAPORAN_PENILAIAN_SKP;
        StreamedHeader header = new StreamedHeader(sheet, index, headers, cells);
        columns = kinerja ? RecapRows.Columns.kinerjaRecap(header, fileName)
                : RecapRows.Columns.bkn(header, fileName);
        headerRow = index;
        headerLastColumn = headers.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (first) {
            readMetadata(kinerja);
        }
        buffered.clear();
        sheetsRead.add(sheet);
        state = State.READING;
    }

    private void readRow(int index, SortedMap<Integer, CellValue> cells) {
        RecapRows.Columns current = columns;
        if (current == null) {
            throw new IllegalStateException("reading rows before the header row of sheet " + sheet);
        }
        RecapRows.RowCells row = column -> {
            CellValue value = cells.get(column);
            return value != null ? value
                    : CellValue.blank(sheet + "!" + new CellReference(index, column).formatAsString(false));
        };
        if (layout == WorkbookLayout.PERMEN2022_UNIT_RECAP) {
            if (index != lastRowIndex + 1 || RecapRows.isEmpty(row, LAST_IDENTITY_COLUMN)) {
                state = State.SKIPPING;
                return;
            }
        } else if (RecapRows.isEmpty(row, headerLastColumn)) {
            return;
        }
        Optional<RecapRow> read = RecapRows.read(row, current, context);
        if (read.isPresent()) {
            rowCount++;
            sheetRows++;
            rows.accept(read.get());
        }
    }

    // Metadata rows of the recap hold a label in column A and its value in column C; those of the BKN export hold
    // "Label : value" in one cell, or the label in one cell and the value in the next.
    private void readMetadata(boolean kinerja) {
        for (SortedMap<Integer, CellValue> cells : buffered) {
            List<String> texts = new ArrayList<>();
            for (CellValue value : cells.values()) {
                context.text(value).ifPresent(texts::add);
            }
            if (texts.isEmpty()) {
                continue;
            }
            String first = texts.get(0);
            Optional<String> next = texts.size() > 1 ? Optional.of(texts.get(1)) : Optional.empty();
            if (!kinerja) {
                BknReportParser.applyMetadata(first, () -> next.map(t -> t.startsWith(":") ? t.substring(1).strip()
                        : t).filter(t -> !t.isEmpty()), metadata);
            } else if (Labels.is(first, TITLE)) {
                metadata.title(first);
            } else if (Labels.is(first, "unit kerja") && next.isPresent()) {
                metadata.unor(next.get());
            } else if (Labels.is(first, "periode") && next.isPresent()) {
                metadata.periode(next.get());
            }
        }
    }

    private static Map<String, Integer> headers(SortedMap<Integer, CellValue> cells) {
        Map<String, Integer> headers = new LinkedHashMap<>();
        for (Map.Entry<Integer, CellValue> cell : cells.entrySet()) {
            if (cell.getKey() >= HeaderSearch.COLUMNS) {
                break;
            }
            String header = Labels.normalize(cell.getValue().text());
            if (!header.isEmpty()) {
                headers.putIfAbsent(header, cell.getKey());
            }
        }
        return headers;
    }

    /** The header row of a streamed sheet. */
    private static final class StreamedHeader implements RecapRows.HeaderLookup {

        private final String sheet;
        private final int row;
        private final Map<String, Integer> columns;
        private final SortedMap<Integer, CellValue> cells;

        StreamedHeader(String sheet, int row, Map<String, Integer> columns, SortedMap<Integer, CellValue> cells) {
            this.sheet = sheet;
            this.row = row;
            this.columns = columns;
            this.cells = cells;
        }

        @Override
        public Optional<Integer> column(String... headers) {
            for (String header : headers) {
                Integer column = columns.get(Labels.normalize(header));
                if (column != null) {
                    return Optional.of(column);
                }
            }
            return Optional.empty();
        }

        @Override
        public int required(String fileName, String header) {
            return column(header).orElseThrow(() -> {
                List<String> found = new ArrayList<>();
                for (int column : columns.values()) {
                    CellValue value = cells.get(column);
                    if (value != null) {
                        found.add(ReadContext.clean(value.text()));
                    }
                }
                return new WorkbookReadException(WorkbookReadException.Reason.MISSING_CONTENT,
                        "excel.table.columnMissing", fileName, sheet,
                        sheet + "!" + new CellReference(row, 0).formatAsString(false), null, header, sheet, row + 1,
                        String.join(", ", found));
            });
        }
    }
}
