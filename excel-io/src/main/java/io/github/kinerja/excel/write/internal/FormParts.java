package io.github.kinerja.excel.write.internal;

import io.github.kinerja.core.Person;
import io.github.kinerja.excel.write.internal.FormStyles.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The parts the PP 46/2011 forms share: identity blocks, signature blocks, number cells and the page setup.
 */
public final class FormParts {

    /** The text of an empty name in a signature block, for the appraiser to write by hand. */
    static final String NAME_PLACEHOLDER = "(....................................)";
    /** The text of an empty place before the signing date. */
    static final String PLACE_PLACEHOLDER = "....................,";

    private static final List<String> IDENTITY_LABELS =
            List.of("Nama", "NIP", "Pangkat/Gol.Ruang", "Jabatan", "Unit Kerja");
    private static final float LINE_HEIGHT = 13f;
    private static final float MINIMUM_HEIGHT = 15f;

    private FormParts() {}

    /**
     * The columns of one identity block: the row number, the label and the value, each a span of columns.
     *
     * @param number  the column of the row numbers
     * @param labelFirst  the first column of the labels
     * @param labelLast  the last column of the labels
     * @param valueFirst  the first column of the values
     * @param valueLast  the last column of the values
     */
    public record IdentityColumns(int number, int labelFirst, int labelLast, int valueFirst, int valueLast) {}

    /**
     * Writes an identity block: the caption row {@code NO | caption} and the rows Nama, NIP, Pangkat/Gol.Ruang,
     * Jabatan and Unit Kerja. Fields the person lacks stay empty, for the form to be completed by hand.
     *
     * @param cells  the sheet, not null
     * @param captionRow  the 0-based row of the caption
     * @param columns  the columns of the block, not null
     * @param caption  the caption, such as {@code I. PEJABAT PENILAI}, not null
     * @param person  the person, empty for a block to be completed by hand, not null
     */
    public static void identityBlock(SheetCells cells, int captionRow, IdentityColumns columns, String caption,
            Optional<Person> person) {
        cells.text(captionRow, columns.number(), "NO", Kind.HEADER);
        cells.merge(captionRow, captionRow, columns.labelFirst(), columns.valueLast(), Kind.HEADER);
        cells.text(captionRow, columns.labelFirst(), caption, Kind.HEADER);
        for (int i = 0; i < IDENTITY_LABELS.size(); i++) {
            int row = captionRow + 1 + i;
            cells.number(row, columns.number(), BigDecimal.valueOf(i + 1L), Kind.INDEX);
            cells.merge(row, row, columns.labelFirst(), columns.labelLast(), Kind.TEXT);
            cells.text(row, columns.labelFirst(), IDENTITY_LABELS.get(i), Kind.TEXT);
            cells.merge(row, row, columns.valueFirst(), columns.valueLast(), Kind.TEXT);
            Optional<String> value = identityValue(person, i);
            if (value.isPresent()) {
                cells.text(row, columns.valueFirst(), value.get(), Kind.TEXT);
            }
        }
    }

    private static Optional<String> identityValue(Optional<Person> person, int field) {
        return person.flatMap(p -> switch (field) {
            case 0 -> Optional.of(p.name());
            case 1 -> p.nip().map(nip -> nip.formatted());
            case 2 -> p.golongan().map(IndonesianText::pangkat);
            case 3 -> p.jabatan();
            default -> p.unitKerja();
        });
    }

    /**
     * Writes the place and date of signing over two spans of one row: the place right-aligned, then the date as a
     * date cell with Indonesian month names.
     *
     * @param cells  the sheet, not null
     * @param row  the 0-based row
     * @param placeFirst  the first column of the place
     * @param placeLast  the last column of the place
     * @param dateLast  the last column of the date, which starts after the place
     * @param place  the place, empty for a dotted line, not null
     * @param date  the date, not null
     */
    public static void placeAndDate(SheetCells cells, int row, int placeFirst, int placeLast, int dateLast,
            Optional<String> place, LocalDate date) {
        cells.merge(row, row, placeFirst, placeLast, Kind.LABEL_RIGHT);
        cells.text(row, placeFirst, place.map(p -> p + ",").orElse(PLACE_PLACEHOLDER), Kind.LABEL_RIGHT);
        cells.merge(row, row, placeLast + 1, dateLast, Kind.DATE);
        cells.date(row, placeLast + 1, date, Kind.DATE);
    }

    /**
     * Writes a signature block: the role, four rows of space for the signature, the name and the NIP.
     *
     * @param cells  the sheet, not null
     * @param row  the 0-based row of the role
     * @param first  the first column of the block
     * @param last  the last column of the block
     * @param role  the role, such as {@code Pejabat Penilai,}, not null
     * @param person  the signer, empty for lines to be completed by hand, not null
     */
    public static void signature(SheetCells cells, int row, int first, int last, String role,
            Optional<Person> person) {
        cells.merge(row, row, first, last, Kind.LABEL_CENTER);
        cells.text(row, first, role, Kind.LABEL_CENTER);
        int nameRow = row + 4;
        cells.merge(nameRow, nameRow, first, last, Kind.SIGNATURE_NAME);
        cells.text(nameRow, first, person.map(Person::name).orElse(NAME_PLACEHOLDER), Kind.SIGNATURE_NAME);
        cells.merge(nameRow + 1, nameRow + 1, first, last, Kind.LABEL_CENTER);
        cells.text(nameRow + 1, first, person.flatMap(Person::nip).map(IndonesianText::nipLine).orElse("NIP."),
                Kind.LABEL_CENTER);
    }

    /**
     * Returns the kind of cell that shows a number as written: whole numbers with grouping, up to two decimals
     * with two, more decimals as stored.
     *
     * @param value  the number, not null
     * @return the kind, not null
     */
    public static Kind numberKind(BigDecimal value) {
        int scale = value.stripTrailingZeros().scale();
        if (scale <= 0) {
            return Kind.WHOLE;
        }
        return scale <= 2 ? Kind.DECIMAL : Kind.GENERAL;
    }

    /**
     * Sets the height of a row so that wrapped text of the given length fits a column span of the given width.
     *
     * @param cells  the sheet, not null
     * @param row  the 0-based row
     * @param text  the longest text of the row, not null
     * @param widthCharacters  the width of the text's column span in characters
     */
    public static void fitHeight(SheetCells cells, int row, String text, int widthCharacters) {
        int lines = Math.max(1, (text.length() + widthCharacters - 1) / widthCharacters);
        cells.height(row, Math.max(MINIMUM_HEIGHT, lines * LINE_HEIGHT + 2));
    }

    /**
     * Sets up printing: A4 landscape, one page wide, narrow margins, the table header repeated on each page and
     * the print area.
     *
     * @param sheet  the sheet, not null
     * @param headerFirstRow  the 0-based first row to repeat
     * @param headerLastRow  the 0-based last row to repeat
     * @param lastColumn  the 0-based last column of the print area
     * @param lastRow  the 0-based last row of the print area
     */
    public static void pageSetup(Sheet sheet, int headerFirstRow, int headerLastRow, int lastColumn, int lastRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.5);
        sheet.setRepeatingRows(CellRangeAddress.valueOf((headerFirstRow + 1) + ":" + (headerLastRow + 1)));
        int index = sheet.getWorkbook().getSheetIndex(sheet);
        sheet.getWorkbook().setPrintArea(index, 0, lastColumn, 0, lastRow);
    }
}
