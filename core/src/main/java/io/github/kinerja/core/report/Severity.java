package io.github.kinerja.core.report;

/**
 * How much a {@link Finding} matters to the caller.
 */
public enum Severity {
    /** The input cannot be used as it is; a result built from it would be wrong. */
    ERROR,
    /** The input was used, but something about it deserves a look (a stale cached value, an ambiguous number). */
    WARNING,
    /** A fact worth recording that needs no action. */
    INFO
}
