package io.github.kinerja.excel.write.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of the forms, created once per workbook because .xls files allow about 4000 styles.
 *
 * <p>Number formats are stored locale-neutral ({@code #,##0.00}); Excel and LibreOffice show them with the
 * separators of the reader's locale, so an Indonesian installation shows {@code 1.234,56}. Text cells carry the
 * text format {@code @}, so that a user who edits them in Excel types text and not a formula.
 */
public final class FormStyles {

    /** The number format of calculated scores: two decimals with grouping. */
    public static final String SCORE_FORMAT = "#,##0.00";
    /** The number format of whole amounts such as Rupiah: grouping, no decimals. */
    public static final String WHOLE_FORMAT = "#,##0";
    /** The number format of a sum that prints a dash for zero. */
    public static final String SUM_FORMAT = "#,##0.00;-#,##0.00;\"-\"";
    /** The number format of dates, with Indonesian month names (locale id 0x421) whatever the reader's locale. */
    public static final String DATE_FORMAT = "[$-421]d mmmm yyyy;@";

    private static final String FONT_NAME = "Arial";

    /** The kinds of cells on the forms. */
    public enum Kind {
        /** The form title: bold, larger, centred. */
        TITLE,
        /** A line under the title: centred. */
        SUBTITLE,
        /** A label outside the tables. */
        LABEL,
        /** A bold label outside the tables. */
        LABEL_BOLD,
        /** A centred label outside the tables. */
        LABEL_CENTER,
        /** A right-aligned label outside the tables. */
        LABEL_RIGHT,
        /** A table header: bold, centred, wrapped, shaded, bordered. */
        HEADER,
        /** The column numbering under a table header. */
        NUMBERING,
        /** Text in a table: wrapped, bordered, text format. */
        TEXT,
        /** Centred text in a table. */
        TEXT_CENTER,
        /** A bold section row in a table, such as {@code II. Tugas Tambahan}. */
        SECTION,
        /** A row number in a table: whole, centred. */
        INDEX,
        /** A whole number in a table. */
        WHOLE,
        /** A number with up to two decimals in a table. */
        DECIMAL,
        /** A number with more decimals than two in a table, shown as stored. */
        GENERAL,
        /** A calculated score: two decimals, bordered. */
        SCORE,
        /** A bold calculated score, such as the Nilai Capaian SKP. */
        SCORE_BOLD,
        /** A sum that prints a dash for zero. */
        SUM,
        /** A weight shown as a percentage. */
        PERCENT,
        /** A date with the Indonesian month name. */
        DATE,
        /** The name in a signature block: bold and underlined. */
        SIGNATURE_NAME
    }

    private final Workbook workbook;
    private final Map<Kind, CellStyle> styles = new EnumMap<>(Kind.class);
    private final Map<Kind, CellStyle> quoted = new EnumMap<>(Kind.class);
    private final Font normal;
    private final Font bold;
    private final Font title;
    private final Font underlined;

    /**
     * Creates the styles of a new workbook.
     *
     * @param workbook  the workbook, not null
     */
    public FormStyles(Workbook workbook) {
        this.workbook = Objects.requireNonNull(workbook, "workbook");
        this.normal = font(10, false, false);
        this.bold = font(10, true, false);
        this.title = font(12, true, false);
        this.underlined = font(10, true, true);
    }

    /** Returns the workbook the styles belong to. */
    public Workbook workbook() {
        return workbook;
    }

    /**
     * Returns the style of a kind of cell.
     *
     * @param kind  the kind, not null
     * @return the style, shared by all cells of the kind, not null
     */
    public CellStyle get(Kind kind) {
        return styles.computeIfAbsent(kind, k -> create(k, false));
    }

    /**
     * Returns the style of a kind of cell whose text starts with a character that Excel reads as the start of a
     * formula ({@code =}, {@code +}, {@code -}, {@code @}): the same style with the quote prefix set, as Excel
     * does when a user types an apostrophe first.
     *
     * @param kind  the kind, not null
     * @return the style, not null
     */
    public CellStyle quoted(Kind kind) {
        return quoted.computeIfAbsent(kind, k -> create(k, true));
    }

    private CellStyle create(Kind kind, boolean quotePrefixed) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(normal);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        DataFormat formats = workbook.createDataFormat();
        switch (kind) {
            case TITLE -> {
                style.setFont(title);
                style.setAlignment(HorizontalAlignment.CENTER);
            }
            case SUBTITLE, LABEL_CENTER -> style.setAlignment(HorizontalAlignment.CENTER);
            case LABEL -> style.setAlignment(HorizontalAlignment.LEFT);
            case LABEL_BOLD -> style.setFont(bold);
            case LABEL_RIGHT -> style.setAlignment(HorizontalAlignment.RIGHT);
            case HEADER -> {
                style.setFont(bold);
                style.setAlignment(HorizontalAlignment.CENTER);
                style.setWrapText(true);
                style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                border(style);
            }
            case NUMBERING -> {
                style.setAlignment(HorizontalAlignment.CENTER);
                border(style);
            }
            case TEXT -> {
                style.setWrapText(true);
                style.setVerticalAlignment(VerticalAlignment.TOP);
                border(style);
            }
            case TEXT_CENTER -> {
                style.setAlignment(HorizontalAlignment.CENTER);
                style.setVerticalAlignment(VerticalAlignment.TOP);
                border(style);
            }
            case SECTION -> {
                style.setFont(bold);
                border(style);
            }
            case INDEX -> {
                numeric(style, formats.getFormat(WHOLE_FORMAT));
                style.setAlignment(HorizontalAlignment.CENTER);
            }
            case WHOLE -> numeric(style, formats.getFormat(WHOLE_FORMAT));
            case DECIMAL, SCORE -> numeric(style, formats.getFormat(SCORE_FORMAT));
            case GENERAL -> numeric(style, formats.getFormat("General"));
            case SCORE_BOLD -> {
                numeric(style, formats.getFormat(SCORE_FORMAT));
                style.setFont(bold);
            }
            case SUM -> numeric(style, formats.getFormat(SUM_FORMAT));
            case PERCENT -> {
                numeric(style, formats.getFormat("0%"));
                style.setAlignment(HorizontalAlignment.CENTER);
            }
            case DATE -> {
                style.setDataFormat(formats.getFormat(DATE_FORMAT));
                style.setAlignment(HorizontalAlignment.LEFT);
            }
            case SIGNATURE_NAME -> style.setFont(underlined);
        }
        if (isText(kind)) {
            style.setDataFormat(formats.getFormat("@"));
        }
        style.setQuotePrefixed(quotePrefixed);
        return style;
    }

    private static boolean isText(Kind kind) {
        return switch (kind) {
            case TEXT, TEXT_CENTER, SECTION, LABEL, LABEL_BOLD, LABEL_CENTER, LABEL_RIGHT, SIGNATURE_NAME -> true;
            default -> false;
        };
    }

    private static void numeric(CellStyle style, short format) {
        style.setDataFormat(format);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        border(style);
    }

    private static void border(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }

    private Font font(int points, boolean isBold, boolean isUnderlined) {
        Font font = workbook.createFont();
        font.setFontName(FONT_NAME);
        font.setFontHeightInPoints((short) points);
        font.setBold(isBold);
        if (isUnderlined) {
            font.setUnderline(Font.U_SINGLE);
        }
        return font;
    }
}
