package io.github.kinerja.json;

import io.github.kinerja.core.Nip;
import io.github.kinerja.json.internal.EnumCodes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A JSON object being read by a {@link Codec}: typed access to its declared properties and a guarded call of the
 * core factory that builds the value.
 *
 * <p>Creating it checks that the value is an object and, unless unknown properties are ignored, that it has no
 * property the codec does not declare, so a misspelt name is reported as unknown before any value is read.
 */
final class ObjectIn {

    private final Codec<?> codec;
    private final JsonIn in;

    ObjectIn(Codec<?> codec, JsonIn in) {
        this.codec = codec;
        this.in = in;
        if (!in.node().isObject()) {
            throw in.error(JsonProblem.WRONG_TYPE, Expected.OBJECT);
        }
        if (!in.ignoreUnknown()) {
            Iterator<String> names = in.node().fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!codec.properties().containsKey(name)) {
                    JsonIn unknown = in.child(name);
                    throw unknown.error(JsonProblem.UNKNOWN_PROPERTY, Expected.properties(codec.propertyNames()));
                }
            }
        }
    }

    /** Returns the object as read, for codecs that compare it with a recomputed one. */
    JsonIn in() {
        return in;
    }

    /**
     * Reads a required property.
     *
     * @throws JsonReadException if the property is absent or {@code null}, or its value cannot be read
     */
    <T> T required(String name, Function<JsonIn, T> read) {
        if (!codec.property(name).required()) {
            throw new IllegalStateException(codec.schemaName() + "." + name + " is declared optional");
        }
        JsonIn value = in.child(name);
        if (value.isAbsent()) {
            throw value.error(JsonProblem.MISSING_PROPERTY, Expected.VALUE);
        }
        return read.apply(value);
    }

    /** Reads an optional property: empty when it is absent or {@code null}. */
    <T> Optional<T> optional(String name, Function<JsonIn, T> read) {
        if (codec.property(name).required()) {
            throw new IllegalStateException(codec.schemaName() + "." + name + " is declared required");
        }
        return in.child(name).optional(read);
    }

    String text(String name) {
        return required(name, JsonIn::text);
    }

    String anyText(String name) {
        return required(name, JsonIn::anyText);
    }

    Optional<String> optionalText(String name) {
        return optional(name, JsonIn::text);
    }

    BigDecimal decimal(String name) {
        return required(name, JsonIn::decimal);
    }

    Optional<BigDecimal> optionalDecimal(String name) {
        return optional(name, JsonIn::decimal);
    }

    /** Reads an optional boolean, {@code false} when absent. */
    boolean flag(String name) {
        return optional(name, JsonIn::bool).orElse(false);
    }

    boolean bool(String name) {
        return required(name, JsonIn::bool);
    }

    LocalDate date(String name) {
        return required(name, JsonIn::date);
    }

    Optional<LocalDate> optionalDate(String name) {
        return optional(name, JsonIn::date);
    }

    YearMonth yearMonth(String name) {
        return required(name, JsonIn::yearMonth);
    }

    Optional<YearMonth> optionalYearMonth(String name) {
        return optional(name, JsonIn::yearMonth);
    }

    Optional<LocalTime> optionalTime(String name) {
        return optional(name, JsonIn::time);
    }

    Optional<Nip> optionalNip(String name) {
        return optional(name, JsonIn::nip);
    }

    <E extends Enum<E>> E code(String name, EnumCodes<E> codes) {
        return required(name, in -> in.code(codes));
    }

    <E extends Enum<E>> Optional<E> optionalCode(String name, EnumCodes<E> codes) {
        return optional(name, in -> in.code(codes));
    }

    <T> T object(String name, Codec<T> codec) {
        return required(name, in -> in.object(codec));
    }

    <T> Optional<T> optionalObject(String name, Codec<T> codec) {
        return optional(name, in -> in.object(codec));
    }

    /** Reads a list of objects; an absent or {@code null} list reads as empty. */
    <T> List<T> list(String name, Codec<T> codec) {
        return optional(name, in -> in.list(element -> element.object(codec))).orElse(List.of());
    }

    /** Reads a list of non-blank strings; an absent or {@code null} list reads as empty. */
    List<String> textList(String name) {
        return optional(name, in -> in.list(JsonIn::text)).orElse(List.of());
    }

    /** Reads a required list of objects that must be present even when empty. */
    <T> List<T> requiredList(String name, Codec<T> codec) {
        return required(name, in -> in.list(element -> element.object(codec)));
    }

    /** Reads an object keyed by enum codes with decimal values; absent reads as empty. */
    <K extends Enum<K>> Map<K, BigDecimal> decimalMap(String name, EnumCodes<K> keys) {
        return map(name, keys, JsonIn::decimal);
    }

    /** Reads an object keyed by enum codes, each value with {@code value}; absent reads as empty. */
    <K extends Enum<K>, V> Map<K, V> map(String name, EnumCodes<K> keys, Function<JsonIn, V> value) {
        return optional(name, in -> in.codeMap(keys, value)).orElse(Map.of());
    }

    /**
     * Calls the core factory or builder that makes the value, turning a rule it rejects into a
     * {@link JsonReadException} at this object.
     *
     * @param factory  the call of the core factory or builder, not null
     * @return the value, not null
     * @throws JsonReadException with {@link JsonProblem#INVALID_VALUE} if the core rejects the values
     */
    <T> T build(Supplier<T> factory) {
        try {
            return factory.get();
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException | ArithmeticException e) {
            String rule = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw in.error(JsonProblem.INVALID_VALUE, Expected.rule(rule), e);
        }
    }
}
