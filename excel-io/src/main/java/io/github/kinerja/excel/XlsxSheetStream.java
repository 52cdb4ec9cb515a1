package io.github.kinerja.excel;

import io.github.kinerja.excel.internal.CellValue;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.annotation.Nullable;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Feeds the rows of an .xlsx file to a {@link RecapTableReader} with POI's SAX event API ({@link XSSFReader},
 * {@link ReadOnlySharedStringsTable}, {@link XSSFSheetXMLHandler}), one row at a time and without building the
 * sheets in memory.
 *
 * <p>Each cell arrives as text: a number in plain notation without trailing zeros (as {@link ReadContext#text}
 * writes a number cell), text as stored, a formula as its cached result. The shared strings table is read into
 * memory whole; files written by POI's SXSSF store their text inline and have none.
 */
final class XlsxSheetStream {

    private XlsxSheetStream() {}

    /**
     * Feeds every sheet of the file, in workbook order, to the reader.
     *
     * @throws WorkbookReadException if the file is not a readable .xlsx workbook
     */
    static void feed(Path path, String fileName, RecapTableReader reader) {
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            XSSFReader xssf = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = xssf.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) xssf.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String name = sheets.getSheetName();
                    reader.startSheet(name);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings,
                            new RowHandler(name, reader), new PlainNumbers(), false));
                    try {
                        parser.parse(new InputSource(in));
                    } catch (StopSheet e) {
                        // The reader needs no more rows of this sheet.
                    }
                    reader.endSheet();
                }
            }
        } catch (IOException e) {
            throw new WorkbookReadException(WorkbookReadException.Reason.FILE_UNREADABLE, "excel.file.unreadable",
                    fileName, null, null, e, String.valueOf(e.getMessage()));
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof WorkbookReadException read) {
                throw read;
            }
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines()
                    .findFirst().orElse("").strip();
            throw new WorkbookReadException(WorkbookReadException.Reason.DAMAGED, "excel.file.damaged", fileName,
                    null, null, e, detail);
        }
    }

    /** Collects the cells of one row and hands the row to the reader when it ends. */
    private static final class RowHandler implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final String sheet;
        private final RecapTableReader reader;
        private SortedMap<Integer, CellValue> cells = new TreeMap<>();
        private int column;

        RowHandler(String sheet, RecapTableReader reader) {
            this.sheet = sheet;
            this.reader = reader;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new TreeMap<>();
            column = -1;
        }

        @Override
        public void endRow(int rowNum) {
            if (!reader.row(rowNum, cells)) {
                throw new StopSheet();
            }
        }

        @Override
        public void cell(@Nullable String cellReference, @Nullable String formattedValue,
                @Nullable XSSFComment comment) {
            // A cell without a reference follows the previous one, as the file format allows.
            column = cellReference == null ? column + 1 : new CellReference(cellReference).getCol();
            if (formattedValue == null || formattedValue.isBlank()) {
                return;
            }
            String address = cellReference == null ? "" : cellReference;
            cells.put(column, CellValue.text(sheet + "!" + address, formattedValue, null));
        }
    }

    /** Formats numbers in plain notation, without the thousands separators of their cell format. */
    private static final class PlainNumbers extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, @Nullable String formatString) {
            BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
            return (exact.scale() < 0 ? exact.setScale(0) : exact).toPlainString();
        }
    }

    /** Ends the parsing of a sheet whose remaining rows the reader does not need. */
    private static final class StopSheet extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopSheet() {
            super(null, null, false, false);
        }
    }
}
