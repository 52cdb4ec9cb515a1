package io.github.kinerja.excel.internal;

/**
 * The decimal and grouping separators a workbook writes numbers with, where the reader knows them.
 */
public enum NumberStyle {
    /**
     * Unknown: the separators are inferred from each text, and a lone separator followed by exactly three digits
     * is read as a thousands separator and flagged ambiguous.
     */
    AUTO,
    /** Indonesian: {@code .} groups thousands and {@code ,} starts the decimals, as in {@code 1.234,5}. */
    INDONESIAN,
    /** English: {@code ,} groups thousands and {@code .} starts the decimals, as in {@code 1,234.5}. */
    ENGLISH
}
