package io.github.kinerja.excel.internal;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.annotation.Nullable;

/**
 * The value of one cell as a reader sees it: blank, text, number, boolean or an error, with the address it was
 * read from and, for a formula cell, the formula and the cached result.
 *
 * <p>For a formula the kind is that of the cached result, the value the workbook computed when it was last saved;
 * the formula is not evaluated again. Numbers are exact decimals of the stored binary value
 * ({@link BigDecimal#valueOf(double)}), so float noise such as {@code 99.96999999999998} is kept as stored.
 */
public final class CellValue {

    /** The kind of value. */
    public enum Kind {
        /** No value, or text of white space only. */
        BLANK,
        /** Text. */
        TEXT,
        /** A number, also a date stored as a number. */
        NUMBER,
        /** TRUE or FALSE. */
        BOOLEAN,
        /** An error such as {@code #DIV/0!} or {@code #N/A}. */
        ERROR
    }

    // A reference to another workbook in a formula: [1]Sheet!A1 or '[1]Sheet name'!A1.
    private static final Pattern EXTERNAL_REFERENCE = Pattern.compile("\\[[0-9]+\\]");

    /**
     * The error name of a formula cell saved without a cached result, as files written by tools that do not
     * calculate (openpyxl, PhpSpreadsheet without pre-calculation) are; POI would report such a cell as 0.
     */
    public static final String NO_CACHED_VALUE = "#NO_CACHED_VALUE";

    private final Kind kind;
    private final String address;
    private final String text;
    @Nullable private final BigDecimal number;
    private final boolean percentFormat;
    private final boolean dateFormat;
    @Nullable private final String formula;

    private CellValue(Kind kind, String address, String text, @Nullable BigDecimal number, boolean percentFormat,
            boolean dateFormat, @Nullable String formula) {
        this.kind = kind;
        this.address = address;
        this.text = text;
        this.number = number;
        this.percentFormat = percentFormat;
        this.dateFormat = dateFormat;
        this.formula = formula;
    }

    /** Returns a blank value at {@code address}. */
    public static CellValue blank(String address) {
        return new CellValue(Kind.BLANK, address, "", null, false, false, null);
    }

    /** Returns a text value; text of white space only is blank. */
    public static CellValue text(String address, String text, @Nullable String formula) {
        Objects.requireNonNull(text, "text");
        Kind kind = text.isBlank() ? Kind.BLANK : Kind.TEXT;
        return new CellValue(kind, address, text, null, false, false, formula);
    }

    /** Returns a number value. */
    public static CellValue number(String address, BigDecimal number, boolean percentFormat, boolean dateFormat,
            @Nullable String formula) {
        Objects.requireNonNull(number, "number");
        return new CellValue(Kind.NUMBER, address, number.toPlainString(), number, percentFormat, dateFormat,
                formula);
    }

    /** Returns a boolean value. */
    public static CellValue bool(String address, boolean value, @Nullable String formula) {
        return new CellValue(Kind.BOOLEAN, address, value ? "TRUE" : "FALSE", null, false, false, formula);
    }

    /** Returns an error value, such as {@code #DIV/0!}. */
    public static CellValue error(String address, String errorName, @Nullable String formula) {
        return new CellValue(Kind.ERROR, address, errorName, null, false, false, formula);
    }

    /** Returns the kind of value, for a formula the kind of its cached result. */
    public Kind kind() {
        return kind;
    }

    /** Returns the address the value was read from, as {@code Sheet!A1}; for a merged cell its top-left cell. */
    public String address() {
        return address;
    }

    /**
     * Returns the value as text: the text itself (not trimmed), a number in plain notation, {@code TRUE} or
     * {@code FALSE}, the error name, or an empty string for a blank cell.
     */
    public String text() {
        return text;
    }

    /** Returns the number of a {@link Kind#NUMBER} value, empty for other kinds. */
    public Optional<BigDecimal> number() {
        return Optional.ofNullable(number);
    }

    /** Checks if the value is blank: no value or white space only. */
    public boolean isBlank() {
        return kind == Kind.BLANK;
    }

    /** Checks if the cell's number format shows the value as a percentage, such as {@code 0%}. */
    public boolean isPercentFormat() {
        return percentFormat;
    }

    /** Checks if the cell's number format shows the value as a date. */
    public boolean isDateFormat() {
        return dateFormat;
    }

    /** Returns the formula without its {@code =}, empty for a cell that holds a constant. */
    public Optional<String> formula() {
        return Optional.ofNullable(formula);
    }

    /** Checks if the formula refers to another workbook, whose values the cached result took over when saved. */
    public boolean hasExternalReference() {
        return formula != null && EXTERNAL_REFERENCE.matcher(formula).find();
    }

    @Override
    public String toString() {
        return address + "=" + kind + (kind == Kind.BLANK ? "" : "(" + text + ")")
                + (formula == null ? "" : " [=" + formula + "]");
    }
}
