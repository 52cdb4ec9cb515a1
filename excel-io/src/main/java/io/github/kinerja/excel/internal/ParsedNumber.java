package io.github.kinerja.excel.internal;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The outcome of reading a number from text: empty, a number, or text that is not a number.
 *
 * <p>A number may be flagged ambiguous: its separators allow a second reading ({@link #alternative()}), and the
 * reader should record a warning. A number written with a trailing {@code %} is flagged as a percentage; its
 * {@link #value()} is the number as written (60 for {@code 60%}).
 */
public final class ParsedNumber {

    /** What the text held. */
    public enum Kind {
        /** Blank text or a dash that forms use for "no value". */
        EMPTY,
        /** A number. */
        NUMBER,
        /** Text that is not a number. */
        NOT_A_NUMBER
    }

    private static final ParsedNumber EMPTY = new ParsedNumber(Kind.EMPTY, null, null, false);
    private static final ParsedNumber NOT_A_NUMBER = new ParsedNumber(Kind.NOT_A_NUMBER, null, null, false);

    private final Kind kind;
    @Nullable private final BigDecimal value;
    @Nullable private final BigDecimal alternative;
    private final boolean percent;

    private ParsedNumber(Kind kind, @Nullable BigDecimal value, @Nullable BigDecimal alternative, boolean percent) {
        this.kind = kind;
        this.value = value;
        this.alternative = alternative;
        this.percent = percent;
    }

    static ParsedNumber empty() {
        return EMPTY;
    }

    static ParsedNumber notANumber() {
        return NOT_A_NUMBER;
    }

    static ParsedNumber of(BigDecimal value, @Nullable BigDecimal alternative, boolean percent) {
        return new ParsedNumber(Kind.NUMBER, Objects.requireNonNull(value, "value"), alternative, percent);
    }

    /** Returns what the text held. */
    public Kind kind() {
        return kind;
    }

    /** Returns the number, or empty unless the kind is {@link Kind#NUMBER}. */
    public Optional<BigDecimal> value() {
        return Optional.ofNullable(value);
    }

    /** Returns the other possible reading of an ambiguous number, or empty if the reading is certain. */
    public Optional<BigDecimal> alternative() {
        return Optional.ofNullable(alternative);
    }

    /** Checks if the separators allow a second reading, so that a warning is due. */
    public boolean isAmbiguous() {
        return alternative != null;
    }

    /** Checks if the number was written with a trailing {@code %}. */
    public boolean isPercent() {
        return percent;
    }

    @Override
    public String toString() {
        if (kind != Kind.NUMBER) {
            return kind.name();
        }
        return String.valueOf(value) + (percent ? "%" : "") + (alternative == null ? "" : " or " + alternative);
    }
}
