package io.github.kinerja.json;

import io.github.kinerja.json.internal.EnumCodes;
import java.util.Objects;
import java.util.function.Supplier;
import javax.annotation.Nullable;

/**
 * The JSON form of one property of a {@link Codec}: the metadata from which the JSON Schema of the format is
 * generated and against which a test checks every document the codecs write.
 */
final class Shape {

    /** The JSON forms a property can take. */
    enum Kind {
        /** A string that is not blank. */
        TEXT,
        /** Any string, the empty one included. */
        ANY_TEXT,
        /** An exact decimal number. */
        DECIMAL,
        /** A whole number within {@link #min()} and {@link #max()}. */
        INTEGER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** An ISO-8601 date, {@code yyyy-MM-dd}. */
        DATE,
        /** An ISO-8601 month, {@code yyyy-MM}. */
        YEAR_MONTH,
        /** An ISO-8601 time of day, {@code HH:mm} or {@code HH:mm:ss} with an optional fraction. */
        TIME,
        /** The 18 digits of a NIP. */
        NIP,
        /** A code of an {@link EnumCodes} table. */
        CODE,
        /** An object of another {@link Codec}. */
        OBJECT,
        /** An array of elements of one shape. */
        LIST,
        /** An object whose keys are enum codes and whose values all have one shape. */
        CODE_MAP
    }

    static final Shape TEXT = new Shape(Kind.TEXT, null, null, null, 0, 0);
    static final Shape ANY_TEXT = new Shape(Kind.ANY_TEXT, null, null, null, 0, 0);
    static final Shape DECIMAL = new Shape(Kind.DECIMAL, null, null, null, 0, 0);
    static final Shape BOOLEAN = new Shape(Kind.BOOLEAN, null, null, null, 0, 0);
    static final Shape DATE = new Shape(Kind.DATE, null, null, null, 0, 0);
    static final Shape YEAR_MONTH = new Shape(Kind.YEAR_MONTH, null, null, null, 0, 0);
    static final Shape TIME = new Shape(Kind.TIME, null, null, null, 0, 0);
    static final Shape NIP = new Shape(Kind.NIP, null, null, null, 0, 0);

    private final Kind kind;
    @Nullable private final EnumCodes<?> codes;
    @Nullable private final Supplier<? extends Codec<?>> codec;
    @Nullable private final Shape element;
    private final int min;
    private final int max;

    private Shape(Kind kind, @Nullable EnumCodes<?> codes, @Nullable Supplier<? extends Codec<?>> codec,
            @Nullable Shape element, int min, int max) {
        this.kind = kind;
        this.codes = codes;
        this.codec = codec;
        this.element = element;
        this.min = min;
        this.max = max;
    }

    static Shape integer(int min, int max) {
        return new Shape(Kind.INTEGER, null, null, null, min, max);
    }

    static Shape code(EnumCodes<?> codes) {
        return new Shape(Kind.CODE, Objects.requireNonNull(codes, "codes"), null, null, 0, 0);
    }

    static Shape object(Codec<?> codec) {
        Objects.requireNonNull(codec, "codec");
        return new Shape(Kind.OBJECT, null, () -> codec, null, 0, 0);
    }

    /**
     * Returns the shape of an object of a codec that is looked up only when used, so that a codec can contain
     * values of its own type, such as the children of a tree node.
     */
    static Shape objectOf(Supplier<? extends Codec<?>> codec) {
        return new Shape(Kind.OBJECT, null, Objects.requireNonNull(codec, "codec"), null, 0, 0);
    }

    static Shape list(Shape element) {
        return new Shape(Kind.LIST, null, null, Objects.requireNonNull(element, "element"), 0, 0);
    }

    static Shape listOf(Codec<?> codec) {
        return list(object(codec));
    }

    static Shape codeMap(EnumCodes<?> keys, Shape values) {
        return new Shape(Kind.CODE_MAP, Objects.requireNonNull(keys, "keys"), null,
                Objects.requireNonNull(values, "values"), 0, 0);
    }

    Kind kind() {
        return kind;
    }

    EnumCodes<?> codes() {
        return Objects.requireNonNull(codes, "codes of " + kind);
    }

    Codec<?> codec() {
        return Objects.requireNonNull(codec, "codec of " + kind).get();
    }

    Shape element() {
        return Objects.requireNonNull(element, "element of " + kind);
    }

    int min() {
        return min;
    }

    int max() {
        return max;
    }
}
