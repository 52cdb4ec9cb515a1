package io.github.kinerja.core.permen2021;

/**
 * The form of an {@link IkiTarget}.
 */
public enum TargetKind {
    /** One number with its satuan (unit), such as {@code 12 laporan}. */
    VALUE,
    /** A closed range of numbers with one satuan, such as {@code 80-90 %}; both ends are part of the range. */
    RANGE,
    /** A description without a number, judged by the appraiser, such as "draft approved by the head of unit". */
    QUALITATIVE
}
